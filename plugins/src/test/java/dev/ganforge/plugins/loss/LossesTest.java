package dev.ganforge.plugins.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ganforge.engine.loss.GanLoss;
import org.junit.jupiter.api.Test;

/**
 * Each loss's value and gradients on scores real = [0, 2], fake = [-1, 1] (N = 2), against the
 * closed forms worked by hand: softplus(x) = ln(1 + eˣ), its derivative σ(x), and means over N.
 */
class LossesTest {

    private static final float[] REAL = {0f, 2f};
    private static final float[] FAKE = {-1f, 1f};

    @Test
    void binaryCrossEntropyDiscriminatorIsSoftplusOfBothSides() {
        // (softplus(0) + softplus(−2)) / 2 + (softplus(−1) + softplus(1)) / 2
        try (LossCase scores = new LossCase(REAL, FAKE)) {
            scores.assertDiscriminator(new BinaryCrossEntropyLoss(false, 1.0), 1.2232992833,
                    new double[] {-0.25, -0.0596014610}, new double[] {0.1344707107, 0.3655292893});
        }
    }

    @Test
    void nonSaturatingGeneratorLabelsFakesReal() {
        try (LossCase scores = new LossCase(REAL, FAKE)) {
            scores.assertGenerator(new BinaryCrossEntropyLoss(false, 1.0), 0.8132616875,
                    new double[] {-0.3655292893, -0.1344707107});
        }
    }

    @Test
    void minimaxGeneratorMinimisesLogOfOneMinusD() {
        try (LossCase scores = new LossCase(REAL, FAKE)) {
            scores.assertGenerator(new BinaryCrossEntropyLoss(true, 1.0), -0.8132616875,
                    new double[] {-0.1344707107, -0.3655292893});
        }
    }

    @Test
    void oneSidedLabelSmoothingSoftensOnlyTheRealTarget() {
        try (LossCase scores = new LossCase(REAL, FAKE)) {
            scores.assertDiscriminator(new BinaryCrossEntropyLoss(false, 0.9), 1.3232992833,
                    new double[] {-0.2, -0.0096014610}, new double[] {0.1344707107, 0.3655292893});
        }
    }

    @Test
    void wassersteinIsTheGapOfMeans() {
        try (LossCase scores = new LossCase(REAL, FAKE)) {
            scores.assertDiscriminator(new WassersteinLoss(), -1.0, new double[] {-0.5, -0.5}, new double[] {0.5, 0.5});
        }
        try (LossCase scores = new LossCase(REAL, FAKE)) {
            scores.assertGenerator(new WassersteinLoss(), 0.0, new double[] {-0.5, -0.5});
        }
    }

    @Test
    void hingePenalisesOnlyScoresInsideTheMargin() {
        // real 0 is inside the margin (1 − 0 = 1), real 2 is not; fake −2 is outside, fake 1 inside (1 + 1 = 2)
        try (LossCase scores = new LossCase(REAL, new float[] {-2f, 1f})) {
            scores.assertDiscriminator(new HingeLoss(), 1.5, new double[] {-0.5, 0}, new double[] {0, 0.5});
        }
        try (LossCase scores = new LossCase(REAL, new float[] {-2f, 1f})) {
            scores.assertGenerator(new HingeLoss(), 0.5, new double[] {-0.5, -0.5});
        }
    }

    @Test
    void leastSquaresRegressesRealToOneAndFakeToZero() {
        try (LossCase scores = new LossCase(REAL, FAKE)) {
            scores.assertDiscriminator(new LeastSquaresLoss(), 1.0, new double[] {-0.5, 0.5}, new double[] {-0.5, 0.5});
        }
        try (LossCase scores = new LossCase(REAL, FAKE)) {
            // the whole mean squared error, as CycleGAN weighs its cycle loss against: (4 + 0) / 2
            scores.assertGenerator(new LeastSquaresLoss(), 2.0, new double[] {-2.0, 0.0});
        }
    }

    @Test
    void probabilisticLossesStayFiniteForHugeLogits() {
        GanLoss[] losses = {new BinaryCrossEntropyLoss(false, 1.0), new BinaryCrossEntropyLoss(true, 0.9)};
        for (GanLoss loss : losses) {
            try (LossCase scores = new LossCase(new float[] {-1000f, 1000f}, new float[] {-1000f, 1000f})) {
                for (float value : scores.values(loss)) {
                    assertTrue(Float.isFinite(value), loss + " gave " + value);
                }
            }
        }
        // softplus(1000) is exactly 1000 in float arithmetic: the loss must not overflow to infinity.
        try (LossCase scores = new LossCase(new float[] {-1000f}, new float[] {1000f})) {
            assertEquals(2000f, scores.values(new BinaryCrossEntropyLoss(false, 1.0))[0], 1e-3);
        }
    }
}
