package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.Initializer;

/**
 * PyTorch's default initialisation of convolution and linear layers: weights and biases drawn
 * uniformly from ±1/√fan_in, where fan_in counts the values that feed one output (PyTorch's
 * {@code kaiming_uniform_(a=√5)} reduces to this bound). Users coming from PyTorch get the
 * starting point they know.
 */
final class FanInUniformInitializer implements Initializer {

    private final long fanIn;

    /** @param fanIn the number of inputs feeding one output value */
    FanInUniformInitializer(long fanIn) {
        this.fanIn = fanIn;
    }

    /** For a weight whose first axis is the output (or, for PyTorch's transposed convolution, the input). */
    static FanInUniformInitializer forWeight(Shape weightShape) {
        return new FanInUniformInitializer(weightShape.size() / weightShape.get(0));
    }

    @Override
    public NDArray initialize(NDManager manager, Shape shape, DataType dataType) {
        float bound = (float) (1.0 / Math.sqrt(fanIn));
        return manager.randomUniform(-bound, bound, shape, dataType);
    }
}
