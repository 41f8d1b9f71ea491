package dev.ganforge.engine.train;

import ai.djl.ndarray.NDArray;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a run needs to continue exactly, as arrays owned by the caller's manager.
 *
 * @param step steps completed
 * @param networks each network's state by role ({@code generator}, {@code discriminator}, …), in the run's order
 * @param strategies each strategy's state, in the spec's order
 * @param recipe the recipe's state (CycleGAN's pools of generated images); empty for most recipes
 */
public record TrainingSnapshot(long step, Map<String, NetworkState> networks, List<Map<String, NDArray>> strategies,
        Map<String, NDArray> recipe) {

    public TrainingSnapshot {
        networks = Collections.unmodifiableMap(new LinkedHashMap<>(networks));
        strategies = List.copyOf(strategies);
        recipe = Collections.unmodifiableMap(new LinkedHashMap<>(recipe));
    }

    /** A snapshot of a recipe without state. */
    public TrainingSnapshot(long step, Map<String, NetworkState> networks, List<Map<String, NDArray>> strategies) {
        this(step, networks, strategies, Map.of());
    }

    /**
     * The state of the network in {@code role}.
     *
     * @throws IllegalArgumentException if the snapshot has no such network
     */
    public NetworkState network(String role) {
        NetworkState state = networks.get(role);
        if (state == null) {
            throw new IllegalArgumentException("the checkpoint has no network '" + role + "'; it has " + networks.keySet());
        }
        return state;
    }

    /** A copy that says it was taken after {@code newStep} steps. */
    public TrainingSnapshot withStep(long newStep) {
        return new TrainingSnapshot(newStep, networks, strategies, recipe);
    }
}
