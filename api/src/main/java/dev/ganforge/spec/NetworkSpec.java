package dev.ganforge.spec;

import java.util.List;
import java.util.Objects;

/**
 * One of the two networks: an ordered list of blocks and the optimiser that trains them.
 *
 * @param blocks the blocks, applied in order
 * @param optimizer the optimiser plugin and its settings
 */
public record NetworkSpec(List<BlockSpec> blocks, PluginRef optimizer) {

    /** The optimiser used when a network names none: Adam with the plugin's defaults. */
    public static final PluginRef DEFAULT_OPTIMIZER = PluginRef.of("adam");

    public NetworkSpec {
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
        Objects.requireNonNull(optimizer, "optimizer");
    }
}
