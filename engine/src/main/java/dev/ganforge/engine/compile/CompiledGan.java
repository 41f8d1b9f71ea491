package dev.ganforge.engine.compile;

import dev.ganforge.role.Feed;
import dev.ganforge.engine.condition.Conditioning;
import dev.ganforge.spec.GanSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A GAN compiled onto DJL: its networks by role.
 *
 * @param spec the spec it was compiled from
 * @param networks each network by its role, in the spec's order; a network fed {@link Feed#NOISE}
 *     maps (N, latent) (and labels) to samples, one fed {@link Feed#DATA} maps samples (and labels)
 *     to its output
 * @param conditioning how labels are joined in, or {@code null} for an unconditional GAN
 */
public record CompiledGan(GanSpec spec, Map<String, CompiledNetwork> networks, Conditioning conditioning) {

    public CompiledGan {
        networks = Collections.unmodifiableMap(new LinkedHashMap<>(networks));
    }

    /**
     * The network in {@code role}.
     *
     * @throws IllegalArgumentException if the GAN has none
     */
    public CompiledNetwork network(String role) {
        CompiledNetwork network = networks.get(role);
        if (network == null) {
            throw new IllegalArgumentException("the GAN has no network '" + role + "'; it has " + networks.keySet());
        }
        return network;
    }

    /** Whether the networks take a class label. */
    public boolean isConditional() {
        return conditioning != null;
    }

    /** The number of classes of a conditional GAN, 0 for an unconditional one. */
    public int classes() {
        return spec.isConditional() ? spec.conditioning().classes() : 0;
    }

    /** A fresh, uninitialised copy of these networks, e.g. for a sampling network. */
    public CompiledGan recompile() {
        Map<String, Feed> feeds = new LinkedHashMap<>();
        networks.forEach((role, network) -> feeds.put(role, network.feed()));
        return GanCompiler.compile(spec, conditioning, feeds::get);
    }
}
