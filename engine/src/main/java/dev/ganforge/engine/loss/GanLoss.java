package dev.ganforge.engine.loss;

import ai.djl.ndarray.NDArray;

/**
 * An adversarial loss on the discriminator's raw scores (logits for probabilistic losses, critic
 * values for Wasserstein). Losses work on logits, never on probabilities, so that they stay
 * finite for any score.
 *
 * <p>Recipes call the {@link LossInputs} forms, which default to the two-array ones, so a loss
 * that needs only scores implements those two.
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

    /**
     * The critic's loss from everything it may look at. By default {@link
     * #discriminatorLoss(NDArray, NDArray)} of the two score arrays; a loss that needs the samples,
     * the labels or an auxiliary output overrides this.
     */
    default NDArray discriminatorLoss(LossInputs inputs) {
        return discriminatorLoss(inputs.realScores(), inputs.fakeScores());
    }

    /**
     * The generator's loss from everything it may look at. By default {@link
     * #generatorLoss(NDArray)} of the generated samples' scores.
     */
    default NDArray generatorLoss(LossInputs inputs) {
        return generatorLoss(inputs.fakeScores());
    }

    /** A penalty added to the critic's loss (a gradient penalty), or {@code null} for none. */
    default CriticPenalty penalty() {
        return null;
    }
}
