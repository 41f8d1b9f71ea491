package dev.ganforge.engine.train;

import ai.djl.ndarray.NDManager;
import java.util.List;
import dev.ganforge.engine.compile.CompiledGan;

/**
 * What a strategy may see of the run.
 *
 * @param step steps completed
 * @param gan the networks, by role
 * @param manager the run's long-lived manager, for state a strategy keeps
 * @param samplingRole the role whose network makes the samples that grids and metrics show
 * @param criticRoles the roles the recipe trains as critics (scoring real against generated samples)
 */
public record TrainingContext(long step, CompiledGan gan, NDManager manager, String samplingRole,
        List<String> criticRoles) {

    public TrainingContext {
        criticRoles = List.copyOf(criticRoles);
    }
}
