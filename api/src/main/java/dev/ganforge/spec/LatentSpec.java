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

    /**
     * The latent of a spec whose recipe feeds no network noise (an image-to-image translation):
     * what YAML gives when {@code latent} is left out there, and what the writer leaves out again.
     */
    public static final LatentSpec UNUSED = new LatentSpec(1, Distribution.NORMAL);

    public LatentSpec {
        Objects.requireNonNull(distribution, "distribution");
    }
}
