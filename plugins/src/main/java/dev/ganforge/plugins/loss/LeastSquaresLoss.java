package dev.ganforge.plugins.loss;

import ai.djl.ndarray.NDArray;
import dev.ganforge.engine.loss.GanLoss;

/**
 * The least-squares loss of LSGAN (Mao et al. 2017) with the 0-1 coding: the discriminator
 * regresses real samples to 1 and fakes to 0, the generator regresses its fakes to 1.
 */
public final class LeastSquaresLoss implements GanLoss {

    @Override
    public NDArray discriminatorLoss(NDArray realScores, NDArray fakeScores) {
        return realScores.sub(1f).square().mean().mul(0.5f).add(fakeScores.square().mean().mul(0.5f));
    }

    @Override
    public NDArray generatorLoss(NDArray fakeScores) {
        return fakeScores.sub(1f).square().mean().mul(0.5f);
    }
}
