package dev.ganforge.bench;

import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.backend.EngineSupport;
import dev.ganforge.engine.data.DatasetSource;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.run.TrainingRun;
import dev.ganforge.plugins.data.GaussianMixture2d;
import dev.ganforge.plugins.data.ModeCoverage;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.TrainingEngine;
import dev.ganforge.yaml.YamlSpecReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Trains each given ring spec from scratch (as {@code ganforge train} does) on each installed
 * engine, then draws 2000 samples and reports the modes covered and the fraction of samples
 * within 3σ of a mode, with the wall time of training and its ratio to PyTorch's in the same
 * run. Usage: {@code RingBenchmark SPEC.yaml...}; {@code -Dganforge.bench.engines=mxnet} picks
 * the engines (default: every installed one).
 */
public final class RingBenchmark {

    private static final int SAMPLES = 2000;

    private RingBenchmark() {}

    public static void main(String[] args) throws Exception {
        PluginRegistry registry = PluginRegistry.load();
        List<TrainingEngine> engines = engines();
        System.out.println("| spec | loss | engine | steps | train wall time | time vs pytorch | modes covered | samples within 3σ |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (String file : args) {
            GanSpec read = YamlSpecReader.read(Path.of(file));
            double pyTorchSeconds = Double.NaN;
            for (TrainingEngine engine : engines) {
                GanSpec spec = read.withTraining(read.training().withEngine(engine));
                Path out = Files.createTempDirectory("ring-benchmark-");
                long started = System.nanoTime();
                try (TrainingRun run = TrainingRun.create(spec, out, registry); NDManager manager = run.newManager()) {
                    run.trainUntil(spec.training().steps(), null, false);
                    double seconds = (System.nanoTime() - started) / 1e9;
                    if (engine == TrainingEngine.PYTORCH) {
                        pyTorchSeconds = seconds;
                    }
                    GaussianMixture2d mixture = (GaussianMixture2d) registry.create(PluginFamily.DATASET,
                            spec.data().dataset(), DatasetSource.class).open(spec.data());
                    float[] points = run.generate(manager, SAMPLES, spec.training().seed() + 1).toFloatArray();
                    ModeCoverage coverage = ModeCoverage.measure(mixture, points);
                    System.out.printf(Locale.ROOT, "| %s | %s | %s | %d | %.1f s | %s | %d of %d | %.1f %% |%n", file,
                            spec.loss().type(), engine.yamlName(), spec.training().steps(), seconds,
                            Double.isNaN(pyTorchSeconds) ? "" : String.format(Locale.ROOT, "%.2f×", seconds / pyTorchSeconds),
                            coverage.coveredModes(), coverage.modes(), 100 * coverage.highQualityFraction());
                }
            }
        }
    }

    private static List<TrainingEngine> engines() {
        String chosen = System.getProperty("ganforge.bench.engines");
        if (chosen == null) {
            return Arrays.stream(TrainingEngine.values()).filter(engine -> EngineSupport.of(engine).isInstalled()).toList();
        }
        return Arrays.stream(chosen.split(",")).map(String::trim)
                .map(name -> TrainingEngine.fromYamlName(name).orElseThrow(() -> new IllegalArgumentException(
                        "unknown engine '" + name + "' in ganforge.bench.engines; the engines are "
                                + String.join(", ", TrainingEngine.yamlNames()))))
                .toList();
    }
}
