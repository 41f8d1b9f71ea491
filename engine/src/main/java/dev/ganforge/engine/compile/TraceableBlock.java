package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.training.ParameterStore;

/**
 * A composite block that builds its input gradient from those of the blocks it holds (a residual
 * block adds its body's and its shortcut's), so that a critic made of it works with a gradient
 * penalty. See {@link InputGradients}.
 */
public interface TraceableBlock {

    /** Whether every block it holds can build its input gradient. */
    boolean hasInputGradient();

    /** Runs the block on {@code input}, remembering what its input gradient needs. */
    InputGradients.Traced trace(ParameterStore store, NDArray input, boolean training);
}
