package dev.ganforge.plugins.condition;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import dev.ganforge.engine.compile.InputGradients;
import dev.ganforge.engine.compile.LabelConsumer;
import java.util.ArrayList;
import java.util.List;

/**
 * The projection discriminator of Miyato &amp; Koyama (2018): with φ the output of every layer but
 * the last and ψ the last layer (a {@code dense(1)}), the score of sample x of class y is
 * ψ(φ(x)) + ⟨V_y, φ(x)⟩, where V is a learned {@code classes × features} table.
 */
final class ProjectionCritic extends ConditionedLayers {

    private final Parameter projection;

    ProjectionCritic(SequentialBlock layers, int classes) {
        super(layers, classes);
        this.projection = addParameter(Parameter.builder()
                .setName("class_projection")
                .setType(Parameter.Type.WEIGHT)
                .optInitializer(new NormalInitializer(0.02f))
                .build());
    }

    @Override
    public Shape layersInputShape(Shape samplesShape) {
        return samplesShape;
    }

    @Override
    public String description() {
        return "projection of a " + classes + "-class embedding onto the features";
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        Shape[] current = inputShapes;
        List<Block> blocks = blocks();
        for (Block block : blocks.subList(0, blocks.size() - 1)) {
            current = block.getOutputShapes(current);
        }
        if (current[0].dimension() != 2) {
            throw new IllegalArgumentException("a projection discriminator needs features of shape (N, F) before its"
                    + " last block, found " + current[0] + "; put a flatten or dense block before the final dense(1)");
        }
        projection.setShape(new Shape(classes, current[0].get(1)));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        List<Block> blocks = blocks();
        NDArray labels = inputs.get(1);
        NDList features = new NDList(inputs.get(0));
        for (Block block : blocks.subList(0, blocks.size() - 1)) {
            features = block.forward(store, LabelConsumer.inputs(block, features.singletonOrThrow(), labels), training,
                    params);
        }
        NDArray phi = features.singletonOrThrow();
        Block head = blocks.get(blocks.size() - 1);
        NDArray psi = head.forward(store, LabelConsumer.inputs(head, phi, labels), training, params).singletonOrThrow();
        return new NDList(psi.add(classVectors(store, labels, phi).mul(phi).sum(new int[] {1}, true)));
    }

    /** V_y for every sample: (N, F). */
    private NDArray classVectors(ParameterStore store, NDArray labels, NDArray phi) {
        NDArray table = store.getValue(projection, phi.getDevice(), true);
        return Labels.oneHot(labels, classes, phi.getDataType()).matMul(table);
    }

    @Override
    public boolean hasInputGradient() {
        return true;
    }

    @Override
    public InputGradients.Traced trace(ParameterStore store, NDArray samples, NDArray labels, boolean training) {
        List<Block> blocks = blocks();
        List<InputGradients.Traced> steps = new ArrayList<>();
        NDArray current = samples;
        for (Block block : blocks.subList(0, blocks.size() - 1)) {
            InputGradients.Traced step = InputGradients.forward(block, store, current, training);
            steps.add(step);
            current = step.output();
        }
        NDArray phi = current;
        NDArray vectors = classVectors(store, labels, phi);
        InputGradients.Traced head = InputGradients.forward(blocks.get(blocks.size() - 1), store, phi, training);
        NDArray scores = head.output().add(vectors.mul(phi).sum(new int[] {1}, true));
        return new InputGradients.Traced(scores, upstream -> {
            // d score / d φ = ψ's input gradient + V_y, each weighted by the upstream gradient.
            NDArray gradient = head.backward().apply(upstream).add(vectors.mul(upstream));
            for (int i = steps.size() - 1; i >= 0; i--) {
                gradient = steps.get(i).backward().apply(gradient);
            }
            return gradient;
        });
    }

    private List<Block> blocks() {
        return new ArrayList<>(layers.getChildren().values());
    }
}
