package dev.ganforge.role;

/** What a network takes as input, which decides its input shape and how a class label joins it. */
public enum Feed {
    /** Noise vectors of the spec's latent size: a network that generates. */
    NOISE,
    /** Samples of the data's shape: a network that scores or translates them. */
    DATA,
    /**
     * A sample and its translation side by side along the channels, twice the data's channels:
     * a critic of pairs (pix2pix's, which judges an input with its output).
     */
    PAIR
}
