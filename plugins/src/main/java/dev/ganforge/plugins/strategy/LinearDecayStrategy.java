package dev.ganforge.plugins.strategy;

import dev.ganforge.engine.train.TrainingStrategy;

/**
 * {@code linear-decay}: every learning rate constant for the first part of training, then
 * decaying linearly towards zero, as CycleGAN and pix2pix train (Zhu et al. 2017: constant for
 * the first half, then linear decay). With {@code n} steps and decay from step {@code s}, step
 * {@code t}'s rate is the configured one × (1 − max(0, t − s) / (n − s + 1)), so the last step
 * still moves; steps past the n-th (a run resumed for more steps) keep the last step's rate.
 */
public final class LinearDecayStrategy implements TrainingStrategy {

    private final double start;

    /** @param start the share of the steps after which the rates decay, in [0, 1) */
    public LinearDecayStrategy(double start) {
        if (!(start >= 0 && start < 1)) {
            throw new IllegalArgumentException("the decay start must be a share of the steps in [0, 1), found " + start);
        }
        this.start = start;
    }

    @Override
    public double learningRateScale(long step, long steps) {
        long first = (long) Math.floor(start * steps);
        return 1.0 - Math.max(0, Math.min(step, steps) - first) / (double) (steps - first + 1);
    }
}
