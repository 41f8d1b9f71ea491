package dev.ganforge.spec;

/**
 * Dropout during training; the identity at inference.
 *
 * @param rate the fraction of values zeroed, in [0, 1)
 */
public record DropoutBlock(double rate) implements BlockSpec {

    @Override
    public String kind() {
        return "dropout";
    }
}
