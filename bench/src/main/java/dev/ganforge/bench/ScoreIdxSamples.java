package dev.ganforge.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.data.DatasetSource;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.data.SampleSet;
import dev.ganforge.engine.metric.Evaluation;
import dev.ganforge.engine.metric.GanMetric;
import dev.ganforge.engine.metric.SampleGenerator;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.PluginRef;
import dev.ganforge.yaml.YamlSpecReader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Scores image files in the IDX format ({@code ganforge sample} writes them beside its grid, {@code
 * bench/pytorch_train.py} for PyTorch's generators) with a metric, as {@code ganforge evaluate}
 * scores a run's generator: the same metric plugin with its defaults (for {@code classifier-fid}
 * the classifier from the same cache, so the same classifier for both), the same real data (the
 * spec's {@code data.dataset}, whose test split gives the reference statistics), and the samples
 * read by ganforge's own {@code idx} dataset into the spec's value range. The files' first
 * SAMPLES images are scored, in order; a file with fewer is refused.
 *
 * <p>Usage: {@code ScoreIdxSamples SPEC.yaml METRIC SAMPLES FILE...}; prints, per file,
 * {@code score FILE NAME VALUE NAME VALUE...} (e.g. {@code fid} and {@code classifier-accuracy}).
 */
public final class ScoreIdxSamples {

    private ScoreIdxSamples() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: ScoreIdxSamples SPEC.yaml METRIC SAMPLES FILE...");
            System.exit(2);
        }
        GanSpec spec = YamlSpecReader.read(Path.of(args[0]));
        int samples = Integer.parseInt(args[2]);
        PluginRegistry registry = PluginRegistry.load();
        try (GanDataset real = registry.create(PluginFamily.DATASET, spec.data().dataset(), DatasetSource.class)
                        .open(spec.data());
                GanMetric metric = registry.create(PluginFamily.METRIC, PluginRef.of(args[1]).with("samples", samples),
                        GanMetric.class)) {
            for (int i = 3; i < args.length; i++) {
                Path file = Path.of(args[i]).toAbsolutePath();
                try (GanDataset images = idx(registry, spec, file)) {
                    SampleSet set = images.split(GanDataset.Split.TRAIN).orElseThrow();
                    if (set.size() < samples) {
                        throw new IllegalArgumentException(file + " holds " + set.size() + " images, fewer than " + samples);
                    }
                    Map<String, Double> figures = metric.evaluate(new Evaluation(inOrder(set), real, 0,
                            spec.training().seed(), System.err::println));
                    StringBuilder line = new StringBuilder("score ").append(args[i]);
                    figures.forEach((name, value) -> line.append(String.format(Locale.ROOT, " %s %.6g", name, value)));
                    System.out.println(line);
                }
            }
        }
    }

    /** The images of {@code file}, unlabelled, through the {@code idx} dataset plugin. */
    private static GanDataset idx(PluginRegistry registry, GanSpec spec, Path file) throws Exception {
        PluginRef ref = PluginRef.of("idx").with("directory", file.getParent().toString())
                .with("train-images", file.getFileName().toString())
                .with("train-labels", "").with("test-images", "").with("test-labels", "");
        return registry.create(PluginFamily.DATASET, ref, DatasetSource.class).open(spec.data());
    }

    /** A "generator" that hands out the set's samples in order, whatever seed it is asked for. */
    private static SampleGenerator inOrder(SampleSet set) {
        int[] next = {0};
        return (NDManager manager, int count, long seed, NDArray labels) -> {
            NDArray samples = set.slice(manager, next[0], count).samples();
            next[0] += count;
            return samples;
        };
    }
}
