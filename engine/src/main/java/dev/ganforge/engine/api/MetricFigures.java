package dev.ganforge.engine.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of an evaluation ({@link Run#evaluate(EvaluationOptions)}): what the metrics
 * measured of the generator of one step.
 *
 * @param step the step of the checkpoint evaluated; 0 is the untrained generator
 * @param values each figure by name, e.g. {@code fid} and {@code classifier-accuracy} for
 *     {@code classifier-fid}, in the order the metrics report them
 */
public record MetricFigures(long step, Map<String, Double> values) {

    /** Copies the figures, keeping their order, so that they never change. */
    public MetricFigures {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(values, "values")));
    }

    /**
     * The figure called {@code name}.
     *
     * @throws IllegalArgumentException if the metrics reported no such figure (the message lists those they did)
     */
    public double value(String name) {
        Double value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no figure '" + name + "'; the metrics reported " + values.keySet());
        }
        return value;
    }
}
