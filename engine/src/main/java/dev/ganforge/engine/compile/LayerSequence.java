package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Layers applied in order, as {@link SequentialBlock}, that closes each layer's output as soon as
 * the next layer has consumed it. The engine's graph keeps what its backward pass needs (a
 * closed array only drops this process's reference), so an activation that no gradient needs is
 * freed during the forward pass, as in PyTorch, rather than when the step ends.
 */
public class LayerSequence extends SequentialBlock {

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList current = inputs;
        for (Block block : getChildren().values()) {
            NDList next = block.forward(store, inputs(block, current, inputs), training, params);
            release(current, next, inputs);
            current = next;
        }
        return current;
    }

    /** What {@code block} is given: the previous output (subclasses add more). */
    protected NDList inputs(Block block, NDList previous, NDList sequenceInputs) {
        return previous;
    }

    /** Closes the arrays of {@code consumed} that are neither in {@code produced} nor among the sequence's own inputs. */
    private static void release(NDList consumed, NDList produced, NDList sequenceInputs) {
        if (consumed == sequenceInputs) {
            return;
        }
        for (NDArray array : consumed) {
            if (!contains(produced, array) && !contains(sequenceInputs, array)) {
                array.close();
            }
        }
    }

    private static boolean contains(NDList list, NDArray array) {
        for (NDArray member : list) {
            if (member == array) {
                return true;
            }
        }
        return false;
    }
}
