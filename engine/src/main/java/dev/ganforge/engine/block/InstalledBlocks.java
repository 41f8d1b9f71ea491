package dev.ganforge.engine.block;

import dev.ganforge.block.BlockCatalog;
import dev.ganforge.block.BlockType;
import dev.ganforge.engine.plugin.PluginRegistry;
import java.util.List;
import java.util.Optional;

/**
 * The block kinds of the installed plugins ({@link PluginRegistry#load()}), offered to the api
 * module's YAML reader and validation as the {@link BlockCatalog} service.
 */
public final class InstalledBlocks implements BlockCatalog {

    private BlockCatalog kinds;

    /** Looks the plugins up on first use, as {@link java.util.ServiceLoader} requires a no-argument constructor. */
    public InstalledBlocks() {}

    private synchronized BlockCatalog kinds() {
        if (kinds == null) {
            kinds = PluginRegistry.load().blockCatalog();
        }
        return kinds;
    }

    @Override
    public Optional<BlockType> find(String name) {
        return kinds().find(name);
    }

    @Override
    public List<String> names() {
        return kinds().names();
    }
}
