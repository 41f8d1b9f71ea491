package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Layers applied in order, as {@link SequentialBlock}, that frees memory as PyTorch does: each
 * layer runs in an array scope of its own ({@link ArrayScopes#forward}), so that the arrays it
 * makes on the way to its output are closed when it returns, and each layer's output is closed
 * once the next layer has consumed it. The engine's graph keeps what the backward pass needs.
 */
public class LayerSequence extends SequentialBlock {

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList current = inputs;
        for (Block block : getChildren().values()) {
            NDList given = inputs(block, current, inputs);
            NDList next = ArrayScopes.forward(given, () -> block.forward(store, given, training, params));
            if (current != inputs) {
                for (NDArray consumed : current) {
                    if (!ArrayScopes.containsSame(next, consumed) && !ArrayScopes.containsSame(inputs, consumed)) {
                        consumed.close();
                    }
                }
            }
            current = next;
        }
        return current;
    }

    /**
     * What {@code block} is given: the previous layer's output ({@code sequenceInputs} for the
     * first layer). A sequence that carries more along (class labels) adds it here.
     */
    protected NDList inputs(Block block, NDList previous, NDList sequenceInputs) {
        return previous;
    }
}
