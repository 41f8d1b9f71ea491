package dev.ganforge.engine.compile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.GradientCollector;
import dev.ganforge.engine.backend.EngineSupport;
import dev.ganforge.spec.TrainingEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guards the native environment: a GAN's generator learns through the discriminator's input
 * gradients, and libtorch 2.7.1's oneDNN gets them wrong with its AVX2/AVX-512 kernels on some
 * CPUs (see docs/engine-notes.md). The build runs tests with {@code ONEDNN_MAX_CPU_ISA=AVX};
 * this test fails if that protection is lost.
 */
class ConvolutionGradientTest {

    /** The engine the cases run on: PyTorch here, MXNet in engine-mxnet's subclass. */
    TrainingEngine engine() {
        return TrainingEngine.PYTORCH;
    }

    @ParameterizedTest(name = "stride {0}, padding {1}, kernel {2}, channels {3}")
    @CsvSource({"1, 1, 3, 2", "2, 1, 3, 2", "1, 2, 5, 8", "2, 2, 5, 8"})
    void inputGradientMatchesFiniteDifference(int stride, int padding, int kernel, int channels) {
        try (NDManager manager = EngineSupport.of(engine()).newManager()) {
            manager.getEngine().setRandomSeed(3);
            Shape strides = new Shape(stride, stride);
            Shape paddings = new Shape(padding, padding);
            NDArray x = manager.randomNormal(new Shape(2, channels, 7, 7));
            NDArray w = manager.randomNormal(new Shape(3, channels, kernel, kernel));
            NDArray upstream = manager.randomNormal(Conv2d.conv2d(x, w, null, strides, paddings).head().getShape());
            x.setRequiresGradient(true);
            try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
                collector.backward(Conv2d.conv2d(x, w, null, strides, paddings).head().mul(upstream).sum());
            }
            float[] gradient = x.getGradient().toFloatArray();
            float[] values = x.toFloatArray();
            double worst = 0;
            float step = 1e-2f;
            for (int i = 0; i < values.length; i++) {
                float[] plus = values.clone();
                plus[i] += step;
                float[] minus = values.clone();
                minus[i] -= step;
                double up = Conv2d.conv2d(manager.create(plus, x.getShape()), w, null, strides, paddings).head().mul(upstream).sum().getFloat();
                double down = Conv2d.conv2d(manager.create(minus, x.getShape()), w, null, strides, paddings).head().mul(upstream).sum().getFloat();
                worst = Math.max(worst, Math.abs(gradient[i] - (up - down) / (2 * step)));
            }
            // The function is linear in x, so only float32 rounding separates the two.
            assertTrue(worst < 0.02, "convolution input gradient is off by " + worst
                    + "; run with ONEDNN_MAX_CPU_ISA=AVX (docs/engine-notes.md)");
        }
    }
}
