package dev.ganforge.plugins.loss;

import dev.ganforge.spec.TrainingEngine;

/** WGAN-GP's penalty and its gradient on a residual critic, on MXNet, against the same PyTorch fixture. */
class MxnetResidualCriticPenaltyTest extends ResidualCriticPenaltyTest {

    @Override
    TrainingEngine engine() {
        return TrainingEngine.MXNET;
    }
}
