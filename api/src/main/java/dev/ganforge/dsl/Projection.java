package dev.ganforge.dsl;

import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.ProjectionBlock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The generator's stem: dense onto C·H·W values, optional batch norm and activation, reshape to
 * C×H×W. Defaults: bias, no norm, no activation.
 *
 * <pre>
 * Java: projection(128, 4, 4).optNorm(BatchNormBlock.DEFAULT)
 * YAML: - projection: {shape: [128, 4, 4], norm: batch}
 * </pre>
 */
public final class Projection implements Layer {

    private final List<Integer> shape;
    private boolean bias = true;
    private BatchNormBlock norm;
    private Activation activation = Activation.linear();

    Projection(int... shape) {
        this.shape = Arrays.stream(shape).boxed().toList();
    }

    /** Sets whether the dense layer adds a learned bias; defaults to true. */
    public Projection optBias(boolean bias) {
        this.bias = bias;
        return this;
    }

    /** Adds batch normalisation of the dense output with these settings; defaults to none. */
    public Projection optNorm(BatchNormBlock norm) {
        this.norm = Objects.requireNonNull(norm, "norm");
        return this;
    }

    /** Leaves out normalisation (the default). */
    public Projection optNoNorm() {
        this.norm = null;
        return this;
    }

    /** Sets the activation after the normalisation; defaults to none. */
    public Projection optActivation(Activation activation) {
        this.activation = Objects.requireNonNull(activation, "activation");
        return this;
    }

    @Override
    public List<BlockSpec> toBlocks() {
        return List.of(new ProjectionBlock(shape, bias, norm, activation));
    }
}
