package dev.ganforge.plugins.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import dev.ganforge.engine.loss.GanLoss;

/**
 * The hinge loss of geometric GAN and SNGAN (Lim &amp; Ye 2017; Miyato et al. 2018): the
 * discriminator pushes real scores above 1 and fake scores below −1, the generator raises its
 * fakes' score.
 */
public final class HingeLoss implements GanLoss {

    @Override
    public NDArray discriminatorLoss(NDArray realScores, NDArray fakeScores) {
        return Activation.relu(realScores.neg().add(1f)).mean().add(Activation.relu(fakeScores.add(1f)).mean());
    }

    @Override
    public NDArray generatorLoss(NDArray fakeScores) {
        return fakeScores.mean().neg();
    }
}
