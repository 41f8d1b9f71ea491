package dev.ganforge.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.ganforge.bench.reference.ReferenceGan;
import dev.ganforge.engine.compile.GanCompiler;
import dev.ganforge.engine.loss.GanLoss;
import dev.ganforge.engine.optim.GanOptimizer;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.train.GanTrainer;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.yaml.YamlSpecReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Holds ganforge's training step against a hand-written DJL step of the same network, in one
 * process: the two steps alternate (which one goes first alternates too), so that load from other
 * processes falls on both alike and their ratio is meaningful on a busy machine.
 *
 * <p>Per network it prints step times (min / median / max), images per second, achieved GFLOP/s,
 * the ratio ganforge / hand-written (the median of the per-round ratios), RSS after the warm-up and
 * at the end, the peak RSS, and ganforge's sampling throughput at batch 256. FLOPs are the nominal
 * multiply-adds of the passes the step runs ({@link ReferenceGan#stepMacs}), two FLOPs each. The
 * CPU's SGEMM rate, measured once at the start, is printed as context for the GFLOP/s only: it
 * measures the BLAS (MKL's SGEMM is slow on AMD, oneDNN's convolutions are not), not ganforge.
 *
 * <p>Exits with status 1 if, at 2 or more threads, the ratio exceeds {@value #MAX_RATIO}, or if
 * RSS grew by more than 5 % after the warm-up. Usage:
 * {@code PerformanceBenchmark ROUNDS WARMUP SPEC.yaml...} (threads are set on the JVM).
 */
public final class PerformanceBenchmark {

    static final double MAX_RATIO = 1.03;
    private static final double MAX_RSS_GROWTH = 0.05;
    private static final int SAMPLING_BATCH = 256;

    private PerformanceBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(System.getProperty("ai.djl.pytorch.num_threads", "0"));
        PluginRegistry registry = PluginRegistry.load();
        SgemmPeak peak = new SgemmPeak();
        peak.measure(8);
        System.out.printf(Locale.ROOT, "engine %s %s, %d intra-op threads, ONEDNN_MAX_CPU_ISA=%s; context: DJL's SGEMM (2048²) at %.1f GFLOP/s%n",
                Engine.getInstance().getEngineName(), Engine.getInstance().getVersion(), threads,
                System.getenv().getOrDefault("ONEDNN_MAX_CPU_ISA", "unset"), peak.best());
        boolean failed = false;
        for (int i = 2; i < args.length; i++) {
            GanSpec spec = YamlSpecReader.read(Path.of(args[i]));
            failed |= !benchmark(spec, registry, rounds, warmup, threads);
        }
        System.exit(failed ? 1 : 0);
    }

    private static boolean benchmark(GanSpec spec, PluginRegistry registry, int rounds, int warmup, int threads)
            throws Exception {
        int batch = spec.training().batchSize();
        try (GanTrainer trainer = trainer(spec, registry);
                ReferenceGan reference = reference(spec.name()).apply(batch)) {
            for (int i = 0; i < warmup; i++) {
                trainer.trainStep();
                reference.step(batch);
            }
            long rssAfterWarmup = Rss.current();
            double[] ganforge = new double[rounds];
            double[] handWritten = new double[rounds];
            double[] ratios = new double[rounds];
            long[] rssAlong = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                if (i % 2 == 0) {
                    ganforge[i] = time(trainer::trainStep);
                    handWritten[i] = time(() -> reference.step(batch));
                } else {
                    handWritten[i] = time(() -> reference.step(batch));
                    ganforge[i] = time(trainer::trainStep);
                }
                ratios[i] = ganforge[i] / handWritten[i];
                rssAlong[i] = Rss.current();
            }
            long rssAtEnd = Rss.current();
            double samplingRate = samplingRate(trainer);
            double flops = 2.0 * batch * reference.stepMacs();
            double ratio = median(ratios);
            double growth = (double) (rssAtEnd - rssAfterWarmup) / rssAfterWarmup;
            System.out.printf(Locale.ROOT, "%n%s: batch %d, %.1f GFLOP per step, %d rounds after %d warm-up steps%n",
                    spec.name(), batch, flops / 1e9, rounds, warmup);
            long[] ours = {trainable(trainer.gan().network(GanSpec.GENERATOR).block()), trainable(trainer.gan().network(GanSpec.DISCRIMINATOR).block())};
            long[] theirs = reference.trainableParameters();
            System.out.printf(Locale.ROOT, "trainable parameters G / D: ganforge %,d / %,d, hand-written %,d / %,d%n",
                    ours[0], ours[1], theirs[0], theirs[1]);
            System.out.println("| step | ms min / median / max | images/s | GFLOP/s |");
            System.out.println("|---|---|---|---|");
            row("ganforge", ganforge, batch, flops);
            row("hand-written DJL", handWritten, batch, flops);
            System.out.printf(Locale.ROOT, "ratio ganforge / hand-written: %.3f (median of per-round ratios; min %.3f, max %.3f)%n",
                    ratio, min(ratios), max(ratios));
            System.out.printf(Locale.ROOT, "RSS %d MB after warm-up, %d MB after %d more steps of each (%+.1f %%), peak %d MB%n",
                    rssAfterWarmup / 1024, rssAtEnd / 1024, rounds, 100 * growth, Rss.peak() / 1024);
            System.out.println("RSS MB after each round: " + Arrays.stream(rssAlong)
                    .mapToObj(kb -> Long.toString(kb / 1024)).collect(Collectors.joining(" ")));
            System.out.printf(Locale.ROOT, "sampling (ganforge, inference mode, batch %d): %.0f images/s%n",
                    SAMPLING_BATCH, samplingRate);
            boolean ok = true;
            if (threads >= 2 && ratio > MAX_RATIO) {
                System.out.printf(Locale.ROOT, "FAIL: ganforge / hand-written %.3f > %.2f at %d threads%n", ratio, MAX_RATIO, threads);
                ok = false;
            }
            if (growth > MAX_RSS_GROWTH) {
                System.out.printf(Locale.ROOT, "FAIL: RSS grew %.1f %% > 5 %%%n", 100 * growth);
                ok = false;
            }
            return ok;
        }
    }

    /** ganforge's trainer for the spec, through the engine's compiler and the spec's plugins. */
    static GanTrainer trainer(GanSpec spec, PluginRegistry registry) {
        return GanTrainer.builder()
                .setGan(GanCompiler.compile(spec))
                .setLoss(registry.create(PluginFamily.LOSS, spec.loss(), GanLoss.class))
                .setGeneratorOptimizer(registry.create(PluginFamily.OPTIMIZER, spec.generator().optimizer(), GanOptimizer.class))
                .setDiscriminatorOptimizer(registry.create(PluginFamily.OPTIMIZER, spec.discriminator().optimizer(), GanOptimizer.class))
                .setDataset(new SyntheticImages(spec))
                .build();
    }

    static IntFunction<ReferenceGan> reference(String specName) {
        return switch (specName) {
            case "seed-000-mnist-dcgan" -> ReferenceGan::mnistDcgan;
            case "dcgan-64" -> ReferenceGan::dcgan64;
            default -> throw new IllegalArgumentException("no hand-written step for spec '" + specName
                    + "'; the benchmark has seed-000-mnist-dcgan and dcgan-64");
        };
    }

    private static long trainable(ai.djl.nn.Block block) {
        long count = 0;
        for (var pair : block.getParameters()) {
            if (pair.getValue().requiresGradient()) {
                count += pair.getValue().getArray().size();
            }
        }
        return count;
    }

    /** Images per second of generating batches of 256 as {@code ganforge sample} does (median of 5). */
    private static double samplingRate(GanTrainer trainer) {
        double[] seconds = new double[5];
        for (int i = -1; i < seconds.length; i++) {
            try (NDManager manager = NDManager.newBaseManager()) {
                long started = System.nanoTime();
                NDArray samples = trainer.generate(manager, trainer.fixedNoise(manager, SAMPLING_BATCH, i));
                samples.toFloatArray();
                if (i >= 0) {
                    seconds[i] = (System.nanoTime() - started) / 1e9;
                }
            }
        }
        return SAMPLING_BATCH / median(seconds);
    }

    private static void row(String name, double[] millis, int batch, double flops) {
        double median = median(millis);
        System.out.printf(Locale.ROOT, "| %s | %.0f / %.0f / %.0f | %.0f | %.1f |%n", name, min(millis), median,
                max(millis), batch / (median / 1e3), flops / (median / 1e3) / 1e9);
    }

    private static double time(Runnable step) {
        long started = System.nanoTime();
        step.run();
        return (System.nanoTime() - started) / 1e6;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /** The best of many large float32 matrix products: what the CPU's matrix kernels can do. */
    static final class SgemmPeak {
        private static final int SIZE = 2048;
        private double best;

        /** The best rate seen, in GFLOP/s. */
        double best() {
            return best;
        }

        /** Times {@code products} more matrix products, keeping the best rate. */
        void measure(int products) {
            best = Math.max(best, bestOf(products));
        }

        /** Times {@code products} more matrix products, keeping the best rate; returns the best of these alone. */
        double measureNow(int products) {
            double now = bestOf(products);
            best = Math.max(best, now);
            return now;
        }

        private static double bestOf(int products) {
            try (NDManager manager = NDManager.newBaseManager()) {
                NDArray a = manager.randomUniform(-1f, 1f, new Shape(SIZE, SIZE));
                NDArray b = manager.randomUniform(-1f, 1f, new Shape(SIZE, SIZE));
                double best = 0;
                for (int i = 0; i < products; i++) {
                    double seconds = ScratchTiming.seconds(manager, () -> a.matMul(b), a, b);
                    best = Math.max(best, 2.0 * SIZE * SIZE * SIZE / seconds / 1e9);
                }
                return best;
            }
        }
    }
}
