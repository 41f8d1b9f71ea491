package dev.ganforge.role;

/** What a network must output, checked when the spec is validated. */
public enum Output {
    /** Samples of the data's shape: a generator or a translator. */
    SAMPLES,
    /** One value per sample: a critic. */
    SCORE,
    /**
     * One score per patch, (1, height, width), or one value per sample: a patch critic
     * (PatchGAN), whose loss averages over the patches.
     */
    SCORE_MAP
}
