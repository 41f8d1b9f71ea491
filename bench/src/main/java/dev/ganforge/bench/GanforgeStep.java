package dev.ganforge.bench;

import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.train.GanTrainer;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.yaml.YamlSpecReader;
import java.nio.file.Path;
import java.util.Locale;

/**
 * ganforge's training step alone, one network per process: ganforge's side of the comparison with
 * the PyTorch peer ({@code bench/pytorch_step.py}) in {@code bench/performance-benchmark.sh}, which
 * measures this process's peak RSS from outside, as it does the peer's. Nothing else runs in the
 * process: no hand-written step, no SGEMM, no sampling, so that its memory is the step's.
 *
 * <p>The step is the trainer's ({@link PerformanceBenchmark#trainer}) on synthetic uniform data of
 * the spec's shape and range ({@link SyntheticImages}), as the peer feeds its step. Prints one
 * line: {@code step NAME ms MEDIAN MIN MAX ROUNDS}. Usage: {@code GanforgeStep ROUNDS WARMUP SPEC.yaml}
 * (threads are set on the JVM).
 */
public final class GanforgeStep {

    private GanforgeStep() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: GanforgeStep ROUNDS WARMUP SPEC.yaml");
            System.exit(2);
        }
        int rounds = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        GanSpec spec = YamlSpecReader.read(Path.of(args[2]));
        double[] millis = new double[rounds];
        try (GanTrainer trainer = PerformanceBenchmark.trainer(spec, PluginRegistry.load())) {
            for (int i = 0; i < warmup; i++) {
                trainer.trainStep();
            }
            for (int i = 0; i < rounds; i++) {
                long started = System.nanoTime();
                trainer.trainStep();
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "step %s ms %.1f %.1f %.1f %d%n", spec.name(), PerformanceBenchmark.median(millis),
                PerformanceBenchmark.min(millis), PerformanceBenchmark.max(millis), rounds);
    }
}
