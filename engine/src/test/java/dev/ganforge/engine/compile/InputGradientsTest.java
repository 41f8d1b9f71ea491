package dev.ganforge.engine.compile;

import static dev.ganforge.dsl.Layers.conv;
import static dev.ganforge.dsl.Layers.convTranspose;
import static dev.ganforge.dsl.Layers.decoder;
import static dev.ganforge.dsl.Layers.dense;
import static dev.ganforge.dsl.Layers.encoder;
import static dev.ganforge.dsl.Layers.flatten;
import static dev.ganforge.dsl.Layers.globalAvgPool;
import static dev.ganforge.dsl.Layers.projection;
import static dev.ganforge.dsl.Layers.reshape;
import static dev.ganforge.dsl.Layers.upsample;
import static dev.ganforge.dsl.Layers.zeroPad;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import dev.ganforge.dsl.Layer;
import dev.ganforge.dsl.Layers;
import dev.ganforge.engine.backend.EngineSupport;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.TrainingEngine;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every block's hand-built input gradient equals autograd's, on random inputs and upstream gradients. */
class InputGradientsTest {

    /** The engine the cases run on: PyTorch here, MXNet in engine-mxnet's subclass. */
    TrainingEngine engine() {
        return TrainingEngine.PYTORCH;
    }

    static Stream<Arguments> blocks() {
        return Stream.of(
                Arguments.of("dense", dense(5), new Shape(3, 4)),
                Arguments.of("relu", Layers.relu(), new Shape(3, 2, 4, 4)),
                Arguments.of("leaky-relu", Layers.leakyRelu(0.3), new Shape(3, 2, 4, 4)),
                Arguments.of("tanh", Layers.tanh(), new Shape(3, 5)),
                Arguments.of("sigmoid", Layers.sigmoid(), new Shape(3, 5)),
                Arguments.of("conv k5 s2 same (odd padding)", conv(3).optKernel(5).optStride(2), new Shape(2, 2, 6, 6)),
                Arguments.of("conv k3 s1 p1", conv(3).optKernel(3).optPadding(1), new Shape(2, 2, 5, 5)),
                Arguments.of("conv k4 s2 p1", conv(3).optKernel(4).optStride(2).optPadding(1), new Shape(2, 2, 6, 6)),
                Arguments.of("conv k3 s2 valid 5x6", conv(3).optKernel(3).optStride(2).optPadding(0), new Shape(2, 2, 5, 6)),
                Arguments.of("conv-transpose k5 s2 same", convTranspose(3).optKernel(5).optStride(2), new Shape(2, 2, 4, 4)),
                Arguments.of("conv-transpose k4 s2 p1", convTranspose(3).optKernel(4).optPadding(1), new Shape(2, 2, 3, 3)),
                Arguments.of("conv-transpose k3 s2 p1 op1", convTranspose(3).optKernel(3).optPadding(1).optOutputPadding(1),
                        new Shape(2, 2, 3, 3)),
                Arguments.of("conv-transpose k2 s3 same", convTranspose(3).optKernel(2).optStride(3), new Shape(2, 2, 3, 3)),
                Arguments.of("reshape", reshape(2, 3), new Shape(3, 6)),
                Arguments.of("flatten", flatten(), new Shape(3, 2, 2, 2)),
                Arguments.of("zero-pad", zeroPad(1, 0, 2, 1), new Shape(2, 2, 3, 3)),
                Arguments.of("upsample", upsample(2), new Shape(2, 2, 3, 3)),
                Arguments.of("global-avg-pool", globalAvgPool(), new Shape(2, 3, 4, 4)),
                Arguments.of("encoder ×2 no norm", encoder(3).optKernel(3).optConvolutions(2).optNoNorm(), new Shape(2, 2, 6, 6)),
                Arguments.of("decoder pre no norm", decoder(2).optKernel(5).optNoNorm().optOrder(dev.ganforge.spec.Order.PRE),
                        new Shape(2, 3, 3, 3)),
                Arguments.of("projection tanh", projection(2, 2, 2).optActivation(Activation.tanh()), new Shape(3, 4)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void inputGradientEqualsAutograd(String name, Layer layer, Shape inputShape) {
        try (NDManager manager = EngineSupport.of(engine()).newManager()) {
            manager.getEngine().setRandomSeed(5);
            Block block = BlockCompiler.compile(layer.toBlocks().get(0));
            block.initialize(manager, DataType.FLOAT32, inputShape);
            ParameterStore store = new ParameterStore(manager, false);
            NDArray input = manager.randomNormal(inputShape);
            NDArray upstream = manager.randomNormal(block.getOutputShapes(new Shape[] {inputShape})[0]);

            InputGradients.Traced traced = InputGradients.forward(block, store, input, true);
            float[] handBuilt = traced.backward().apply(upstream).toFloatArray();

            input.setRequiresGradient(true);
            try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
                collector.backward(block.forward(store, new NDList(input), true).singletonOrThrow().mul(upstream).sum());
            }
            float[] autograd = input.getGradient().toFloatArray();
            assertArrayEquals(autograd, handBuilt, 1e-5f, name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void everyBlockOfTheCriticVocabularyIsSupported(String name, Layer layer, Shape inputShape) {
        Block block = BlockCompiler.compile(layer.toBlocks().get(0));
        assertTrue(block instanceof InputGradientBlock || block instanceof ai.djl.nn.SequentialBlock, name);
    }
}
