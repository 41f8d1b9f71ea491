package dev.ganforge.dsl;

import dev.ganforge.spec.BlockSpec;
import java.util.List;

/**
 * A layer that builds one block of a kind from the settings its {@code opt} methods record.
 * Settings left alone are not recorded: they take the kind's declared defaults when the GAN is
 * built, exactly as keys left out of YAML do.
 *
 * @param <T> the concrete builder, so that {@code opt} calls chain
 */
public abstract class BlockLayer<T extends BlockLayer<T>> implements Layer {

    private BlockSpec settings;

    /** A layer of the block kind called {@code kind}. */
    protected BlockLayer(String kind) {
        this.settings = BlockSpec.of(kind);
    }

    /** This builder, typed as its subclass. */
    protected abstract T self();

    /** Records {@code name: value}. */
    protected final T set(String name, Object value) {
        settings = settings.with(name, value);
        return self();
    }

    /** The settings recorded so far, as a block. */
    protected final BlockSpec settings() {
        return settings;
    }

    @Override
    public List<BlockSpec> toBlocks() {
        return List.of(settings);
    }
}
