package dev.ganforge.spec;

/** Flattens each sample into a vector. */
public record FlattenBlock() implements BlockSpec {

    @Override
    public String kind() {
        return "flatten";
    }
}
