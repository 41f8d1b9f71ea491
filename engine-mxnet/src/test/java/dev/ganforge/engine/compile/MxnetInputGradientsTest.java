package dev.ganforge.engine.compile;

import dev.ganforge.spec.TrainingEngine;

/** The hand-built input gradients that gradient penalties use, against MXNet's autograd. */
class MxnetInputGradientsTest extends InputGradientsTest {

    @Override
    TrainingEngine engine() {
        return TrainingEngine.MXNET;
    }
}
