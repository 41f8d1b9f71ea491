package dev.ganforge.dsl;

import dev.ganforge.spec.LatentSpec;

/** The generator's noise input. */
public final class Latent {

    private Latent() {}

    /** {@code size} values drawn from N(0, 1). */
    public static LatentSpec unused() {
        return LatentSpec.UNUSED;
    }

    /** Standard normal noise of {@code size} values. */
    public static LatentSpec normal(int size) {
        return new LatentSpec(size, LatentSpec.Distribution.NORMAL);
    }

    /** {@code size} values drawn uniformly from [-1, 1]. */
    public static LatentSpec uniform(int size) {
        return new LatentSpec(size, LatentSpec.Distribution.UNIFORM);
    }
}
