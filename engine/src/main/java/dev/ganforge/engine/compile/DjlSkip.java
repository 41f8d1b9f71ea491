package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A U-Net skip connection as pix2pix nests them: the input joined, along the channels, to what
 * the body makes of it, {@code concat(x, body(x))}. If the body {@link LabelConsumer consumes}
 * class labels, the block takes {@code (x, labels)} and passes them on.
 */
public final class DjlSkip extends AbstractBlock implements TraceableBlock, LabelConsumer {

    private final SequentialBlock body;

    /** The input beside {@code body}'s output. */
    public DjlSkip(SequentialBlock body) {
        this.body = addChildBlock("body", body);
    }

    @Override
    public boolean consumesLabels() {
        return LabelConsumer.consumes(body);
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray input = inputs.get(0);
        NDList bodyInputs = LabelConsumer.inputs(body, input, LabelConsumer.labels(inputs));
        return new NDList(input.concat(body.forward(store, bodyInputs, training, params).singletonOrThrow(), 1));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        body.initialize(manager, dataType, LabelConsumer.shapes(body, inputShapes[0], LabelConsumer.labelShape(inputShapes)));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape input = inputShapes[0];
        Shape inner = body.getOutputShapes(new Shape[] {input})[0];
        return new Shape[] {new Shape(input.get(0), input.get(1) + inner.get(1), input.get(2), input.get(3))};
    }

    @Override
    public boolean hasInputGradient() {
        return InputGradients.supports(body);
    }

    @Override
    public InputGradients.Traced trace(ParameterStore store, NDArray input, boolean training) {
        InputGradients.Traced inner = InputGradients.forward(body, store, input, training);
        long channels = input.getShape().get(1);
        return new InputGradients.Traced(input.concat(inner.output(), 1), upstream -> upstream
                .get(":, :" + channels).add(inner.backward().apply(upstream.get(":, " + channels + ":"))));
    }
}
