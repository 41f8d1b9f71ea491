package dev.ganforge.bench;

import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.run.TrainingRun;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.yaml.YamlSpecReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Trains a spec and reports the process's resident memory (RSS) after a warm-up and at the end,
 * to show that training does not leak: every step's arrays live on a manager that is closed when
 * the step ends. Exits with status 1 if RSS grew by more than 5 % after the warm-up.
 *
 * <p>Run it with a fixed, pre-touched Java heap ({@code -Xms = -Xmx}, {@code
 * -XX:+AlwaysPreTouch}, as {@code bench/memory-benchmark.sh} does): otherwise the JVM keeps
 * growing its heap with ordinary garbage long after warm-up (measured: +66 % RSS over 1400 steps
 * of the BCE ring with a default G1 heap, +2 % with a 128 MB heap), which would hide or fake a
 * native leak. The live heap after a full collection is printed too, so that a Java-side leak
 * shows as well. Usage: {@code MemoryBenchmark SPEC.yaml STEPS [WARMUP]}
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
                spec.training().seed(), (int) steps, (int) steps, spec.training().strategies(), 0, List.of(),
                spec.training().engine()));
        long[] rss = new long[2];
        long[] heap = new long[2];
        try (TrainingRun run = TrainingRun.create(spec, out, PluginRegistry.load())) {
            run.trainUntil(warmup, null, false);
            heap[0] = liveHeapKilobytes();
            rss[0] = residentKilobytes();
            long tenth = Math.max(1, (steps - warmup) / 10);
            for (long target = warmup + tenth; target < steps; target += tenth) {
                run.trainUntil(target, null, false);
                System.out.printf(Locale.ROOT, "  step %d: RSS %d MB%n", target, residentKilobytes() / 1024);
            }
            run.trainUntil(steps, null, false);
            heap[1] = liveHeapKilobytes();
            rss[1] = residentKilobytes();
        }
        double growth = (double) (rss[1] - rss[0]) / rss[0];
        System.out.printf(Locale.ROOT, "%s (loss %s): RSS %d MB after step %d, %d MB after step %d (%+.1f %%);"
                        + " live Java heap %.1f MB → %.1f MB%n",
                args[0], spec.loss().type(), rss[0] / 1024, warmup, rss[1] / 1024, steps, 100 * growth,
                heap[0] / 1024.0, heap[1] / 1024.0);
        System.exit(growth > 0.05 ? 1 : 0);
    }

    /** The Java heap in use after a full collection. */
    static long liveHeapKilobytes() {
        System.gc();
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024;
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
