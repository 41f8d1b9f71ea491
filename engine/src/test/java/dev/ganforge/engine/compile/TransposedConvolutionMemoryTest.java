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
import dev.ganforge.dsl.Layers;
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
            Block deconv = BlockCompiler.compile(Layers.convTranspose(3).optKernel(5).toBlocks().get(0));
            Block conv = BlockCompiler.compile(Layers.conv(3).optKernel(4).optStride(2).toBlocks().get(0));
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
