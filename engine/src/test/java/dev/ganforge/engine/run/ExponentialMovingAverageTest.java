package dev.ganforge.engine.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ExponentialMovingAverageTest {

    @Test
    void spanThreeMovesHalfWayToEachNewValue() {
        // α = 2 / (3 + 1) = 0.5: 0, 0 + 0.5·10, 5 + 0.5·5, 7.5 + 0.5·2.5, 8.75 + 0.5·(−8.75)
        assertArrayEquals(new double[] {0, 5, 7.5, 8.75, 4.375},
                ExponentialMovingAverage.of(new double[] {0, 10, 10, 10, 0}, 3), 1e-12);
    }

    @Test
    void spanNineteenWeighsEachNewValueByATenth() {
        // α = 2 / 20 = 0.1: 1, 1 + 0.1·(2 − 1), 1.1 + 0.1·(4 − 1.1)
        assertArrayEquals(new double[] {1, 1.1, 1.39}, ExponentialMovingAverage.of(new double[] {1, 2, 4}, 19), 1e-12);
    }

    @Test
    void spanOneLeavesTheValuesAsTheyAre() {
        assertArrayEquals(new double[] {3, -1, 2}, ExponentialMovingAverage.of(new double[] {3, -1, 2}, 1));
        assertArrayEquals(new double[0], ExponentialMovingAverage.of(new double[0], 5));
    }

    @Test
    void theSpanIsAFiftiethOfTheCurveAndAtLeastOne() {
        assertEquals(1, ExponentialMovingAverage.spanFor(0));
        assertEquals(1, ExponentialMovingAverage.spanFor(99));
        assertEquals(2, ExponentialMovingAverage.spanFor(100));
        assertEquals(60, ExponentialMovingAverage.spanFor(3000));
    }

    @Test
    void aSpanBelowOneIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ExponentialMovingAverage.of(new double[] {1}, 0));
        assertEquals("span must be at least 1, found 0", refused.getMessage());
    }
}
