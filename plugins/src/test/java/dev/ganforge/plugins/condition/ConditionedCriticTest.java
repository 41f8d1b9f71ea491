package dev.ganforge.plugins.condition;

import static dev.ganforge.dsl.Layers.conv;
import static dev.ganforge.dsl.Layers.dense;
import static dev.ganforge.dsl.Layers.flatten;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import dev.ganforge.dsl.Layer;
import dev.ganforge.engine.compile.BlockCompiler;
import dev.ganforge.engine.compile.InputGradients;
import dev.ganforge.engine.condition.ConditionedBlock;
import dev.ganforge.spec.Activation;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The conditioned critics: their forward is what the papers define, their input gradient is autograd's. */
class ConditionedCriticTest {

    private static final int CLASSES = 3;

    static Stream<Arguments> critics() {
        Function<SequentialBlock, ConditionedBlock> channels = layers -> new LabelChannelsCritic(layers, CLASSES);
        Function<SequentialBlock, ConditionedBlock> projection = layers -> new ProjectionCritic(layers, CLASSES);
        List<Layer> convCritic = List.of(conv(4).optKernel(3).optStride(2).optActivation(Activation.leakyRelu()),
                flatten(), dense(1));
        List<Layer> mlpCritic = List.of(dense(6).optActivation(Activation.tanh()), dense(1));
        return Stream.of(
                Arguments.of("label-channels, images", channels, convCritic, new Shape(4, 2, 5, 5)),
                Arguments.of("label-channels, vectors", channels, mlpCritic, new Shape(4, 3)),
                Arguments.of("projection, images", projection, convCritic, new Shape(4, 2, 5, 5)),
                Arguments.of("projection, vectors", projection, mlpCritic, new Shape(4, 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("critics")
    void tracedInputGradientEqualsAutograd(String name, Function<SequentialBlock, ConditionedBlock> wrap,
            List<Layer> layers, Shape shape) {
        try (NDManager manager = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(21);
            ConditionedBlock critic = wrap.apply(compile(layers));
            critic.initialize(manager, DataType.FLOAT32, shape, new Shape(shape.get(0)));
            ParameterStore store = new ParameterStore(manager, false);
            NDArray samples = manager.randomNormal(shape);
            NDArray labels = manager.create(new int[] {0, 2, 1, 2});
            NDArray upstream = manager.randomNormal(new Shape(shape.get(0), 1));

            InputGradients.Traced traced = critic.trace(store, samples, labels, true);
            float[] handBuilt = traced.backward().apply(upstream).toFloatArray();
            float[] forward = critic.forward(store, new NDList(samples, labels), true).singletonOrThrow().toFloatArray();
            assertArrayEquals(forward, traced.output().toFloatArray(), 1e-6f, "traced forward equals forward");

            samples.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray scores = critic.forward(store, new NDList(samples, labels), true).singletonOrThrow();
                collector.backward(scores.mul(upstream).sum());
            }
            assertArrayEquals(samples.getGradient().toFloatArray(), handBuilt, 1e-5f, name);
        }
    }

    @Test
    void projectionScoreIsHeadPlusInnerProductOfClassVectorAndFeatures() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(4);
            SequentialBlock layers = compile(List.of(dense(5).optActivation(Activation.relu()), dense(1)));
            ProjectionCritic critic = new ProjectionCritic(layers, CLASSES);
            critic.initialize(manager, DataType.FLOAT32, new Shape(2, 3), new Shape(2));
            ParameterStore store = new ParameterStore(manager, false);
            NDArray samples = manager.randomNormal(new Shape(2, 3));
            NDArray labels = manager.create(new int[] {2, 0});

            float[] scores = critic.forward(store, new NDList(samples, labels), false).singletonOrThrow().toFloatArray();

            List<Block> children = List.copyOf(layers.getChildren().values());
            NDArray phi = children.get(0).forward(store, new NDList(samples), false).singletonOrThrow();
            NDArray psi = children.get(1).forward(store, new NDList(phi), false).singletonOrThrow();
            NDArray table = critic.getParameters().get("class_projection").getArray();
            float[] features = phi.toFloatArray();
            for (int n = 0; n < 2; n++) {
                int label = n == 0 ? 2 : 0;
                double inner = 0;
                for (int f = 0; f < 5; f++) {
                    inner += table.getFloat(label, f) * features[n * 5 + f];
                }
                assertEquals(psi.getFloat(n, 0) + inner, scores[n], 1e-5, "sample " + n);
            }
        }
    }

    @Test
    void labelChannelsCriticSeesOneHotPlanesBehindTheImage() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray[] seen = new NDArray[1];
            SequentialBlock probe = new SequentialBlock().add(list -> {
                seen[0] = list.singletonOrThrow();
                return list;
            });
            LabelChannelsCritic critic = new LabelChannelsCritic(probe, CLASSES);
            Shape shape = new Shape(2, 1, 2, 2);
            assertEquals(new Shape(2, 4, 2, 2), critic.layersInputShape(shape));
            NDArray samples = manager.arange(8f).reshape(shape);
            critic.forward(new ParameterStore(manager, false), new NDList(samples, manager.create(new int[] {1, 2})), false);
            float[] expected = {0, 1, 2, 3, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0,
                4, 5, 6, 7, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1};
            assertArrayEquals(expected, seen[0].toFloatArray());
        }
    }

    private static SequentialBlock compile(List<Layer> layers) {
        SequentialBlock block = new SequentialBlock();
        layers.forEach(layer -> layer.toBlocks().forEach(spec -> block.add(BlockCompiler.compile(spec))));
        return block;
    }
}
