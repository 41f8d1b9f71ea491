package dev.ganforge.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.loss.GanLoss;
import java.util.Map;

/**
 * A training strategy hooks into the loop of {@link GanTrainer}: how many critic updates per
 * step, what happens after each update and each step (weight clipping, an average of the
 * sampling network's weights), and how the loss is adapted. Every hook has a neutral default, so a
 * strategy overrides only what it changes. Strategies with state export it for checkpoints.
 */
public interface TrainingStrategy {

    /** Critic updates per generator update (WGAN's n_critic); the trainer takes the largest. */
    default int criticSteps() {
        return 1;
    }

    /**
     * The factor of every optimiser's learning rate for step {@code step} (counting from 1) of a
     * run of {@code steps} steps: 1 by default; the trainer uses the product of the strategies'.
     * A pure function of its arguments, so that a resumed run continues the schedule exactly.
     */
    default double learningRateScale(long step, long steps) {
        return 1;
    }

    /** The loss to train with, given the configured one (e.g. with a smoothed real label). */
    default GanLoss adaptLoss(GanLoss loss) {
        return loss;
    }

    /**
     * Runs after each update of a network, outside any gradient recording (e.g. weight clipping
     * of a critic: {@code context.criticRoles().contains(role)}).
     *
     * @param role the role of the network just updated
     */
    default void afterUpdate(String role, TrainingContext context) {}

    /**
     * Runs after each step is counted ({@code context.step()} is the step just completed),
     * outside any gradient recording (e.g. a moving average of the sampling network).
     */
    default void afterStep(TrainingContext context) {}

    /**
     * The sampling network's weights to sample with instead of the trained ones (e.g. their
     * moving average), by parameter name, or {@code null} to sample with the trained weights.
     */
    default Map<String, NDArray> samplingWeights() {
        return null;
    }

    /** Copies of this strategy's state, for a checkpoint; empty if it has none. */
    default Map<String, NDArray> state(NDManager manager) {
        return Map.of();
    }

    /** Restores the state written by {@link #state}. */
    default void loadState(Map<String, NDArray> state, TrainingContext context) {}
}
