package dev.ganforge.engine.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import dev.ganforge.dsl.Layers;
import dev.ganforge.spec.Activation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Arrays made on the way to a result are closed when it is made; results live as long as their enclosing scope. */
class ArrayScopesTest {

    @Test
    void forwardClosesWhatItMadeAndHandsItsOutputsToTheEnclosingScope() {
        try (NDManager manager = NDManager.newBaseManager(); NDManager model = NDManager.newBaseManager()) {
            NDArray input = manager.ones(new Shape(3));
            NDArray parameter = model.ones(new Shape(3));
            List<NDArray> made = new ArrayList<>();
            NDList outputs;
            try (NDScope enclosing = new NDScope()) {
                outputs = ArrayScopes.forward(new NDList(input), () -> {
                    NDArray doubled = input.mul(2);
                    made.add(doubled);
                    return new NDList(doubled.add(1), input, parameter);
                });
                assertTrue(made.get(0).isReleased(), "an intermediate array is closed when the forward returns");
                assertFalse(outputs.get(0).isReleased(), "its output is not");
                assertArrayEquals(new float[] {3, 3, 3}, outputs.get(0).toFloatArray());
            }
            assertTrue(outputs.get(0).isReleased(), "the output belongs to the enclosing scope");
            assertFalse(input.isReleased(), "an input passed through is left alone");
            assertFalse(parameter.isReleased(), "an array of another manager (a parameter) is left alone");
        }
    }

    @Test
    void detachedValuesCarryNoGradientAndLiveInTheEnclosingScope() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray weight = manager.ones(new Shape(2));
            weight.setRequiresGradient(true);
            NDArray detached;
            NDArray escaped;
            try (NDScope enclosing = new NDScope(); GradientCollector collector = manager.getEngine().newGradientCollector()) {
                detached = ArrayScopes.detached(() -> weight.mul(3));
                escaped = ArrayScopes.escaping(weight.mul(5));
                NDArray loss = weight.mul(detached).sum();
                collector.backward(loss);
                assertArrayEquals(new float[] {3, 3}, weight.getGradient().toFloatArray(), "no gradient flows through the detached values");
            }
            assertTrue(detached.isReleased(), "detached values belong to the enclosing scope");
            assertFalse(escaped.isReleased(), "escaping values outlive every scope");
            assertArrayEquals(new float[] {5, 5}, escaped.toFloatArray());
        }
    }

    @Test
    void aLayerSequenceClosesEachInnerArrayAndComputesWhatSequentialBlockDoes() {
        List<Block> layers = List.of(
                BlockCompiler.compile(Layers.dense(8).optActivation(Activation.relu()).toBlocks().get(0)),
                BlockCompiler.compile(Layers.dense(4).optActivation(Activation.leakyRelu()).toBlocks().get(0)),
                BlockCompiler.compile(Layers.dense(1).toBlocks().get(0)));
        try (NDManager model = NDManager.newBaseManager()) {
            SequentialBlock plain = new SequentialBlock().addAll(layers);
            plain.initialize(model, DataType.FLOAT32, new Shape(5, 3));
            LayerSequence releasing = new LayerSequence();
            layers.forEach(releasing::add);
            ParameterStore store = new ParameterStore(model, false);
            try (NDManager step = model.newSubManager()) {
                NDArray input = step.randomNormal(new Shape(5, 3));
                float[] expected = plain.forward(store, new NDList(input), true).singletonOrThrow().toFloatArray();
                float[] gradients = gradients(plain, store, input);
                int before = step.getManagedArrays().size();
                NDArray output = releasing.forward(store, new NDList(input), true).singletonOrThrow();
                assertEquals(before + 1, step.getManagedArrays().size(), "only the output is left on the step's manager");
                assertArrayEquals(expected, output.toFloatArray());
                assertArrayEquals(gradients, gradients(releasing, store, input), "the engine's graph kept what backward needs");
            }
        }
    }

    /** The first parameter's gradient of the output's sum, from zero (the engine accumulates gradients). */
    private static float[] gradients(Block network, ParameterStore store, NDArray input) {
        network.getParameters().forEach(pair -> {
            if (pair.getValue().getArray().hasGradient()) {
                pair.getValue().getArray().getGradient().muli(0);
            }
        });
        try (GradientCollector collector = input.getManager().getEngine().newGradientCollector()) {
            collector.backward(network.forward(store, new NDList(input), true).singletonOrThrow().sum());
        }
        NDArray first = network.getParameters().valueAt(0).getArray();
        return first.getGradient().toFloatArray();
    }
}
