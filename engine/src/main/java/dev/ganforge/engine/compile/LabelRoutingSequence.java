package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;

/**
 * Blocks applied in order, as {@link LayerSequence}, that carries the class labels along: its
 * forward takes {@code (x, labels)}, passes {@code (x, labels)} to each block that {@link
 * LabelConsumer consumes} them and {@code (x)} to the others, and returns the last output.
 * {@link BlockCompiler#compileAll} makes one only when a block of the list consumes labels.
 */
public final class LabelRoutingSequence extends LayerSequence implements LabelConsumer {

    @Override
    public boolean consumesLabels() {
        return getChildren().values().stream().anyMatch(LabelConsumer::consumes);
    }

    /** The block's input with the labels if it consumes them, alone otherwise; the labels are the sequence's second input. */
    @Override
    protected NDList inputs(Block block, NDList previous, NDList sequenceInputs) {
        return LabelConsumer.inputs(block, previous.head(), LabelConsumer.labels(sequenceInputs));
    }

    @Override
    public void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape labels = LabelConsumer.labelShape(inputShapes);
        Shape current = inputShapes[0];
        for (Block block : getChildren().values()) {
            block.initialize(manager, dataType, LabelConsumer.shapes(block, current, labels));
            current = block.getOutputShapes(new Shape[] {current})[0];
        }
    }

    /** The output shape, which the labels do not change: they may be given or left out. */
    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        Shape[] current = {inputs[0]};
        for (Block block : getChildren().values()) {
            current = block.getOutputShapes(current);
        }
        return current;
    }
}
