package dev.ganforge.plugins.condition;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import java.util.List;

/**
 * The projection discriminator of Miyato &amp; Koyama (2018): with φ the output of every layer but
 * the last and ψ the last layer (a {@code dense(1)}), the score of sample x of class y is
 * ψ(φ(x)) + ⟨V_y, φ(x)⟩, where V is a learned {@code classes × features} table.
 */
final class ProjectionCritic extends FeatureCritic {

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
    public String description() {
        return "projection of a " + classes + "-class embedding onto the features";
    }

    @Override
    protected void prepareFeatures(long features) {
        projection.setShape(new Shape(classes, features));
    }

    /** V_y for every sample: (N, F). */
    @Override
    protected NDArray scoreVectors(ParameterStore store, NDArray labels, NDArray phi) {
        NDArray table = store.getValue(projection, phi.getDevice(), true);
        return Labels.oneHot(labels, classes, phi.getDataType()).matMul(table);
    }

    @Override
    protected List<NDArray> extraOutputs(ParameterStore store, NDArray phi) {
        return List.of();
    }
}
