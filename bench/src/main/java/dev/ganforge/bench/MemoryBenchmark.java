package dev.ganforge.bench;

import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.run.TrainingRun;
import dev.ganforge.engine.train.GanTrainer;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.TrainingSpec;
import dev.ganforge.yaml.YamlSpecReader;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Trains a spec and prints, as a Markdown table row, the process's resident memory (RSS) after a
 * warm-up, at evenly spaced steps after it, at the end, and at its peak, to show that training
 * does not leak: every step's arrays live on a manager that is closed when the step ends. A spec
 * with a dataset trains as {@code ganforge train} does (run directory, samples, checkpoints); one
 * without (the image DCGANs) trains its {@link GanTrainer} on synthetic data of the right shape.
 * Exits with status 1 if RSS grew by more than 5 % after the warm-up.
 * Usage: {@code MemoryBenchmark SPEC.yaml STEPS [WARMUP]}
 */
public final class MemoryBenchmark {

    /** RSS is also recorded at this many evenly spaced steps after the warm-up, to tell a leak from a plateau. */
    private static final int TRAJECTORY_POINTS = 5;

    private MemoryBenchmark() {}

    /** Something that trains up to a given generator step. */
    private interface Training extends AutoCloseable {
        void trainUntil(long step) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        GanSpec spec = YamlSpecReader.read(Path.of(args[0]));
        long steps = Long.parseLong(args[1]);
        long warmup = args.length > 2 ? Long.parseLong(args[2]) : 100;
        long[] rss = new long[2];
        long[] outsideHeap = new long[2];
        StringBuilder trajectory = new StringBuilder();
        try (Training training = start(spec, steps)) {
            training.trainUntil(warmup);
            rss[0] = Rss.current();
            outsideHeap[0] = outsideHeap();
            for (int i = 1; i <= TRAJECTORY_POINTS; i++) {
                training.trainUntil(warmup + (steps - warmup) * i / TRAJECTORY_POINTS);
                trajectory.append(i == 1 ? "" : " ").append(Rss.current() / 1024);
            }
            rss[1] = Rss.current();
            outsideHeap[1] = outsideHeap();
        }
        double growth = (double) (rss[1] - rss[0]) / rss[0];
        System.out.printf(Locale.ROOT, "| %s | %s | %d → %d | %d MB | %d MB | %+.1f %% | %d MB | %s | %d → %d MB |%n",
                spec.name(), spec.loss().type(), warmup, steps, rss[0] / 1024, rss[1] / 1024, 100 * growth, Rss.peak() / 1024,
                trajectory, outsideHeap[0] >> 20, outsideHeap[1] >> 20);
        System.exit(growth > 0.05 ? 1 : 0);
    }

    /**
     * What the JVM holds outside its (fixed) heap: JIT-compiled code and metaspace committed, and
     * direct buffers not yet collected. Its growth is the part of RSS growth that is the JVM's,
     * not the engine's.
     */
    private static long outsideHeap() {
        long pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.NON_HEAP)
                .mapToLong(pool -> pool.getUsage().getCommitted())
                .sum();
        long buffers = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .mapToLong(BufferPoolMXBean::getMemoryUsed)
                .sum();
        return pools + buffers;
    }

    private static Training start(GanSpec spec, long steps) throws Exception {
        PluginRegistry registry = PluginRegistry.load();
        if (spec.data().dataset() == null) {
            GanTrainer trainer = PerformanceBenchmark.trainer(spec, registry);
            return new Training() {
                @Override
                public void trainUntil(long step) {
                    while (trainer.step() < step) {
                        trainer.trainStep();
                    }
                }

                @Override
                public void close() {
                    trainer.close();
                }
            };
        }
        // Samples and checkpoints at the end of each stretch only, so that their buffers do not
        // blur the figure; the warm-up ends with them too, so that loading their code once does
        // not count as growth.
        TrainingSpec training = spec.training();
        GanSpec run = spec.withTraining(new TrainingSpec(training.batchSize(), steps, training.seed(), (int) steps,
                (int) steps, training.strategies(), 0, java.util.List.of(), training.engine()));
        TrainingRun trainingRun = TrainingRun.create(run, Files.createTempDirectory("memory-benchmark-"), registry);
        return new Training() {
            @Override
            public void trainUntil(long step) throws Exception {
                trainingRun.trainUntil(step, null, false);
            }

            @Override
            public void close() {
                trainingRun.close();
            }
        };
    }
}
