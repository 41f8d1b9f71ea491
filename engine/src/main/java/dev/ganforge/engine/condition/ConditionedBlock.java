package dev.ganforge.engine.condition;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import dev.ganforge.engine.compile.InputGradients;

/**
 * A network's compiled layers wrapped so that they also see a class label: its forward takes
 * {@code (samples, labels)}, its parameters are the layers' and the conditioning's own (such as
 * a label embedding), so that optimisers, checkpoints and moving averages cover both.
 */
public interface ConditionedBlock extends Block {

    /** The wrapped layers, one child per spec block. */
    SequentialBlock layers();

    /** The shape the first layer receives, given the batch shape of the samples (or noise). */
    Shape layersInputShape(Shape samplesShape);

    /** What the conditioning adds, in a few words, for the network summary. */
    String description();

    /** Whether {@link #trace} is supported, so that a gradient penalty can use this block. */
    default boolean hasInputGradient() {
        return false;
    }

    /**
     * A forward pass on {@code samples} and {@code labels} that can be differentiated back to the
     * samples with ordinary operations (for gradient penalties of a conditional critic).
     *
     * @throws UnsupportedOperationException if this block cannot build its input gradient
     */
    default InputGradients.Traced trace(ParameterStore store, NDArray samples, NDArray labels, boolean training) {
        throw new UnsupportedOperationException(description() + " cannot build its input gradient");
    }
}
