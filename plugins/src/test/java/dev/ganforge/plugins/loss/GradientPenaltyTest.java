package dev.ganforge.plugins.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import dev.ganforge.dsl.Layer;
import dev.ganforge.dsl.Layers;
import dev.ganforge.engine.backend.EngineSupport;
import dev.ganforge.engine.compile.BlockCompiler;
import dev.ganforge.engine.compile.InputGradients;
import dev.ganforge.engine.loss.CriticPenalty;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.TrainingEngine;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gradient penalty's gradient with respect to the critic's parameters (a second derivative
 * of the critic) against central finite differences, in float64.
 */
class GradientPenaltyTest {

    /** The engine the cases run on: PyTorch here, MXNet in engine-mxnet's subclass. */
    TrainingEngine engine() {
        return TrainingEngine.PYTORCH;
    }

    static Stream<Arguments> critics() {
        return Stream.of(
                Arguments.of("MLP, tanh", List.of(Layers.dense(6).optActivation(Activation.tanh()),
                        Layers.dense(6).optActivation(Activation.tanh()), Layers.dense(1)), new Shape(4, 3)),
                Arguments.of("conv, sigmoid", List.of(Layers.conv(3).optKernel(3).optStride(2).optActivation(Activation.sigmoid()),
                        Layers.flatten(), Layers.dense(1)), new Shape(3, 2, 5, 5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("critics")
    void penaltyGradientMatchesFiniteDifferences(String name, List<Layer> layers, Shape shape) {
        try (NDManager manager = EngineSupport.of(engine()).newManager()) {
            manager.getEngine().setRandomSeed(11);
            SequentialBlock critic = new SequentialBlock();
            layers.forEach(layer -> critic.add(BlockCompiler.compile(layer.toBlocks().get(0))));
            critic.initialize(manager, DataType.FLOAT64, shape);
            ParameterStore store = new ParameterStore(manager, false);
            NDArray real = manager.randomNormal(0, 1, shape, DataType.FLOAT64);
            NDArray fake = manager.randomNormal(0, 1, shape, DataType.FLOAT64);
            GradientPenalty penalty = new GradientPenalty(10);
            CriticPenalty.Critic view = samples -> {
                InputGradients.Traced traced = InputGradients.forward(critic, store, samples, true);
                return new NDArray[] {traced.output(), traced.backward().apply(traced.output().onesLike())};
            };

            manager.getEngine().setRandomSeed(3);
            try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
                NDArray value = penalty.penalty(view, real, fake);
                assertTrue(value.getDouble() > 0, "a random critic is not 1-Lipschitz everywhere");
                collector.backward(value);
            }
            assertEquals(DataType.FLOAT64, critic.getParameters().valueAt(0).getArray().getDataType(), "parameters in float64");
            double step = 1e-6;
            int checked = 0;
            for (Parameter parameter : critic.getParameters().values()) {
                NDArray array = parameter.getArray();
                // The last bias does not reach the input gradient: DJL reports its missing gradient as float32 zeros.
                NDArray grad = array.getGradient();
                double[] analytic = grad.toType(DataType.FLOAT64, false).toDoubleArray();
                double[] values = array.toDoubleArray();
                for (int i = 0; i < values.length; i += Math.max(1, values.length / 4)) {
                    double[] shifted = values.clone();
                    shifted[i] = values[i] + step;
                    double up = evaluate(penalty, view, real, fake, array, shifted);
                    shifted[i] = values[i] - step;
                    double down = evaluate(penalty, view, real, fake, array, shifted);
                    array.set(values);
                    double numeric = (up - down) / (2 * step);
                    assertEquals(numeric, analytic[i], 1e-6 * Math.max(1, Math.abs(numeric)),
                            name + " " + parameter.getName() + "[" + i + "]");
                    checked++;
                }
            }
            assertTrue(checked >= 8, "checked " + checked + " entries");
        }
    }

    private static double evaluate(GradientPenalty penalty, CriticPenalty.Critic critic, NDArray real, NDArray fake,
            NDArray parameter, double[] values) {
        parameter.set(values);
        parameter.getManager().getEngine().setRandomSeed(3);
        return penalty.penalty(critic, real, fake).getDouble();
    }
}
