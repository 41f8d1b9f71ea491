package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.training.ParameterStore;

/**
 * A block that computes the gradient of a scalar with respect to its input from the upstream
 * gradient (a vector–Jacobian product) with ordinary operations. Because the result is built
 * from differentiable operations, autograd can differentiate it again: this is how ganforge
 * computes gradient penalties without "double backprop" through the engine, which DJL does not
 * expose and whose PyTorch form leaks memory through DJL (see docs/engine-notes.md).
 */
public interface InputGradientBlock {

    /**
     * The gradient with respect to {@code input}.
     *
     * @param store the parameter store the forward pass used
     * @param input the block's input in that forward pass
     * @param output the block's output in that forward pass
     * @param upstream the gradient with respect to {@code output}
     * @return the gradient with respect to {@code input}, differentiable in the block's parameters
     */
    NDArray inputGradient(ParameterStore store, NDArray input, NDArray output, NDArray upstream);
}
