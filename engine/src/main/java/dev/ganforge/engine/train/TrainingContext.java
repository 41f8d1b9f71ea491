package dev.ganforge.engine.train;

import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.compile.CompiledGan;

/**
 * What a strategy may see of the run.
 *
 * @param step generator steps completed
 * @param gan both networks
 * @param manager the run's long-lived manager, for state a strategy keeps
 */
public record TrainingContext(long step, CompiledGan gan, NDManager manager) {}
