package dev.ganforge.engine.recipe;

import dev.ganforge.role.Feed;
import dev.ganforge.role.NetworkContract;
import dev.ganforge.engine.train.StepRecord;
import java.util.List;

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
     * The roles whose loss may carry a penalty on their input gradient (a critic's gradient
     * penalty): their networks must be able to give it. None by default.
     */
    default List<String> criticRoles() {
        return List.of();
    }

    /**
     * Runs one step.
     *
     * @param step what the step may use: the networks, the loss, the data, noise, and updates
     * @return what it measured
     */
    StepRecord step(RecipeStep step);
}
