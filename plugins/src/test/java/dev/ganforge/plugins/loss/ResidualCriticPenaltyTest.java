package dev.ganforge.plugins.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import dev.ganforge.dsl.Layer;
import dev.ganforge.dsl.Layers;
import dev.ganforge.engine.backend.EngineSupport;
import dev.ganforge.engine.compile.PyTorchFixtures;
import dev.ganforge.engine.compile.BlockCompiler;
import dev.ganforge.engine.compile.InputGradients;
import dev.ganforge.engine.loss.CriticPenalty;
import dev.ganforge.spec.TrainingEngine;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * WGAN-GP's penalty on a critic with a residual block, against PyTorch: SNGAN's down-sampling
 * critic block (relu, conv 3×3, relu, conv 3×3, avg-pool 2; shortcut conv 1×1, avg-pool 2;
 * Miyato et al. 2018), global sum pooling and a dense score. The fixture
 * {@code penalty/residual_critic.json} holds the critic's weights, the points, and PyTorch's
 * scores, input gradient, penalty and penalty gradient with respect to every parameter
 * ({@code torch.autograd.grad(create_graph=True)}); it is written by
 * {@code plugins/src/test/python/make_penalty_fixtures.py}.
 */
class ResidualCriticPenaltyTest {


    /** The engine the case runs on: PyTorch here, MXNet in engine-mxnet's subclass. */
    TrainingEngine engine() {
        return TrainingEngine.PYTORCH;
    }

    /** The critic of the fixture's {@code critic} entry, written with the DSL. */
    static List<Layer> critic() {
        Layer residual = Layers.block("residual")
                .withBlocks("body", Layers.relu(), Layers.conv(3).optKernel(3).optPadding(1), Layers.relu(),
                        Layers.conv(3).optKernel(3).optPadding(1), Layers.block("avg-pool").with("size", 2))
                .withBlocks("shortcut", Layers.conv(3).optKernel(1).optPadding(0), Layers.block("avg-pool").with("size", 2));
        return List.of(residual, Layers.block("global-sum-pool"), Layers.dense(1));
    }

    @Test
    void penaltyAndItsGradientOnAResidualCriticMatchPyTorch() throws IOException {
        Map<String, Object> fixture = read("residual_critic.json");
        try (NDManager manager = EngineSupport.of(engine()).newManager()) {
            NDArray points = PyTorchFixtures.tensor(manager, fixture.get("points"));
            SequentialBlock critic = new SequentialBlock();
            critic().forEach(layer -> critic.add(BlockCompiler.compile(layer.toBlocks().get(0))));
            critic.initialize(manager, DataType.FLOAT32, points.getShape());
            List<Parameter> parameters = critic.getParameters().values();
            List<Map<String, Object>> expectedParameters = PyTorchFixtures.maps(fixture.get("parameters"));
            assertEquals(expectedParameters.size(), parameters.size(), "parameter count");
            for (int i = 0; i < parameters.size(); i++) {
                NDArray value = PyTorchFixtures.tensor(manager, expectedParameters.get(i));
                assertEquals(value.getShape(), parameters.get(i).getArray().getShape(),
                        "shape of " + expectedParameters.get(i).get("name"));
                parameters.get(i).getArray().set(value.toFloatArray());
            }
            ParameterStore store = new ParameterStore(manager, false);
            CriticPenalty.Critic view = samples -> {
                InputGradients.Traced traced = InputGradients.forward(critic, store, samples, true);
                return new NDArray[] {traced.output(), traced.backward().apply(traced.output().onesLike())};
            };

            // The scores and the input gradient first: a difference there lies in a block's forward
            // pass or its hand-built input gradient, not in the penalty.
            NDArray[] scoresAndGradient = view.scoresAndInputGradient(points);
            PyTorchFixtures.assertClose(PyTorchFixtures.tensor(manager, fixture.get("scores")), scoresAndGradient[0], "scores");
            PyTorchFixtures.assertClose(PyTorchFixtures.tensor(manager, fixture.get("input_gradient")), scoresAndGradient[1], "input gradient");

            // The penalty interpolates between real and generated samples with weights drawn by the
            // engine; with the fixture's points as both, every interpolate is those points.
            GradientPenalty penalty = new GradientPenalty(((Number) fixture.get("lambda")).doubleValue());
            try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
                NDArray value = penalty.penalty(view, points, points);
                PyTorchFixtures.assertClose(PyTorchFixtures.tensor(manager, fixture.get("penalty")), value, "penalty");
                assertTrue(value.getFloat() > 0, "a random critic is not 1-Lipschitz everywhere");
                collector.backward(value);
            }
            Map<String, Object> gradients = PyTorchFixtures.map(fixture.get("gradients"));
            for (int i = 0; i < parameters.size(); i++) {
                String name = (String) expectedParameters.get(i).get("name");
                assertNotNull(gradients.get(name), "the fixture's gradient of " + name);
                PyTorchFixtures.assertClose(PyTorchFixtures.tensor(manager, gradients.get(name)), parameters.get(i).getArray().getGradient(),
                        "penalty gradient of " + name);
            }
        }
    }
    private static Map<String, Object> read(String resource) throws IOException {
        return PyTorchFixtures.read("/penalty/" + resource,
                "run /usr/bin/python3 plugins/src/test/python/make_penalty_fixtures.py (needs Debian's python3-torch)");
    }
}
