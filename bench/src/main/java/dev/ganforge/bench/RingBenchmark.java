package dev.ganforge.bench;

import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.data.DatasetSource;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.run.TrainingRun;
import dev.ganforge.plugins.data.GaussianMixture2d;
import dev.ganforge.plugins.data.ModeCoverage;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.yaml.YamlSpecReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Trains each given ring spec from scratch (as {@code ganforge train} does), then draws 2000
 * samples and reports the modes covered and the fraction of samples within 3σ of a mode, with
 * the wall time of training. Usage: {@code RingBenchmark SPEC.yaml...}
 */
public final class RingBenchmark {

    private static final int SAMPLES = 2000;

    private RingBenchmark() {}

    public static void main(String[] args) throws Exception {
        PluginRegistry registry = PluginRegistry.load();
        System.out.println("| spec | loss | steps | train wall time | modes covered | samples within 3σ |");
        System.out.println("|---|---|---|---|---|---|");
        for (String file : args) {
            GanSpec spec = YamlSpecReader.read(Path.of(file));
            Path out = Files.createTempDirectory("ring-benchmark-");
            long started = System.nanoTime();
            try (TrainingRun run = TrainingRun.create(spec, out, registry);
                    NDManager manager = NDManager.newBaseManager()) {
                run.trainUntil(spec.training().steps(), null, false);
                double seconds = (System.nanoTime() - started) / 1e9;
                GaussianMixture2d mixture = (GaussianMixture2d) registry.create(PluginFamily.DATASET, spec.data().dataset(),
                        DatasetSource.class).open(spec.data());
                float[] points = run.generate(manager, SAMPLES, spec.training().seed() + 1).toFloatArray();
                ModeCoverage coverage = ModeCoverage.measure(mixture, points);
                System.out.printf(Locale.ROOT, "| %s | %s | %d | %.0f s | %d of %d | %.1f %% |%n", file, spec.loss().type(),
                        spec.training().steps(), seconds, coverage.coveredModes(), coverage.modes(),
                        100 * coverage.highQualityFraction());
            }
        }
    }
}
