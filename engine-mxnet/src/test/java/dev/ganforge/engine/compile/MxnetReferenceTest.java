package dev.ganforge.engine.compile;

import dev.ganforge.spec.TrainingEngine;

/**
 * Every block's forward output, input and parameter gradients and BatchNorm running statistics
 * on MXNet, against the same PyTorch fixtures (and so the same weights) that the engine module
 * checks the PyTorch engine with, to 1e-5.
 */
class MxnetReferenceTest extends PyTorchReferenceTest {

    @Override
    TrainingEngine engine() {
        return TrainingEngine.MXNET;
    }
}
