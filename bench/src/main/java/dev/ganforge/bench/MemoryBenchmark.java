package dev.ganforge.bench;

import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.run.TrainingRun;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.yaml.YamlSpecReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Trains a spec and reports the process's resident memory (RSS) after a warm-up step and at the
 * end, and the peak, as a Markdown table row, to show that training does not leak: every step's arrays live on a manager that is closed
 * when the step ends. Exits with status 1 if RSS grew by more than 5 % after the warm-up.
 * Usage: {@code MemoryBenchmark SPEC.yaml STEPS [WARMUP]}
 */
public final class MemoryBenchmark {

    private MemoryBenchmark() {}

    public static void main(String[] args) throws Exception {
        GanSpec spec = YamlSpecReader.read(Path.of(args[0]));
        long steps = Long.parseLong(args[1]);
        long warmup = args.length > 2 ? Long.parseLong(args[2]) : 100;
        Path out = Files.createTempDirectory("memory-benchmark-");
        // Samples and checkpoints only at the end, so that their buffers do not blur the figure.
        spec = spec.withTraining(new dev.ganforge.spec.TrainingSpec(spec.training().batchSize(), steps,
                spec.training().seed(), (int) steps, (int) steps, spec.training().strategies()));
        long[] rss = new long[2];
        try (TrainingRun run = TrainingRun.create(spec, out, PluginRegistry.load())) {
            run.trainUntil(warmup, null, false);
            rss[0] = Rss.current();
            run.trainUntil(steps, null, false);
            rss[1] = Rss.current();
        }
        double growth = (double) (rss[1] - rss[0]) / rss[0];
        System.out.printf(Locale.ROOT, "| %s | %s | %d MB | %d MB | %+.1f %% | %d MB |%n", spec.name(), spec.loss().type(),
                rss[0] / 1024, rss[1] / 1024, 100 * growth, Rss.peak() / 1024);
        System.exit(growth > 0.05 ? 1 : 0);
    }
}
