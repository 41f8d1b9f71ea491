package dev.ganforge.bench;

import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.run.TrainingRun;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.yaml.YamlSpecReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Trains a spec and reports the process's resident memory (RSS) after a warm-up step and at the
 * end, to show that training does not leak: every step's arrays live on a manager that is closed
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
                spec.training().seed(), (int) steps, (int) steps, spec.training().strategies(), spec.training().engine()));
        long[] rss = new long[2];
        try (TrainingRun run = TrainingRun.create(spec, out, PluginRegistry.load())) {
            run.trainUntil(warmup, null, false);
            rss[0] = residentKilobytes();
            run.trainUntil(steps, null, false);
            rss[1] = residentKilobytes();
        }
        double growth = (double) (rss[1] - rss[0]) / rss[0];
        System.out.printf(Locale.ROOT, "%s: RSS %d MB after step %d, %d MB after step %d (%+.1f %%)%n",
                args[0], rss[0] / 1024, warmup, rss[1] / 1024, steps, 100 * growth);
        System.exit(growth > 0.05 ? 1 : 0);
    }

    /** VmRSS of this process, from /proc (Linux). */
    static long residentKilobytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("no VmRSS in /proc/self/status");
    }
}
