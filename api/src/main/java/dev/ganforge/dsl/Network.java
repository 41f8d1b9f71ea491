package dev.ganforge.dsl;

import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.NetworkSpec;
import dev.ganforge.spec.PluginRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds a {@link NetworkSpec}: blocks in order and the optimiser that trains them. */
public final class Network {

    private final List<BlockSpec> blocks = new ArrayList<>();
    private PluginRef optimizer = NetworkSpec.DEFAULT_OPTIMIZER;

    private Network() {}

    /** A new, empty network builder. */
    public static Network builder() {
        return new Network();
    }

    /** A network of these layers with the default optimiser. */
    public static Network of(Layer... layers) {
        return builder().add(layers);
    }

    /** Appends layers. */
    public Network add(Layer... layers) {
        for (Layer layer : layers) {
            blocks.addAll(layer.toBlocks());
        }
        return this;
    }

    /** Sets the optimiser plugin, e.g. {@code PluginRef.of("adam").with("lr", 2e-4)}; defaults to Adam. */
    public Network optOptimizer(PluginRef optimizer) {
        this.optimizer = Objects.requireNonNull(optimizer, "optimizer");
        return this;
    }

    /** The network spec; checked as part of the whole GAN by {@link Gan}'s {@code build()}. */
    public NetworkSpec build() {
        return new NetworkSpec(blocks, optimizer);
    }
}
