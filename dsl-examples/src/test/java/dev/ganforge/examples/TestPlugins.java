package dev.ganforge.examples;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.data.DatasetSource;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.metric.Evaluation;
import dev.ganforge.engine.metric.GanMetric;
import dev.ganforge.engine.plugin.ParameterSpec;
import dev.ganforge.engine.plugin.PluginDescriptor;
import dev.ganforge.engine.plugin.PluginFactory;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginModule;
import dev.ganforge.plugins.metric.Stripes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Plugins only the tests install: the tiny labelled image dataset {@code test-stripes} (1×8×8,
 * two classes, train and test splits) and the cheap metric {@code generated-mean}, so that runs
 * with evaluation train in a second.
 */
public final class TestPlugins extends PluginModule {

    /** The names {@code ganforge plugins} lists for these, by family. */
    static final Map<String, String> NAMES = Map.of("dataset", "test-stripes", "metric", "generated-mean");

    @Override
    protected void configure() {
        register(PluginFactory.<DatasetSource>of(PluginDescriptor.of(PluginFamily.DATASET, "test-stripes",
                "tests only: 1x8x8 horizontal (0) or vertical (1) stripes with noise"), parameters -> data -> new Stripes()));
        register(PluginFactory.<GanMetric>of(PluginDescriptor.of(PluginFamily.METRIC, "generated-mean",
                        "tests only: the mean and the spread of the generated values",
                        ParameterSpec.integer("samples", 100, "generated samples"),
                        ParameterSpec.bool("refuse", false, "refuse every dataset, to test the refusal")),
                parameters -> new GeneratedMean(parameters.integer("samples"), parameters.bool("refuse"))));
    }

    private record GeneratedMean(int samples, boolean refuse) implements GanMetric {
        @Override
        public void requireUsable(GanDataset dataset, boolean conditional) {
            if (refuse) {
                throw new IllegalArgumentException("refused, as asked (refuse: true)");
            }
        }

        @Override
        public Map<String, Double> evaluate(Evaluation evaluation) {
            try (NDManager manager = NDManager.newBaseManager()) {
                NDArray generated = evaluation.sampler().generate(manager, samples, evaluation.seed(), null);
                Map<String, Double> figures = new LinkedHashMap<>();
                figures.put("mean", generated.mean().getFloat() * 1.0);
                figures.put("spread", Math.sqrt(generated.sub(generated.mean()).square().mean().getFloat()));
                return figures;
            }
        }
    }
}
