package dev.ganforge.plugins.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.ganforge.engine.compile.Scalars;
import dev.ganforge.engine.loss.CriticPenalty;

/**
 * The gradient penalty of WGAN-GP (Gulrajani et al. 2017): λ·E[(‖∇ₓD(x̂)‖₂ − 1)²] at points x̂
 * drawn uniformly on the segments between real and generated samples.
 */
public final class GradientPenalty implements CriticPenalty {

    /** Keeps the norm's own gradient finite where the input gradient vanishes. */
    private static final float EPSILON = 1e-12f;

    private final float lambda;

    /** @param lambda the penalty's weight λ (10 in the paper) */
    public GradientPenalty(double lambda) {
        if (!(lambda >= 0)) {
            throw new IllegalArgumentException("the gradient penalty's lambda must be at least 0, found " + lambda);
        }
        this.lambda = (float) lambda;
    }

    @Override
    public NDArray penalty(Critic critic, NDArray real, NDArray fake) {
        Shape shape = real.getShape();
        long batch = shape.get(0);
        long[] perSample = new long[shape.dimension()];
        java.util.Arrays.fill(perSample, 1);
        perSample[0] = batch;
        NDArray mix = real.getManager().randomUniform(0f, 1f, new Shape(perSample), real.getDataType());
        NDArray between = real.mul(mix).add(fake.mul(mix.neg().add(1)));
        NDArray gradient = critic.scoresAndInputGradient(between)[1];
        NDArray norm = gradient.reshape(batch, -1).square().sum(new int[] {1}).add(EPSILON).sqrt();
        return Scalars.times(norm.sub(1).square().mean(), lambda);
    }
}
