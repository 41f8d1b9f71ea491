package dev.ganforge.plugins.loss;

import ai.djl.ndarray.NDArray;
import dev.ganforge.engine.loss.CriticPenalty;
import dev.ganforge.engine.loss.GanLoss;

/**
 * The Wasserstein loss (Arjovsky et al. 2017): the critic maximises the gap between its mean
 * score on real and on fake samples, the generator raises its fakes' score. The critic must be
 * kept Lipschitz, by weight clipping or a gradient penalty.
 */
public final class WassersteinLoss implements GanLoss {

    private final CriticPenalty penalty;

    /** The plain Wasserstein loss; keep the critic Lipschitz with weight clipping. */
    public WassersteinLoss() {
        this(null);
    }

    /** The Wasserstein loss with a penalty on the critic, such as {@link GradientPenalty}. */
    public WassersteinLoss(CriticPenalty penalty) {
        this.penalty = penalty;
    }

    @Override
    public CriticPenalty penalty() {
        return penalty;
    }

    @Override
    public NDArray discriminatorLoss(NDArray realScores, NDArray fakeScores) {
        return fakeScores.mean().sub(realScores.mean());
    }

    @Override
    public NDArray generatorLoss(NDArray fakeScores) {
        return fakeScores.mean().neg();
    }
}
