package dev.ganforge.engine.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import dev.ganforge.spec.TrainingEngine;
import org.junit.jupiter.api.Test;

/**
 * The kernel check against its plain-Java reference: the engine's own convolutions pass under the
 * build's ONEDNN_MAX_CPU_ISA, and convolutions that are wrong in one quantity only are caught and
 * named.
 */
class ConvolutionKernelCheckTest {

    private static NDArray conv(NDArray input, NDArray weight, int stride, int padding) {
        return Conv2d.conv2d(input, weight, null, new Shape(stride, stride), new Shape(padding, padding)).singletonOrThrow();
    }

    @Test
    void theEnginesConvolutionsAreRight() {
        ConvolutionKernelCheck.Result result = EngineSupport.of(TrainingEngine.PYTORCH).convolutionKernels();
        assertTrue(result.isRight(), result.toString());
        assertEquals(ConvolutionKernelCheck.CASES.size(), result.cases());
    }

    @Test
    void aWrongInputGradientWithARightForwardPassIsCaught() {
        try (NDManager manager = EngineSupport.of(TrainingEngine.PYTORCH).newManager()) {
            // Adds a term that is zero in the forward pass but carries half the input's gradient again.
            ConvolutionKernelCheck.Result result = ConvolutionKernelCheck.check(manager, (input, weight, stride, padding) -> {
                NDArray extra = conv(input.mul(0.5f), weight.stopGradient(), stride, padding);
                return conv(input, weight, stride, padding).add(extra.sub(extra.stopGradient()));
            });
            assertFalse(result.isRight(), result.toString());
            assertEquals("input gradient", result.quantity());
            assertEquals(0.5, result.worstError(), 0.2, "the gradient is 1.5 times the true one");
        }
    }

    @Test
    void aWrongWeightGradientIsCaught() {
        try (NDManager manager = EngineSupport.of(TrainingEngine.PYTORCH).newManager()) {
            ConvolutionKernelCheck.Result result = ConvolutionKernelCheck.check(manager, (input, weight, stride, padding) -> {
                NDArray extra = conv(input.stopGradient(), weight.mul(0.5f), stride, padding);
                return conv(input, weight, stride, padding).add(extra.sub(extra.stopGradient()));
            });
            assertFalse(result.isRight(), result.toString());
            assertEquals("weight gradient", result.quantity());
        }
    }

    @Test
    void aWrongForwardPassIsCaught() {
        try (NDManager manager = EngineSupport.of(TrainingEngine.PYTORCH).newManager()) {
            // Off by one tap: the kernel flipped, as a convolution written as a true convolution would be.
            ConvolutionKernelCheck.Result result = ConvolutionKernelCheck.check(manager,
                    (input, weight, stride, padding) -> conv(input, weight.flip(2, 3), stride, padding));
            assertFalse(result.isRight(), result.toString());
            assertTrue(result.toString().startsWith("WRONG"), result.toString());
        }
    }
}
