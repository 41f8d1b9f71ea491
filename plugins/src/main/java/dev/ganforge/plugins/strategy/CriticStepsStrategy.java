package dev.ganforge.plugins.strategy;

import dev.ganforge.engine.train.TrainingStrategy;

/** {@code n} critic updates per generator update, as WGAN trains its critic (n_critic = 5). */
public final class CriticStepsStrategy implements TrainingStrategy {

    private final int steps;

    /** @param steps critic updates per generator update, at least 1 */
    public CriticStepsStrategy(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("n-critic steps must be at least 1, found " + steps);
        }
        this.steps = steps;
    }

    @Override
    public int criticSteps() {
        return steps;
    }
}
