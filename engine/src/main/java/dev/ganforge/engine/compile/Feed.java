package dev.ganforge.engine.compile;

/** What a network takes as input, which decides its input shape and how a class label joins it. */
public enum Feed {
    /** Noise vectors of the spec's latent size: a network that generates. */
    NOISE,
    /** Samples of the data's shape: a network that scores or translates them. */
    DATA
}
