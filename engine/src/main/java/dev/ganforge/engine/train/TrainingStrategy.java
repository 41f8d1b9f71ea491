package dev.ganforge.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.loss.GanLoss;
import java.util.Map;

/**
 * A training strategy hooks into the loop of {@link GanTrainer}: how many critic updates per
 * generator update, what happens after each update (weight clipping, an average of the
 * generator's weights), and how the loss is adapted. Every hook has a neutral default, so a
 * strategy overrides only what it changes. Strategies with state export it for checkpoints.
 */
public interface TrainingStrategy {

    /** Critic updates per generator update (WGAN's n_critic); the trainer takes the largest. */
    default int criticSteps() {
        return 1;
    }

    /** The loss to train with, given the configured one (e.g. with a smoothed real label). */
    default GanLoss adaptLoss(GanLoss loss) {
        return loss;
    }

    /** Runs after each critic update, outside any gradient recording. */
    default void afterDiscriminatorUpdate(TrainingContext context) {}

    /** Runs after each generator update, outside any gradient recording. */
    default void afterGeneratorUpdate(TrainingContext context) {}

    /**
     * The generator weights to sample with instead of the trained ones (e.g. their moving
     * average), by parameter name, or {@code null} to sample with the trained weights.
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
