package dev.ganforge.engine.train;

import ai.djl.ndarray.NDArray;
import java.util.List;
import java.util.Map;

/**
 * Everything a run needs to continue exactly, as arrays owned by the caller's manager.
 *
 * @param step generator steps completed
 * @param generator the generator's parameters (running statistics included) by name
 * @param discriminator the discriminator's parameters by name
 * @param generatorOptimizer the generator optimiser's state
 * @param generatorOptimizerSteps its step count
 * @param discriminatorOptimizer the discriminator optimiser's state
 * @param discriminatorOptimizerSteps its step count
 * @param strategies each strategy's state, in the spec's order
 */
public record TrainingSnapshot(
        long step,
        Map<String, NDArray> generator,
        Map<String, NDArray> discriminator,
        Map<String, NDArray> generatorOptimizer,
        long generatorOptimizerSteps,
        Map<String, NDArray> discriminatorOptimizer,
        long discriminatorOptimizerSteps,
        List<Map<String, NDArray>> strategies) {}
