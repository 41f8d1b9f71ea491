package dev.ganforge.engine.metric;

import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.spec.PluginRef;
import dev.ganforge.validate.SpecException;
import dev.ganforge.validate.SpecProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics a spec names ({@code training.metrics}), created once and evaluated together: their
 * figures in one map, in the spec's order.
 */
public final class MetricSet implements AutoCloseable {

    private final List<PluginRef> refs;
    private final List<GanMetric> metrics;

    private MetricSet(List<PluginRef> refs, List<GanMetric> metrics) {
        this.refs = List.copyOf(refs);
        this.metrics = metrics;
    }

    /** Creates the metric plugins {@code refs} name. */
    public static MetricSet create(PluginRegistry registry, List<PluginRef> refs) {
        List<GanMetric> metrics = new ArrayList<>();
        for (PluginRef ref : refs) {
            metrics.add(registry.create(PluginFamily.METRIC, ref, GanMetric.class));
        }
        return new MetricSet(refs, metrics);
    }

    /** Whether there is nothing to evaluate. */
    public boolean isEmpty() {
        return metrics.isEmpty();
    }

    /**
     * Checks that every metric can evaluate a GAN of {@code dataset}.
     *
     * @param source what the spec came from, for the message
     * @throws SpecException naming each metric that cannot ({@code training.metrics[i]}) and why
     */
    public void requireUsable(GanDataset dataset, boolean conditional, String source) {
        List<SpecProblem> problems = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            try {
                metrics.get(i).requireUsable(dataset, conditional);
            } catch (IllegalArgumentException unusable) {
                problems.add(SpecProblem.at("training.metrics[" + i + "]",
                        refs.get(i).type() + ": " + unusable.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new SpecException(source, problems);
        }
    }

    /**
     * Evaluates every metric. A figure whose name an earlier metric already reported (two metrics
     * of the same kind) is prefixed with its metric's place, e.g. {@code metrics[1].fid}.
     */
    public Map<String, Double> evaluate(Evaluation evaluation) throws IOException {
        Map<String, Double> figures = new LinkedHashMap<>();
        for (int i = 0; i < metrics.size(); i++) {
            for (Map.Entry<String, Double> figure : metrics.get(i).evaluate(evaluation).entrySet()) {
                String name = figures.containsKey(figure.getKey()) ? "metrics[" + i + "]." + figure.getKey() : figure.getKey();
                figures.put(name, figure.getValue());
            }
        }
        return figures;
    }

    @Override
    public void close() {
        metrics.forEach(GanMetric::close);
    }
}
