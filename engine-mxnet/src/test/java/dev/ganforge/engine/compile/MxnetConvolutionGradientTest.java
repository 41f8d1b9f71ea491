package dev.ganforge.engine.compile;

import dev.ganforge.spec.TrainingEngine;

/** MXNet's convolution input gradient against finite differences (libtorch's needed a fix). */
class MxnetConvolutionGradientTest extends ConvolutionGradientTest {

    @Override
    TrainingEngine engine() {
        return TrainingEngine.MXNET;
    }
}
