package dev.ganforge.dsl;

import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.DenseBlock;
import java.util.List;
import java.util.Objects;

/**
 * A fully connected layer. Defaults: bias, no activation.
 *
 * <pre>
 * Java: dense(1).optActivation(Activation.sigmoid())
 * YAML: - dense: {units: 1, activation: sigmoid}
 * </pre>
 */
public final class Dense implements Layer {

    private final int units;
    private boolean bias = true;
    private Activation activation = Activation.linear();

    Dense(int units) {
        this.units = units;
    }

    /** Sets whether the layer adds a learned bias; defaults to true. */
    public Dense optBias(boolean bias) {
        this.bias = bias;
        return this;
    }

    /** Sets the activation; defaults to none. */
    public Dense optActivation(Activation activation) {
        this.activation = Objects.requireNonNull(activation, "activation");
        return this;
    }

    @Override
    public List<BlockSpec> toBlocks() {
        return List.of(new DenseBlock(units, bias, activation));
    }
}
