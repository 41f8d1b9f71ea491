package dev.ganforge.plugins.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.types.Shape;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.metric.Evaluation;
import dev.ganforge.engine.metric.SampleGenerator;
import dev.ganforge.plugins.data.GaussianMixture2d;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** mode-coverage: the modes a generator's points reach on the ring, and the share near a mode. */
class ModeCoverageMetricTest {

    private static final GaussianMixture2d RING = GaussianMixture2d.ring(8, 2, 0.02);

    /** Any dataset that is not a mixture in the plane. */
    private static final GanDataset IMAGES = (manager, seed, position, batchSize) -> {
        throw new UnsupportedOperationException("never drawn from");
    };

    /** Points at the ring's centres taken in turn from the first {@code modes}, every fifth one far from any. */
    private static SampleGenerator onModes(int modes) {
        return (manager, count, seed, labels) -> {
            float[] points = new float[2 * count];
            for (int i = 0; i < count; i++) {
                double[] centre = RING.centres().get(i % modes);
                boolean far = i % 5 == 4;
                points[2 * i] = far ? 0 : (float) centre[0];
                points[2 * i + 1] = far ? 0 : (float) centre[1];
            }
            return manager.create(points, new Shape(count, 2));
        };
    }

    @Test
    void countsTheModesReachedAndTheShareWithinThreeSigma() {
        ModeCoverageMetric metric = new ModeCoverageMetric(800);

        assertEquals(Map.of("modes-covered", 8.0, "high-quality-share", 0.8),
                metric.evaluate(new Evaluation(onModes(8), RING, 0, 1, note -> {})));
        assertEquals(Map.of("modes-covered", 3.0, "high-quality-share", 0.8),
                metric.evaluate(new Evaluation(onModes(3), RING, 0, 1, note -> {})));
    }

    @Test
    void refusesDataThatIsNotAMixtureInThePlane() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ModeCoverageMetric(10).requireUsable(IMAGES, false));

        assertEquals("mode-coverage measures GANs of a Gaussian mixture in the plane; use it with the gaussian-ring"
                + " or gaussian-grid dataset", refused.getMessage());
    }
}
