package dev.ganforge.dsl;

/**
 * A block of any installed kind, named as in YAML, with its parameters set by name: how Java uses
 * a block kind that a plugin jar adds, or a composite's nested blocks.
 *
 * <pre>
 * Java: block("self-attention").with("channels", 64)
 * YAML: - self-attention: {channels: 64}
 * </pre>
 */
public final class GenericBlock extends BlockLayer<GenericBlock> {

    GenericBlock(String kind) {
        super(kind);
    }

    /**
     * Sets a parameter: a number, string, boolean, list of whole numbers, {@link
     * dev.ganforge.spec.Activation}, {@link dev.ganforge.spec.Padding}, {@link
     * dev.ganforge.spec.BatchNormBlock} or {@link dev.ganforge.spec.Order}.
     */
    public GenericBlock with(String name, Object value) {
        return set(name, value);
    }

    /** Sets a parameter that holds nested blocks, e.g. a residual block's {@code body}. */
    public GenericBlock withBlocks(String name, Layer... layers) {
        return set(name, Residual.blocks(layers));
    }

    @Override
    protected GenericBlock self() {
        return this;
    }
}
