package dev.ganforge.spec;

import java.util.Objects;

/**
 * The generator's noise input.
 *
 * @param size the number of noise values per sample
 * @param distribution where the values are drawn from
 */
public record LatentSpec(int size, Distribution distribution) {

    /** A distribution of latent noise. */
    public enum Distribution {
        /** Standard normal, N(0, 1): the usual choice for DCGANs. */
        NORMAL,
        /** Uniform on [-1, 1]. */
        UNIFORM;

        /** The name used in YAML. */
        public String yamlName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public LatentSpec {
        Objects.requireNonNull(distribution, "distribution");
    }
}
