package dev.ganforge.dsl;

import dev.ganforge.spec.Activation;
import java.util.Objects;

/**
 * A fully connected layer. Defaults: bias, no activation.
 *
 * <pre>
 * Java: dense(1).optActivation(Activation.sigmoid())
 * YAML: - dense: {units: 1, activation: sigmoid}
 * </pre>
 */
public final class Dense extends BlockLayer<Dense> {

    Dense(int units) {
        super("dense");
        set("units", units);
    }

    /** Sets whether the layer adds a learned bias; defaults to true. */
    public Dense optBias(boolean bias) {
        return set("bias", bias);
    }

    /** Sets the activation; defaults to none. */
    public Dense optActivation(Activation activation) {
        return set("activation", Objects.requireNonNull(activation, "activation"));
    }

    /**
     * Divides the weight by its largest singular value, estimated by one power iteration per
     * training forward (spectral normalisation, Miyato et al. 2018); defaults to off.
     */
    public Dense optSpectralNorm() {
        return set("spectral-norm", true);
    }

    @Override
    protected Dense self() {
        return this;
    }
}
