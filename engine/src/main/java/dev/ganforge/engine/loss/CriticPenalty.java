package dev.ganforge.engine.loss;

import ai.djl.ndarray.NDArray;

/**
 * A regulariser of the critic added to its loss, such as the gradient penalty of WGAN-GP
 * (Gulrajani et al. 2017).
 */
public interface CriticPenalty {

    /**
     * The penalty for one critic update.
     *
     * @param critic the critic, with input gradients that can be differentiated again
     * @param real the real batch
     * @param fake the generated batch (no gradient to the generator)
     * @return a scalar added to the critic's loss
     */
    NDArray penalty(Critic critic, NDArray real, NDArray fake);

    /** The critic as a penalty sees it. */
    interface Critic {

        /**
         * The critic's scores for {@code samples} and the gradient of their sum with respect to
         * the samples, both differentiable with respect to the critic's parameters.
         *
         * @return {scores, gradient}
         */
        NDArray[] scoresAndInputGradient(NDArray samples);
    }
}
