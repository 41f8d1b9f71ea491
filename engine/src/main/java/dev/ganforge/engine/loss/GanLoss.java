package dev.ganforge.engine.loss;

import ai.djl.ndarray.NDArray;

/**
 * An adversarial loss on the discriminator's raw scores (logits for probabilistic losses, critic
 * values for Wasserstein). Losses work on logits, never on probabilities, so that they stay
 * finite for any score.
 *
 * <p>Scores have one value per sample in any shape ({@code (N)}, {@code (N, 1)}, {@code (N, 1, 1,
 * 1)}); losses average over all of them and return a scalar.
 */
public interface GanLoss {

    /**
     * The discriminator's (critic's) loss.
     *
     * @param realScores its scores for a batch of real samples
     * @param fakeScores its scores for a batch of generated samples
     * @return a scalar to minimise
     */
    NDArray discriminatorLoss(NDArray realScores, NDArray fakeScores);

    /**
     * The generator's loss.
     *
     * @param fakeScores the discriminator's scores for the generator's samples
     * @return a scalar to minimise
     */
    NDArray generatorLoss(NDArray fakeScores);

    /** A penalty added to the critic's loss (a gradient penalty), or {@code null} for none. */
    default CriticPenalty penalty() {
        return null;
    }
}
