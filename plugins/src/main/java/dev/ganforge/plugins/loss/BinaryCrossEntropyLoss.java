package dev.ganforge.plugins.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import dev.ganforge.engine.compile.Scalars;
import dev.ganforge.engine.loss.GanLoss;
import dev.ganforge.engine.loss.SmoothableLoss;

/**
 * Binary cross-entropy on logits (Goodfellow et al. 2014). The discriminator learns real → 1 and
 * fake → 0. The generator either labels its fakes real (the non-saturating form that the Keras
 * DCGAN tutorials train with {@code binary_crossentropy}) or minimises log(1 − D(G(z))) (the
 * original minimax form, whose gradient vanishes while the discriminator wins).
 *
 * <p>{@code realLabel} below 1 is one-sided label smoothing (Salimans et al. 2016): only the real
 * target is softened. All terms use softplus, so any logit gives a finite loss.
 */
public final class BinaryCrossEntropyLoss implements SmoothableLoss {

    private final boolean minimaxGenerator;
    private final float realLabel;

    /**
     * @param minimaxGenerator true for the original minimax generator loss, false for the
     *     non-saturating one
     * @param realLabel the discriminator's target for real samples, 1 without smoothing
     */
    public BinaryCrossEntropyLoss(boolean minimaxGenerator, double realLabel) {
        this.minimaxGenerator = minimaxGenerator;
        this.realLabel = (float) realLabel;
    }

    @Override
    public GanLoss withRealLabel(double label) {
        return new BinaryCrossEntropyLoss(minimaxGenerator, label);
    }

    @Override
    public NDArray discriminatorLoss(NDArray realScores, NDArray fakeScores) {
        // BCE(x, y) = y·softplus(−x) + (1 − y)·softplus(x)
        NDArray real = Scalars.times(Activation.softPlus(realScores.neg()), realLabel);
        if (realLabel != 1f) {
            real = real.add(Scalars.times(Activation.softPlus(realScores), 1f - realLabel));
        }
        return real.mean().add(Activation.softPlus(fakeScores).mean());
    }

    @Override
    public NDArray generatorLoss(NDArray fakeScores) {
        return minimaxGenerator
                ? Activation.softPlus(fakeScores).mean().neg()
                : Activation.softPlus(fakeScores.neg()).mean();
    }
}
