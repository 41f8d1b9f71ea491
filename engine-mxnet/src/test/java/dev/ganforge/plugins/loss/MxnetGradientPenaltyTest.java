package dev.ganforge.plugins.loss;

import dev.ganforge.spec.TrainingEngine;

/** WGAN-GP's penalty gradient (a second derivative of the critic) on MXNet, against finite differences. */
class MxnetGradientPenaltyTest extends GradientPenaltyTest {

    @Override
    TrainingEngine engine() {
        return TrainingEngine.MXNET;
    }
}
