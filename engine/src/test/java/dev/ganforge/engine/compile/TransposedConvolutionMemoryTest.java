package dev.ganforge.engine.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.BaseNDManager;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.ConvBlock;
import dev.ganforge.spec.ConvTransposeBlock;
import dev.ganforge.spec.Padding;
import org.junit.jupiter.api.Test;

/**
 * The arrays a transposed convolution derives from its weight (phase sub-kernels) and bias
 * belong to the step, not to the network's manager: otherwise every forward pass would leave a
 * set of weight-sized arrays behind for as long as the network lives.
 */
class TransposedConvolutionMemoryTest {

    @Test
    void forwardAndInputGradientLeaveNothingOnTheNetworksManager() {
        try (NDManager network = NDManager.newBaseManager()) {
            Block deconv = BlockCompiler.compile(new ConvTransposeBlock(3, 5, 2, Padding.same(), 0, true, Activation.linear()));
            Block conv = BlockCompiler.compile(new ConvBlock(3, 4, 2, Padding.same(), true, Activation.linear()));
            deconv.initialize(network, DataType.FLOAT32, new Shape(2, 4, 5, 5));
            conv.initialize(network, DataType.FLOAT32, new Shape(2, 4, 6, 6));
            ParameterStore store = new ParameterStore(network, false);
            int before = ((BaseNDManager) network).getManagedArrays().size();
            for (int step = 0; step < 3; step++) {
                try (NDManager stepManager = network.newSubManager()) {
                    NDArray input = stepManager.randomNormal(new Shape(2, 4, 5, 5));
                    deconv.forward(store, new NDList(input), true);
                    NDArray image = stepManager.randomNormal(new Shape(2, 4, 6, 6));
                    NDArray output = conv.forward(store, new NDList(image), true).singletonOrThrow();
                    ((InputGradientBlock) conv).inputGradient(store, image, output, output.onesLike());
                }
                assertEquals(before, ((BaseNDManager) network).getManagedArrays().size(), "arrays left after step " + step);
            }
        }
    }
}
