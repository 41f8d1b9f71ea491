package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;

/**
 * A compiled block whose forward takes {@code (x, labels)}, labels being (N) class indices, and
 * returns its output alone — class-conditional batch norm, and a composite that holds one.
 * Whoever runs a block passes the labels exactly when {@link #consumes} says so, so that blocks
 * that take no labels (and every unconditional network) run as they always did.
 */
public interface LabelConsumer {

    /** Whether this block (or a block it holds) reads the labels. */
    boolean consumesLabels();

    /** Whether {@code block} takes {@code (x, labels)}. */
    static boolean consumes(Block block) {
        return block instanceof LabelConsumer consumer && consumer.consumesLabels();
    }

    /** The inputs of {@code block}: {@code (x, labels)} if it consumes labels, else {@code (x)}. */
    static NDList inputs(Block block, NDArray x, NDArray labels) {
        if (!consumes(block)) {
            return new NDList(x);
        }
        if (labels == null) {
            throw new IllegalArgumentException(block.getClass().getSimpleName()
                    + " takes class labels beside its input, and none were given");
        }
        return new NDList(x, labels);
    }

    /**
     * The shapes {@code block} is initialised with: the input's and, if it consumes labels and
     * they are known, the labels'.
     */
    static Shape[] shapes(Block block, Shape x, Shape labels) {
        return consumes(block) && labels != null ? new Shape[] {x, labels} : new Shape[] {x};
    }

    /** The labels among a consumer's inputs, or {@code null} if it was given none. */
    static NDArray labels(NDList inputs) {
        return inputs.size() > 1 ? inputs.get(1) : null;
    }

    /** The labels' shape among a consumer's input shapes, or {@code null}. */
    static Shape labelShape(Shape[] inputShapes) {
        return inputShapes.length > 1 ? inputShapes[1] : null;
    }
}
