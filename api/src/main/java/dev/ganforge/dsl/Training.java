package dev.ganforge.dsl;

import dev.ganforge.spec.PluginRef;
import dev.ganforge.spec.TrainingEngine;
import dev.ganforge.spec.TrainingSpec;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link TrainingSpec}; every setting has the default of {@link TrainingSpec#DEFAULTS}. */
public final class Training {

    private int batchSize = TrainingSpec.DEFAULTS.batchSize();
    private long steps = TrainingSpec.DEFAULTS.steps();
    private long seed = TrainingSpec.DEFAULTS.seed();
    private int sampleEvery = TrainingSpec.DEFAULTS.sampleEvery();
    private int checkpointEvery = TrainingSpec.DEFAULTS.checkpointEvery();
    private final List<PluginRef> strategies = new ArrayList<>();
    private int evaluateEvery = TrainingSpec.DEFAULTS.evaluateEvery();
    private final List<PluginRef> metrics = new ArrayList<>();
    private TrainingEngine engine = TrainingSpec.DEFAULTS.engine();

    private Training() {}

    public static Training builder() {
        return new Training();
    }

    /** Samples per step; defaults to 64. */
    public Training optBatchSize(int batchSize) {
        this.batchSize = batchSize;
        return this;
    }

    /** Generator steps; defaults to 10 000. */
    public Training optSteps(long steps) {
        this.steps = steps;
        return this;
    }

    /** The random seed; defaults to 42. */
    public Training optSeed(long seed) {
        this.seed = seed;
        return this;
    }

    /** A sample grid every this many steps; defaults to 500. */
    public Training optSampleEvery(int sampleEvery) {
        this.sampleEvery = sampleEvery;
        return this;
    }

    /** A checkpoint every this many steps; defaults to 1000. */
    public Training optCheckpointEvery(int checkpointEvery) {
        this.checkpointEvery = checkpointEvery;
        return this;
    }

    /** Appends a training strategy plugin. */
    public Training addStrategy(PluginRef strategy) {
        strategies.add(strategy);
        return this;
    }

    /** Compute the metrics every this many steps and before the first; defaults to 0, never. */
    public Training optEvaluateEvery(int evaluateEvery) {
        this.evaluateEvery = evaluateEvery;
        return this;
    }

    /** Appends a metric plugin, computed at each evaluation, e.g. {@code PluginRef.of("classifier-fid")}. */
    public Training addMetric(PluginRef metric) {
        metrics.add(metric);
        return this;
    }

    /**
     * The DJL engine to train on; defaults to {@link TrainingEngine#PYTORCH}. YAML:
     * {@code training: {engine: mxnet}}.
     */
    public Training optEngine(TrainingEngine engine) {
        this.engine = java.util.Objects.requireNonNull(engine, "engine");
        return this;
    }

    public TrainingSpec build() {
        return new TrainingSpec(batchSize, steps, seed, sampleEvery, checkpointEvery, strategies, evaluateEvery, metrics,
                engine);
    }
}
