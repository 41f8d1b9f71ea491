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

    /** RSS is also recorded at this many evenly spaced steps after the warm-up, to tell a leak from a plateau. */
    private static final int TRAJECTORY_POINTS = 5;

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
        StringBuilder trajectory = new StringBuilder();
        try (TrainingRun run = TrainingRun.create(spec, out, PluginRegistry.load())) {
            // The warm-up ends with a sample image and a checkpoint, as the last step does, so
            // that loading their code once does not count as growth.
            run.trainUntil(warmup, null, false);
            rss[0] = Rss.current();
            for (int i = 1; i <= TRAJECTORY_POINTS; i++) {
                run.trainUntil(warmup + (steps - warmup) * i / TRAJECTORY_POINTS, null, false);
                trajectory.append(i == 1 ? "" : " ").append(Rss.current() / 1024);
            }
            rss[1] = Rss.current();
        }
        double growth = (double) (rss[1] - rss[0]) / rss[0];
        System.out.printf(Locale.ROOT, "| %s | %s | %d MB | %d MB | %+.1f %% | %d MB | %s |%n", spec.name(), spec.loss().type(),
                rss[0] / 1024, rss[1] / 1024, 100 * growth, Rss.peak() / 1024, trajectory);
        System.exit(growth > 0.05 ? 1 : 0);
    }
}
