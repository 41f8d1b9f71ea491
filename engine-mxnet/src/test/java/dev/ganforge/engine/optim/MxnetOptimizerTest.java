package dev.ganforge.engine.optim;

import dev.ganforge.spec.TrainingEngine;

/** ganforge's optimisers on MXNet against torch.optim's numbers, plain and with the fused Adam operator. */
class MxnetOptimizerTest extends PyTorchOptimizerTest {

    @Override
    TrainingEngine engine() {
        return TrainingEngine.MXNET;
    }
}
