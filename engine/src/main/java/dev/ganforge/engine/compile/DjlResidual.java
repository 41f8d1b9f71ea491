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
 * A residual block (He et al. 2016): {@code body(x) + shortcut(x)}, the shortcut being the
 * identity when it holds no blocks. If a branch {@link LabelConsumer consumes} class labels, the
 * block takes {@code (x, labels)} and passes them to that branch.
 */
public final class DjlResidual extends AbstractBlock implements TraceableBlock, LabelConsumer {

    private final SequentialBlock body;
    private final SequentialBlock shortcut;

    /** The sum of {@code body} and {@code shortcut}, both applied to the input. */
    public DjlResidual(SequentialBlock body, SequentialBlock shortcut) {
        this.body = addChildBlock("body", body);
        this.shortcut = addChildBlock("shortcut", shortcut);
    }

    @Override
    public boolean consumesLabels() {
        return LabelConsumer.consumes(body) || LabelConsumer.consumes(shortcut);
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray input = inputs.get(0);
        NDArray labels = LabelConsumer.labels(inputs);
        NDArray residual = body.forward(store, LabelConsumer.inputs(body, input, labels), training, params)
                .singletonOrThrow();
        return new NDList(residual.add(shortcut.forward(store, LabelConsumer.inputs(shortcut, input, labels), training,
                params).singletonOrThrow()));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape labels = LabelConsumer.labelShape(inputShapes);
        body.initialize(manager, dataType, LabelConsumer.shapes(body, inputShapes[0], labels));
        shortcut.initialize(manager, dataType, LabelConsumer.shapes(shortcut, inputShapes[0], labels));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return body.getOutputShapes(new Shape[] {inputShapes[0]});
    }

    @Override
    public boolean hasInputGradient() {
        return InputGradients.supports(body) && InputGradients.supports(shortcut);
    }

    @Override
    public InputGradients.Traced trace(ParameterStore store, NDArray input, boolean training) {
        InputGradients.Traced residual = InputGradients.forward(body, store, input, training);
        InputGradients.Traced skipped = InputGradients.forward(shortcut, store, input, training);
        return new InputGradients.Traced(residual.output().add(skipped.output()),
                upstream -> residual.backward().apply(upstream).add(skipped.backward().apply(upstream)));
    }
}
