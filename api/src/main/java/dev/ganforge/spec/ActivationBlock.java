package dev.ganforge.spec;

import java.util.Objects;

/**
 * An activation on its own, as a block.
 *
 * @param activation the function
 */
public record ActivationBlock(Activation activation) implements BlockSpec {

    public ActivationBlock {
        Objects.requireNonNull(activation, "activation");
    }

    @Override
    public String kind() {
        return "activation";
    }
}
