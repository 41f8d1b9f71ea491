package dev.ganforge.engine.recipe;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.role.Feed;
import dev.ganforge.role.NetworkContract;
import dev.ganforge.engine.train.StepRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one training step updates a GAN's networks: which networks (roles) it trains, in which
 * order, with which losses — made by a plugin of the {@code recipe} family and chosen with the
 * spec's {@code recipe} key. The trainer runs the loop around it: it seeds every step, gives the
 * step a memory scope that is closed at its end, and checkpoints and samples every role.
 *
 * <p>The default recipe, {@code adversarial}, is the GAN of Goodfellow et al.: n critic updates,
 * then one generator update through the frozen critic.
 */
public interface TrainingRecipe {

    /** The roles it trains, in the order checkpoints and summaries list them. */
    List<String> roles();

    /** The roles whose losses a step reports, in the order the history and the progress line show them. */
    default List<String> reportedRoles() {
        return roles();
    }

    /** The role whose network makes the samples that grids, metrics and {@code ganforge sample} show. */
    String samplingRole();

    /**
     * What the recipe asks of the network in {@code role}: what it is fed and what it must output.
     *
     * @throws IllegalArgumentException if the recipe trains no such role
     */
    NetworkContract contract(String role);

    /**
     * What the network in {@code role} takes as input.
     *
     * @throws IllegalArgumentException if the recipe trains no such role
     */
    default Feed feed(String role) {
        return contract(role).feed();
    }

    /**
     * The kinds of data the recipe can train on: by default any, a translation recipe needs two
     * domains ({@code PAIRED} for pix2pix). Validation checks the spec's dataset against it.
     */
    default List<GanDataset.Pairing> pairings() {
        return List.of(GanDataset.Pairing.values());
    }

    /**
     * The role that maps the sampling role's outputs back to its inputs (CycleGAN's second
     * generator), if any: grids of translations show its reconstruction beside them.
     */
    default Optional<String> inverseRole() {
        return Optional.empty();
    }

    /**
     * The roles whose loss may carry a penalty on their input gradient (a critic's gradient
     * penalty): their networks must be able to give it. None by default.
     */
    default List<String> criticRoles() {
        return List.of();
    }

    /**
     * Copies of the recipe's own state for a checkpoint (e.g. CycleGAN's pools of generated
     * images), so that a resumed run continues exactly; empty (the default) for a recipe without.
     *
     * @param manager where the copies are created; the caller owns them
     */
    default Map<String, NDArray> state(NDManager manager) {
        return Map.of();
    }

    /**
     * Restores the state {@link #state} wrote (empty for a checkpoint without any).
     *
     * @param manager the run's long-lived manager, where the recipe keeps its state
     */
    default void loadState(Map<String, NDArray> state, NDManager manager) {}

    /**
     * Runs one step.
     *
     * @param step what the step may use: the networks, the loss, the data, noise, and updates
     * @return what it measured
     */
    StepRecord step(RecipeStep step);
}
