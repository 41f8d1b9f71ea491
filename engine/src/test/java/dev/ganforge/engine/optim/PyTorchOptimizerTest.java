package dev.ganforge.engine.optim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.ParameterList;
import dev.ganforge.engine.backend.EngineSupport;
import dev.ganforge.spec.TrainingEngine;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every optimiser against {@code torch.optim}: replays the gradients of each PyTorch trajectory
 * and compares the parameters after each of its steps. Adam runs both through the engine's
 * fused operator and through plain arithmetic.
 */
class PyTorchOptimizerTest {

    private static final double RELATIVE = 1e-6;
    /**
     * The fused Adam operator evaluates a rearranged formula (see {@link AdamOptimizer}); its
     * float rounding differs from PyTorch's by up to about 1e-6 relative after 5 steps at lr 0.1.
     */
    private static final double RELATIVE_FUSED = 2e-6;
    /** Floor for the relative comparison, for entries that are (nearly) zero. */
    private static final double ABSOLUTE = 1e-7;

    /** The engine the cases run on: PyTorch here, MXNet in engine-mxnet's subclass. */
    TrainingEngine engine() {
        return TrainingEngine.PYTORCH;
    }

    static Stream<Arguments> cases() {
        return OptimizerFixtures.cases().stream().flatMap(name -> name.startsWith("adam")
                ? Stream.of(Arguments.of(name, true), Arguments.of(name, false))
                : Stream.of(Arguments.of(name, false)));
    }

    @ParameterizedTest(name = "{0} fused={1}")
    @MethodSource("cases")
    void matchesPyTorch(String name, boolean fused) {
        Map<String, Object> fixture = OptimizerFixtures.read(name);
        List<Map<String, Object>> gradients = OptimizerFixtures.castList(fixture.get("gradients"));
        List<Map<String, Object>> after = OptimizerFixtures.castList(fixture.get("after"));
        try (NDManager manager = EngineSupport.of(engine()).newManager();
                GanOptimizer optimizer = OptimizerFixtures.optimizer(fixture, fused)) {
            ParameterList parameters = OptimizerFixtures.parameters(manager, fixture);
            for (int step = 0; step < gradients.size(); step++) {
                OptimizerFixtures.setGradients(manager, parameters, gradients.get(step));
                optimizer.step(parameters);
                for (String parameter : List.of("weight", "bias")) {
                    assertClose(OptimizerFixtures.tensor(manager, after.get(step).get(parameter)),
                            parameters.get(parameter).getArray(), fused ? RELATIVE_FUSED : RELATIVE,
                            name + " step " + (step + 1) + " " + parameter);
                }
            }
        }
    }

    static void assertClose(NDArray expected, NDArray actual, double relative, String what) {
        float[] e = expected.toFloatArray();
        float[] a = actual.toFloatArray();
        assertTrue(e.length == a.length, what + ": size " + a.length + ", expected " + e.length);
        double worst = 0;
        for (int i = 0; i < e.length; i++) {
            double error = Math.abs(e[i] - a[i]) / Math.max(Math.abs(e[i]), ABSOLUTE / RELATIVE);
            worst = Math.max(worst, error);
        }
        assertTrue(worst <= relative, what + ": worst relative error " + worst);
    }
}
