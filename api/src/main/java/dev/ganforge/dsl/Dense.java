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
    private boolean spectralNorm;

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

    /**
     * Divides the weight by its largest singular value, estimated by one power iteration per
     * training forward (spectral normalisation, Miyato et al. 2018); defaults to off.
     */
    public Dense optSpectralNorm() {
        this.spectralNorm = true;
        return this;
    }

    @Override
    public List<BlockSpec> toBlocks() {
        return List.of(new DenseBlock(units, bias, activation, spectralNorm));
    }
}
