package dev.ganforge.engine.compile;

import dev.ganforge.engine.condition.Conditioning;
import dev.ganforge.spec.GanSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A GAN compiled onto DJL.
 *
 * @param spec the spec it was compiled from
 * @param generator latent (N, size) (and labels) → data (N, ...)
 * @param discriminator data (N, ...) (and labels) → one value per sample
 * @param conditioning how labels are joined in, or {@code null} for an unconditional GAN
 */
public record CompiledGan(GanSpec spec, CompiledNetwork generator, CompiledNetwork discriminator, Conditioning conditioning) {

    /** Whether both networks take a class label. */
    public boolean isConditional() {
        return conditioning != null;
    }

    /** The number of classes of a conditional GAN, 0 for an unconditional one. */
    public int classes() {
        return spec.isConditional() ? spec.conditioning().classes() : 0;
    }

    /** Every network by its role, in the order summaries and checkpoints list them. */
    public Map<String, CompiledNetwork> networks() {
        Map<String, CompiledNetwork> networks = new LinkedHashMap<>();
        networks.put(generator.name(), generator);
        networks.put(discriminator.name(), discriminator);
        return networks;
    }

    /** A fresh, uninitialised copy of these networks, e.g. for a sampling generator. */
    public CompiledGan recompile() {
        return GanCompiler.compile(spec, conditioning);
    }
}
