package dev.ganforge.plugins.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GaussianMixture2dTest {

    @Test
    void ringSamplesCoverEveryModeWithinThreeSigma() {
        GaussianMixture2d ring = GaussianMixture2d.ring(8, 2, 0.02);
        ModeCoverage coverage = ModeCoverage.measure(ring, ring.sample(new SplittableRandom(1), 4000));
        assertEquals(8, coverage.coveredModes());
        // 3σ in two dimensions holds 1 − e^(−4.5) ≈ 98.9 % of a Gaussian's mass.
        assertEquals(0.989, coverage.highQualityFraction(), 0.01);
    }

    @Test
    void gridCentresAreSpacedAroundTheOrigin() {
        GaussianMixture2d grid = GaussianMixture2d.grid(5, 2, 0.05);
        assertEquals(25, grid.centres().size());
        assertArrayEquals(new double[] {-4, -4}, grid.centres().get(0));
        assertArrayEquals(new double[] {4, 4}, grid.centres().get(24));
    }

    @Test
    void collapsedSamplesCoverOneMode() {
        GaussianMixture2d ring = GaussianMixture2d.ring(8, 2, 0.02);
        float[] collapsed = new float[2000];
        for (int i = 0; i < collapsed.length; i += 2) {
            collapsed[i] = 2f;
        }
        ModeCoverage coverage = ModeCoverage.measure(ring, collapsed);
        assertEquals(1, coverage.coveredModes());
        assertEquals(1.0, coverage.highQualityFraction(), 1e-9);
    }

    @Test
    void pointsFarFromEveryModeAreNotHighQuality() {
        ModeCoverage coverage = ModeCoverage.measure(GaussianMixture2d.ring(8, 2, 0.02), new float[] {0, 0, 10, 10});
        assertEquals(0, coverage.coveredModes());
        assertEquals(0.0, coverage.highQualityFraction());
    }

    @Test
    void batchesOwnTheirMemoryAndLeaveNoDirectBuffersBehind() {
        DirectBufferCheck.assertBatchesOwnTheirMemoryAndLeaveNoDirectBuffers(GaussianMixture2d.ring(8, 2, 0.02), 64);
    }
}
