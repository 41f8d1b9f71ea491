package dev.ganforge.spec;

import java.util.List;
import java.util.Objects;

/**
 * Reshapes each sample, keeping its number of values.
 *
 * @param shape the new shape of one sample, e.g. {@code [128, 7, 7]}
 */
public record ReshapeBlock(List<Integer> shape) implements BlockSpec {

    public ReshapeBlock {
        shape = List.copyOf(Objects.requireNonNull(shape, "shape"));
    }

    @Override
    public String kind() {
        return "reshape";
    }
}
