package dev.ganforge.dsl;

import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BatchNormBlock;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The generator's stem: dense onto C·H·W values, optional batch norm and activation, reshape to
 * C×H×W. Defaults: bias, no norm, no activation.
 *
 * <pre>
 * Java: projection(128, 4, 4).optNorm(BatchNormBlock.DEFAULT)
 * YAML: - projection: {shape: [128, 4, 4], norm: batch}
 * </pre>
 */
public final class Projection extends BlockLayer<Projection> {

    Projection(int... shape) {
        super("projection");
        set("shape", Arrays.stream(shape).boxed().toList());
    }

    /** Sets whether the dense layer adds a learned bias; defaults to true. */
    public Projection optBias(boolean bias) {
        return set("bias", bias);
    }

    /** Adds batch normalisation with these settings after the dense layer; defaults to none. */
    public Projection optNorm(BatchNormBlock norm) {
        return set("norm", Optional.of(norm));
    }

    /** Leaves out normalisation (the default). */
    public Projection optNoNorm() {
        return set("norm", Optional.empty());
    }

    /** Sets the activation after the dense layer (and norm); defaults to none. */
    public Projection optActivation(Activation activation) {
        return set("activation", Objects.requireNonNull(activation, "activation"));
    }

    @Override
    protected Projection self() {
        return this;
    }
}
