package dev.ganforge.plugins.condition;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import java.util.List;

/**
 * The critic of AC-GAN (Odena et al. 2017): with φ the output of every layer but the last and ψ
 * the last layer (a {@code dense(1)}), it scores x with ψ(φ(x)), as an unconditional critic
 * would, and gives as a second output the class logits φ(x)·Wᵀ + b of a learned linear
 * classifier. It takes the label only to fit the conditional networks' interface.
 */
final class AuxiliaryClassifierCritic extends FeatureCritic {

    private final Parameter weight;
    private final Parameter bias;

    AuxiliaryClassifierCritic(SequentialBlock layers, int classes) {
        super(layers, classes);
        this.weight = addParameter(Parameter.builder()
                .setName("classifier_weight")
                .setType(Parameter.Type.WEIGHT)
                .optInitializer(new NormalInitializer(0.02f))
                .build());
        this.bias = addParameter(Parameter.builder()
                .setName("classifier_bias")
                .setType(Parameter.Type.BIAS)
                .optShape(new Shape(classes))
                .build());
    }

    @Override
    public String description() {
        return "auxiliary " + classes + "-class classifier on the features";
    }

    @Override
    protected void prepareFeatures(long features) {
        weight.setShape(new Shape(classes, features));
    }

    @Override
    protected NDArray scoreVectors(ParameterStore store, NDArray labels, NDArray phi) {
        return null;
    }

    /** The (N, classes) class logits. */
    @Override
    protected List<NDArray> extraOutputs(ParameterStore store, NDArray phi) {
        NDArray w = store.getValue(weight, phi.getDevice(), true);
        NDArray b = store.getValue(bias, phi.getDevice(), true);
        return List.of(phi.matMul(w.transpose()).add(b));
    }
}
