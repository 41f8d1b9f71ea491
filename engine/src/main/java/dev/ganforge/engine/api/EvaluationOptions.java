package dev.ganforge.engine.api;

import dev.ganforge.spec.PluginRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * What {@link Run#evaluate(EvaluationOptions)} measures: which checkpoint, with which metrics,
 * on how many samples. Immutable; made by {@link #builder()}:
 *
 * <pre>{@code
 * EvaluationOptions baseline = EvaluationOptions.builder()
 *         .optStep(0)                                    // the untrained generator
 *         .addMetric(PluginRef.of("classifier-fid"))     // instead of the spec's training.metrics
 *         .optSamples(2000)
 *         .build();
 * }</pre>
 */
public final class EvaluationOptions {

    private final Long step;
    private final List<PluginRef> metrics;
    private final Integer samples;
    private final Consumer<String> notes;

    private EvaluationOptions(Builder builder) {
        this.step = builder.step;
        this.metrics = List.copyOf(builder.metrics);
        this.samples = builder.samples;
        this.notes = builder.notes;
    }

    /** A builder; every option is optional. */
    public static Builder builder() {
        return new Builder();
    }

    /** The spec's metrics of the latest checkpoint, with their own sample counts. */
    public static EvaluationOptions defaults() {
        return builder().build();
    }

    /** The step of the checkpoint to evaluate, or {@code null} for the latest. */
    Long step() {
        return step;
    }

    List<PluginRef> metrics() {
        return metrics;
    }

    /** The generated samples per metric, or {@code null} for each metric's own. */
    Integer samples() {
        return samples;
    }

    Consumer<String> notes() {
        return notes;
    }

    /** Builds {@link EvaluationOptions}. */
    public static final class Builder {

        private Long step;
        private final List<PluginRef> metrics = new ArrayList<>();
        private Integer samples;
        private Consumer<String> notes = LoggerFactory.getLogger(EvaluationOptions.class)::info;

        private Builder() {}

        /**
         * Evaluates the checkpoint of {@code step}; 0 is the untrained generator, as the run's seed
         * initialises it: the baseline a trained one compares with. Default: the latest checkpoint.
         */
        public Builder optStep(long step) {
            this.step = step;
            return this;
        }

        /**
         * Computes the metric plugin {@code metric} (e.g. {@code PluginRef.of("classifier-fid")})
         * instead of the spec's {@code training.metrics}; repeatable. Default: the spec's.
         */
        public Builder addMetric(PluginRef metric) {
            metrics.add(Objects.requireNonNull(metric, "metric"));
            return this;
        }

        /**
         * Generates {@code samples} samples for each metric that has a {@code samples} parameter.
         * Default: each metric's own setting.
         */
        public Builder optSamples(int samples) {
            this.samples = samples;
            return this;
        }

        /**
         * Where a metric says what takes it long, such as training its classifier the first time
         * on a dataset. Default: the SLF4J logger {@code dev.ganforge.engine.api.EvaluationOptions} at INFO.
         */
        public Builder optNotes(Consumer<String> notes) {
            this.notes = Objects.requireNonNull(notes, "notes");
            return this;
        }

        /**
         * The options.
         *
         * @throws IllegalArgumentException if the step is negative or the samples fewer than 2
         */
        public EvaluationOptions build() {
            if (step != null && step < 0) {
                throw new IllegalArgumentException("the step must be 0 or more, found " + step);
            }
            if (samples != null && samples < 2) {
                throw new IllegalArgumentException("the samples must be at least 2, found " + samples);
            }
            return new EvaluationOptions(this);
        }
    }
}
