package dev.ganforge.engine.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import dev.ganforge.block.BlockCatalog;
import dev.ganforge.engine.backend.EngineCapability;
import dev.ganforge.engine.backend.EngineSupport;
import dev.ganforge.spec.TrainingEngine;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every block against PyTorch: the fixtures under {@code fixtures/} were produced once by
 * {@code engine/src/test/python/make_fixtures.py} with PyTorch's own modules; each holds the
 * parameters, an input, the output, and the gradients of {@code sum(output · upstream)}. A case
 * with a class-conditional block also holds its classes and the labels, given beside the input.
 *
 * <p>Runs on the engine of {@link #engine()}: PyTorch here; engine-mxnet's
 * {@code MxnetReferenceTest} runs the same cases on MXNet, so that both engines agree with
 * PyTorch's numbers on the same weights.
 */
class PyTorchReferenceTest {

    /** The kinds whose running variance the MXNet check can work out from the fixture. */
    private static final Set<String> BATCH_NORMS = Set.of("batch-norm", "conditional-batch-norm");

    /** The engine the cases run on. */
    TrainingEngine engine() {
        return TrainingEngine.PYTORCH;
    }

    static Stream<String> cases() throws IOException {
        Map<String, Object> index = read("index.json");
        return ((List<?>) index.get("cases")).stream().map(String::valueOf);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void blockMatchesPyTorch(String name) throws IOException {
        Map<String, Object> fixture = read(name + ".json");
        boolean training = Boolean.TRUE.equals(fixture.get("training"));
        try (NDManager manager = EngineSupport.of(engine()).newManager()) {
            manager.getEngine().setRandomSeed(1);
            int classes = fixture.containsKey("classes") ? ((Number) fixture.get("classes")).intValue() : 0;
            Block block = new BlockCompiler(BlockCatalog.installed(), classes)
                    .compileBlock(FixtureBlocks.block(PyTorchFixtures.map(fixture.get("block"))));
            NDArray input = PyTorchFixtures.tensor(manager, fixture.get("input"));
            NDArray labels = classes > 0 ? PyTorchFixtures.tensor(manager, fixture.get("labels")).toType(DataType.INT32, false)
                    : null;
            assertEquals(classes > 0, LabelConsumer.consumes(block), "takes the labels");
            block.initialize(manager, DataType.FLOAT32, LabelConsumer.shapes(block, input.getShape(),
                    labels == null ? null : labels.getShape()));
            List<Parameter> parameters = block.getParameters().values();
            List<Map<String, Object>> expectedParameters = PyTorchFixtures.maps(fixture.get("parameters"));
            assertEquals(expectedParameters.size(), parameters.size(), "parameter count");
            for (int i = 0; i < parameters.size(); i++) {
                NDArray value = PyTorchFixtures.tensor(manager, expectedParameters.get(i));
                assertEquals(value.getShape(), parameters.get(i).getArray().getShape(),
                        "shape of " + expectedParameters.get(i).get("name"));
                parameters.get(i).getArray().set(value.toFloatArray());
            }

            EngineSupport engine = EngineSupport.of(engine());
            // MXNet has no gradient through batch-norm or dropout in inference mode (EngineCapability).
            boolean differentiable = training || engine.supports(EngineCapability.MODE_INDEPENDENT_OF_COLLECTOR);
            Map<String, Object> gradients = differentiable ? PyTorchFixtures.map(fixture.get("gradients")) : null;
            input.setRequiresGradient(gradients != null);
            ParameterStore store = new ParameterStore(manager, false);
            if (differentiable) {
                try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
                    NDArray output = block.forward(store, LabelConsumer.inputs(block, input, labels), training)
                            .singletonOrThrow();
                    PyTorchFixtures.assertClose(PyTorchFixtures.tensor(manager, fixture.get("output")), output, "output");
                    if (gradients != null) {
                        collector.backward(output.mul(PyTorchFixtures.tensor(manager, fixture.get("upstream"))).sum());
                    }
                }
            } else {
                NDArray output = block.forward(store, LabelConsumer.inputs(block, input, labels), training)
                        .singletonOrThrow();
                PyTorchFixtures.assertClose(PyTorchFixtures.tensor(manager, fixture.get("output")), output, "output");
            }
            if (gradients != null) {
                PyTorchFixtures.assertClose(PyTorchFixtures.tensor(manager, gradients.get("input")), input.getGradient(), "input gradient");
                for (int i = 0; i < parameters.size(); i++) {
                    String parameterName = (String) expectedParameters.get(i).get("name");
                    if (gradients.containsKey(parameterName)) {
                        PyTorchFixtures.assertClose(PyTorchFixtures.tensor(manager, gradients.get(parameterName)),
                                parameters.get(i).getArray().getGradient(), parameterName + " gradient");
                    }
                }
            }
            if (fixture.containsKey("running_after")) {
                for (Map<String, Object> running : PyTorchFixtures.maps(fixture.get("running_after"))) {
                    String runningName = (String) running.get("name");
                    int position = indexOf(expectedParameters, runningName);
                    NDArray expected = PyTorchFixtures.tensor(manager, running);
                    if (runningName.endsWith("running_var") && !engine.supports(EngineCapability.UNBIASED_RUNNING_VARIANCE)) {
                        if (!BATCH_NORMS.contains(PyTorchFixtures.map(fixture.get("block")).get("kind"))) {
                            continue; // inside a composite block the count per channel is not in the fixture
                        }
                        expected = biasedRunningVariance(fixture, PyTorchFixtures.tensor(manager, expectedParameters.get(position)),
                                expected, input.getShape());
                    }
                    PyTorchFixtures.assertClose(expected, parameters.get(position).getArray(), runningName + " after");
                }
            }
        }
    }

    /**
     * The running variance an engine that updates it with the biased batch variance keeps,
     * from PyTorch's (unbiased) one: {@code m·before + (1 − m)·v·(N − 1)/N}, where PyTorch's is
     * {@code m·before + (1 − m)·v} and N is the number of values per channel.
     */
    private static NDArray biasedRunningVariance(Map<String, Object> fixture, NDArray before, NDArray pyTorchAfter,
            Shape inputShape) {
        double momentum = ((Number) PyTorchFixtures.map(fixture.get("block")).get("momentum")).doubleValue();
        double perChannel = (double) inputShape.size() / inputShape.get(1);
        NDArray unbiased = pyTorchAfter.sub(before.mul(momentum)).div(1 - momentum);
        return before.mul(momentum).add(unbiased.mul((1 - momentum) * (perChannel - 1) / perChannel));
    }

    private static int indexOf(List<Map<String, Object>> parameters, String name) {
        for (int i = 0; i < parameters.size(); i++) {
            if (name.equals(parameters.get(i).get("name"))) {
                return i;
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    private static Map<String, Object> read(String resource) throws IOException {
        return PyTorchFixtures.read("/fixtures/" + resource, "run /usr/bin/python3 engine/src/test/python/make_fixtures.py");
    }
}
