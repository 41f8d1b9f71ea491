package dev.ganforge.engine.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.ParameterList;
import ai.djl.training.GradientCollector;
import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads the PyTorch trajectories under {@code optimizer-fixtures/} (written by
 * {@code engine/src/test/python/make_optimizer_fixtures.py}) and builds what the tests need
 * from them: parameters, gradients, and the optimiser a case describes.
 */
final class OptimizerFixtures {

    private static final Gson GSON = new Gson();

    private OptimizerFixtures() {}

    static List<String> cases() {
        Map<String, Object> index = read("index");
        List<?> names = (List<?>) index.get("cases");
        return names.stream().map(String::valueOf).toList();
    }

    static Map<String, Object> read(String name) {
        String resource = "/optimizer-fixtures/" + name + ".json";
        try (InputStream in = OptimizerFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return GSON.fromJson(reader, new TypeToken<Map<String, Object>>() {}.getType());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The optimiser of a case, built from its torch keyword arguments. */
    static GanOptimizer optimizer(Map<String, Object> fixture, boolean fused) {
        Map<String, Object> options = cast(fixture.get("options"));
        String kind = (String) fixture.get("optimizer");
        if ("adam".equals(kind)) {
            AdamOptimizer.Builder builder = AdamOptimizer.builder().optFusedUpdate(fused);
            if (options.containsKey("lr")) {
                builder.optLearningRate(number(options, "lr"));
            }
            if (options.containsKey("betas")) {
                List<?> betas = (List<?>) options.get("betas");
                builder.optBeta1(((Number) betas.get(0)).doubleValue());
                builder.optBeta2(((Number) betas.get(1)).doubleValue());
            }
            if (options.containsKey("eps")) {
                builder.optEpsilon(number(options, "eps"));
            }
            if (options.containsKey("weight_decay")) {
                builder.optWeightDecay(number(options, "weight_decay"));
            }
            return builder.build();
        }
        if ("rmsprop".equals(kind)) {
            RmsPropOptimizer.Builder builder = RmsPropOptimizer.builder();
            if (options.containsKey("lr")) {
                builder.optLearningRate(number(options, "lr"));
            }
            if (options.containsKey("alpha")) {
                builder.optAlpha(number(options, "alpha"));
            }
            if (options.containsKey("eps")) {
                builder.optEpsilon(number(options, "eps"));
            }
            if (options.containsKey("weight_decay")) {
                builder.optWeightDecay(number(options, "weight_decay"));
            }
            if (options.containsKey("momentum")) {
                builder.optMomentum(number(options, "momentum"));
            }
            builder.optCentered(Boolean.TRUE.equals(options.get("centered")));
            return builder.build();
        }
        if ("sgd".equals(kind)) {
            SgdOptimizer.Builder builder = SgdOptimizer.builder().optLearningRate(number(options, "lr"));
            if (options.containsKey("momentum")) {
                builder.optMomentum(number(options, "momentum"));
            }
            if (options.containsKey("dampening")) {
                builder.optDampening(number(options, "dampening"));
            }
            if (options.containsKey("weight_decay")) {
                builder.optWeightDecay(number(options, "weight_decay"));
            }
            builder.optNesterov(Boolean.TRUE.equals(options.get("nesterov")));
            return builder.build();
        }
        throw new IllegalArgumentException("unknown optimizer " + kind);
    }

    /** The case's "weight" and "bias" parameters, at their initial values, wanting gradients. */
    static ParameterList parameters(NDManager manager, Map<String, Object> fixture) {
        Map<String, Object> initial = cast(fixture.get("initial"));
        ParameterList parameters = new ParameterList();
        for (String name : List.of("weight", "bias")) {
            Parameter parameter = Parameter.builder()
                    .setName(name)
                    .setType("weight".equals(name) ? Parameter.Type.WEIGHT : Parameter.Type.BIAS)
                    .build();
            NDArray array = tensor(manager, initial.get(name));
            array.setRequiresGradient(true);
            parameter.setArray(array);
            parameters.add(name, parameter);
        }
        return parameters;
    }

    /**
     * Makes each parameter's gradient {@code gradients[name]} by back-propagating
     * {@code Σ param · g}; the products live on a manager closed here.
     */
    static void setGradients(NDManager manager, ParameterList parameters, Map<String, Object> gradients) {
        try (NDManager scratch = manager.newSubManager();
                GradientCollector collector = manager.getEngine().newGradientCollector()) {
            NDArray loss = null;
            for (String name : List.of("weight", "bias")) {
                NDArray g = tensor(scratch, gradients.get(name));
                // g first: results are created on the first operand's manager, the scratch one
                NDArray term = g.mul(parameters.get(name).getArray()).sum();
                loss = loss == null ? term : loss.add(term);
            }
            collector.backward(loss);
        }
    }

    static NDArray tensor(NDManager manager, Object json) {
        Map<String, Object> map = cast(json);
        List<?> shape = (List<?>) map.get("shape");
        List<?> data = (List<?>) map.get("data");
        float[] values = new float[data.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = ((Number) data.get(i)).floatValue();
        }
        long[] dims = shape.stream().mapToLong(d -> ((Number) d).longValue()).toArray();
        return manager.create(values, new Shape(dims));
    }

    static double number(Map<String, Object> options, String key) {
        return ((Number) options.get(key)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> castList(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
