package dev.ganforge.plugins.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import dev.ganforge.engine.loss.GanLoss;

/** Evaluates a loss and its gradients with respect to the scores, for hand-computed checks. */
final class LossCase implements AutoCloseable {

    private static final double TOLERANCE = 1e-6;

    private final NDManager manager = NDManager.newBaseManager();
    private final NDArray real;
    private final NDArray fake;

    LossCase(float[] realScores, float[] fakeScores) {
        real = manager.create(realScores);
        fake = manager.create(fakeScores);
        real.setRequiresGradient(true);
        fake.setRequiresGradient(true);
    }

    /** Asserts the discriminator loss and its gradients with respect to real and fake scores. */
    void assertDiscriminator(GanLoss loss, double value, double[] realGradient, double[] fakeGradient) {
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray result = loss.discriminatorLoss(real, fake);
            assertEquals(value, result.getFloat(), TOLERANCE, "discriminator loss");
            collector.backward(result);
        }
        assertArrayEquals(realGradient, toDoubles(real.getGradient()), TOLERANCE, "d loss / d real scores");
        assertArrayEquals(fakeGradient, toDoubles(fake.getGradient()), TOLERANCE, "d loss / d fake scores");
    }

    /** Asserts the generator loss and its gradient with respect to the fake scores. */
    void assertGenerator(GanLoss loss, double value, double[] fakeGradient) {
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray result = loss.generatorLoss(fake);
            assertEquals(value, result.getFloat(), TOLERANCE, "generator loss");
            collector.backward(result);
        }
        assertArrayEquals(fakeGradient, toDoubles(fake.getGradient()), TOLERANCE, "d loss / d fake scores");
    }

    /** The discriminator and generator losses, for checks of finiteness. */
    float[] values(GanLoss loss) {
        return new float[] {loss.discriminatorLoss(real, fake).getFloat(), loss.generatorLoss(fake).getFloat()};
    }

    private static double[] toDoubles(NDArray array) {
        float[] values = array.toFloatArray();
        double[] doubles = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            doubles[i] = values[i];
        }
        return doubles;
    }

    @Override
    public void close() {
        manager.close();
    }
}
