package dev.ganforge.plugins.loss;

import ai.djl.ndarray.NDArray;
import dev.ganforge.engine.compile.Scalars;
import dev.ganforge.engine.loss.GanLoss;

/**
 * The least-squares loss of LSGAN (Mao et al. 2017) with the 0-1 coding, at the scale CycleGAN
 * and pix2pix use it (Zhu et al. 2017; their reference code's {@code GANLoss('lsgan')}, a mean
 * squared error): the discriminator regresses real samples to 1 and fakes to 0, half of the sum
 * of the two mean squared errors; the generator regresses its fakes to 1, the whole mean squared
 * error. The generator's term carries no ½ because recipes add other terms to it (CycleGAN's
 * cycle and identity losses, pix2pix's L1), whose weights (λ = 10, 100) are set relative to this
 * scale; on its own, a constant factor on a loss changes nothing under Adam.
 */
public final class LeastSquaresLoss implements GanLoss {

    @Override
    public NDArray discriminatorLoss(NDArray realScores, NDArray fakeScores) {
        return Scalars.times(realScores.sub(1f).square().mean().add(fakeScores.square().mean()), 0.5);
    }

    @Override
    public NDArray generatorLoss(NDArray fakeScores) {
        return fakeScores.sub(1f).square().mean();
    }
}
