package dev.ganforge.engine.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.ParameterList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every optimiser promises besides its formula: exact resume, zeroed gradients, frozen
 * parameters left alone, no memory growth. */
class GanOptimizerBehaviourTest {

    /** One configuration of each optimiser with every slot in use. */
    static Stream<Arguments> optimizers() {
        return Stream.of(
                Arguments.of("adam fused", (Supplier<GanOptimizer>) () ->
                        AdamOptimizer.builder().optLearningRate(0.01).optBeta1(0.5).optWeightDecay(0.01)
                                .optFusedUpdate(true).build()),
                Arguments.of("adam plain", (Supplier<GanOptimizer>) () -> AdamOptimizer.builder()
                        .optLearningRate(0.01).optWeightDecay(0.01).build()),
                Arguments.of("rmsprop", (Supplier<GanOptimizer>) () -> RmsPropOptimizer.builder()
                        .optMomentum(0.9).optCentered(true).optWeightDecay(0.01).build()),
                Arguments.of("sgd", (Supplier<GanOptimizer>) () -> SgdOptimizer.builder()
                        .optLearningRate(0.01).optMomentum(0.9).optNesterov(true).build()));
    }

    private static final Map<String, Object> FIXTURE = OptimizerFixtures.read("adam_default");
    private static final List<Map<String, Object>> GRADIENTS =
            OptimizerFixtures.castList(FIXTURE.get("gradients"));

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void exportedStateResumesExactly(String name, Supplier<GanOptimizer> factory) {
        try (NDManager manager = NDManager.newBaseManager();
                GanOptimizer uninterrupted = factory.get();
                GanOptimizer first = factory.get();
                GanOptimizer resumed = factory.get()) {
            ParameterList reference = OptimizerFixtures.parameters(manager, FIXTURE);
            ParameterList interrupted = OptimizerFixtures.parameters(manager, FIXTURE);
            for (int step = 0; step < 2; step++) {
                OptimizerFixtures.setGradients(manager, reference, GRADIENTS.get(step));
                uninterrupted.step(reference);
                OptimizerFixtures.setGradients(manager, interrupted, GRADIENTS.get(step));
                first.step(interrupted);
            }
            try (NDManager checkpoint = manager.newSubManager()) {
                Map<String, NDArray> state = first.state(checkpoint);
                assertEquals(2L, state.get("weight/step").getLong(), "per-parameter update count");
                resumed.loadState(state, first.stepCount());
            }
            first.close();
            assertEquals(2, resumed.stepCount());
            for (int step = 2; step < GRADIENTS.size(); step++) {
                OptimizerFixtures.setGradients(manager, reference, GRADIENTS.get(step));
                uninterrupted.step(reference);
                OptimizerFixtures.setGradients(manager, interrupted, GRADIENTS.get(step));
                resumed.step(interrupted);
                for (String parameter : List.of("weight", "bias")) {
                    assertArrayEquals(reference.get(parameter).getArray().toFloatArray(),
                            interrupted.get(parameter).getArray().toFloatArray(),
                            name + ": resumed " + parameter + " after step " + (step + 1));
                }
            }
            assertEquals(GRADIENTS.size(), resumed.stepCount());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void gradientsAreZeroAfterAStep(String name, Supplier<GanOptimizer> factory) {
        try (NDManager manager = NDManager.newBaseManager(); GanOptimizer optimizer = factory.get()) {
            ParameterList parameters = OptimizerFixtures.parameters(manager, FIXTURE);
            OptimizerFixtures.setGradients(manager, parameters, GRADIENTS.get(0));
            optimizer.step(parameters);
            for (String parameter : List.of("weight", "bias")) {
                try (NDArray gradient = parameters.get(parameter).getArray().getGradient()) {
                    assertArrayEquals(new float[(int) gradient.size()], gradient.toFloatArray(), name + " " + parameter);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void frozenParameterIsUntouched(String name, Supplier<GanOptimizer> factory) {
        try (NDManager manager = NDManager.newBaseManager(); GanOptimizer optimizer = factory.get()) {
            ParameterList parameters = OptimizerFixtures.parameters(manager, FIXTURE);
            OptimizerFixtures.setGradients(manager, parameters, GRADIENTS.get(0));
            parameters.get("bias").freeze(true);
            float[] before = parameters.get("bias").getArray().toFloatArray();
            float[] weightBefore = parameters.get("weight").getArray().toFloatArray();
            optimizer.step(parameters);
            assertArrayEquals(before, parameters.get("bias").getArray().toFloatArray(), name);
            try (NDManager checkpoint = manager.newSubManager()) {
                Map<String, NDArray> state = optimizer.state(checkpoint);
                assertEquals(false, state.keySet().stream().anyMatch(k -> k.startsWith("bias/")),
                        "no state for a frozen parameter: " + state.keySet());
            }
            assertEquals(false, java.util.Arrays.equals(weightBefore,
                    parameters.get("weight").getArray().toFloatArray()), "the other parameter moved");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void stepsLeaveNoArraysBehind(String name, Supplier<GanOptimizer> factory) {
        try (NDManager manager = NDManager.newBaseManager(); GanOptimizer optimizer = factory.get()) {
            ParameterList parameters = OptimizerFixtures.parameters(manager, FIXTURE);
            OptimizerFixtures.setGradients(manager, parameters, GRADIENTS.get(0));
            optimizer.step(parameters); // creates every slot
            int modelArrays = manager.getManagedArrays().size();
            int optimizerArrays = ((AbstractGanOptimizer) optimizer).managedArrayCount();
            for (int step = 0; step < 100; step++) {
                OptimizerFixtures.setGradients(manager, parameters, GRADIENTS.get(step % GRADIENTS.size()));
                optimizer.step(parameters);
            }
            assertEquals(modelArrays, manager.getManagedArrays().size(), name + ": arrays on the parameters' manager");
            assertEquals(optimizerArrays, ((AbstractGanOptimizer) optimizer).managedArrayCount(),
                    name + ": arrays on the optimiser's manager");
        }
    }

    @Test
    void malformedStateKeyIsRejected() {
        try (NDManager manager = NDManager.newBaseManager(); GanOptimizer optimizer = AdamOptimizer.builder().build()) {
            Map<String, NDArray> state = Map.of("no-separator", manager.zeros(new ai.djl.ndarray.types.Shape(3)));
            assertThrows(IllegalArgumentException.class, () -> optimizer.loadState(state, 1));
        }
    }

    @Test
    void invalidOptionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> AdamOptimizer.builder().optBeta1(1.0).build());
        assertThrows(IllegalArgumentException.class, () -> RmsPropOptimizer.builder().optLearningRate(0).build());
        assertThrows(IllegalArgumentException.class, () -> SgdOptimizer.builder().optNesterov(true).build());
    }
}
