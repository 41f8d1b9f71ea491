package dev.ganforge.spec;

import java.util.List;
import java.util.Objects;

/**
 * How a GAN is trained, apart from its loss and optimisers.
 *
 * @param batchSize samples per step
 * @param steps generator steps to train
 * @param seed the random seed that makes a run reproducible
 * @param sampleEvery write a sample grid every this many steps
 * @param checkpointEvery write a checkpoint every this many steps
 * @param strategies training strategy plugins (n_critic, label smoothing, EMA, ...), in order
 * @param evaluateEvery compute the metrics every this many steps (and before the first step);
 *     0 for never
 * @param metrics metric plugins (such as {@code classifier-fid}) computed at each evaluation, in order
 * @param engine the DJL engine to train on; {@code null} means {@link TrainingEngine#PYTORCH}
 */
public record TrainingSpec(
        int batchSize,
        long steps,
        long seed,
        int sampleEvery,
        int checkpointEvery,
        List<PluginRef> strategies,
        int evaluateEvery,
        List<PluginRef> metrics,
        TrainingEngine engine) {

    /**
     * Batch 64, 10 000 steps, seed 42, a sample grid every 500 steps, a checkpoint every 1000, no
     * strategies and no evaluation, on PyTorch.
     */
    public static final TrainingSpec DEFAULTS =
            new TrainingSpec(64, 10_000, 42, 500, 1000, List.of(), 0, List.of(), TrainingEngine.PYTORCH);

    public TrainingSpec {
        strategies = List.copyOf(Objects.requireNonNull(strategies, "strategies"));
        metrics = List.copyOf(Objects.requireNonNull(metrics, "metrics"));
        engine = engine == null ? TrainingEngine.PYTORCH : engine;
    }

    /** A copy that trains {@code steps} generator steps. */
    public TrainingSpec withSteps(long steps) {
        return new TrainingSpec(batchSize, steps, seed, sampleEvery, checkpointEvery, strategies, evaluateEvery, metrics,
                engine);
    }

    /** A copy that trains on {@code engine}. */
    public TrainingSpec withEngine(TrainingEngine engine) {
        return new TrainingSpec(batchSize, steps, seed, sampleEvery, checkpointEvery, strategies, evaluateEvery, metrics,
                engine);
    }

    /** Whether metrics are computed during training: an interval and at least one metric. */
    public boolean evaluates() {
        return evaluateEvery > 0 && !metrics.isEmpty();
    }
}
