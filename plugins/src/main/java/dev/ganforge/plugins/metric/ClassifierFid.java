package dev.ganforge.plugins.metric;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import dev.ganforge.engine.condition.ClassLabels;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.data.SampleSet;
import dev.ganforge.engine.metric.Evaluation;
import dev.ganforge.engine.metric.GanMetric;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Fréchet distance between generated and real test samples in the feature space of a small
 * classifier trained on the real training samples: FID (Heusel et al. 2017) with a domain
 * classifier in place of Inception, the usual measure for MNIST-like data. Lower is better; 0
 * means the two feature distributions have the same mean and covariance.
 *
 * <p>Figures: {@code fid}; {@code classifier-accuracy}, the classifier's accuracy on the real test
 * split (how much its features are worth); and, for a conditional GAN, {@code label-accuracy},
 * the fraction of generated samples it classifies as the label they were generated for, with the
 * labels spread evenly over the classes.
 *
 * <p>The classifier is trained once per training set and setting and kept in a {@link
 * ClassifierCache}; the real test features' statistics are computed once per metric. Every
 * evaluation of the same generator with the same seed gives the same figures.
 */
public final class ClassifierFid implements GanMetric {

    /** Samples read, generated or classified at once: bounds memory, not results. */
    private static final int CHUNK = 500;

    private final int samples;
    private final FeatureClassifier.Settings settings;
    private final ClassifierCache cache;
    private FeatureClassifier classifier;
    private GaussianStatistics real;
    private double classifierAccuracy;

    /**
     * @param samples generated samples compared with the test split
     * @param settings how the classifier is built and trained
     * @param cache where trained classifiers are kept
     */
    ClassifierFid(int samples, FeatureClassifier.Settings settings, ClassifierCache cache) {
        if (samples < 2) {
            throw new IllegalArgumentException("samples must be at least 2, found " + samples);
        }
        this.samples = samples;
        this.settings = settings;
        this.cache = cache;
    }

    @Override
    public void requireUsable(GanDataset dataset, boolean conditional) {
        if (dataset.classes() < 2) {
            throw new IllegalArgumentException("the classifier it measures with needs labelled data of at least 2 classes,"
                    + " and this dataset has " + (dataset.classes() == 0 ? "no labels" : "1 class")
                    + "; use a labelled dataset (e.g. Fashion-MNIST) or another metric");
        }
        for (GanDataset.Split split : GanDataset.Split.values()) {
            if (dataset.split(split).isEmpty()) {
                throw new IllegalArgumentException("it needs the dataset's " + split.name().toLowerCase(java.util.Locale.ROOT)
                        + " split (training its classifier on the one, comparing with the other), and this dataset has none");
            }
        }
    }

    @Override
    public Map<String, Double> evaluate(Evaluation evaluation) throws IOException {
        requireUsable(evaluation.dataset(), evaluation.conditional());
        if (classifier == null) {
            prepare(evaluation);
        }
        int classes = evaluation.labelClasses();
        List<double[]> features = new ArrayList<>(samples);
        long correct = 0;
        try (NDManager manager = evaluation.engine().newManager()) {
            for (int from = 0, chunk = 0; from < samples; from += CHUNK, chunk++) {
                int count = Math.min(CHUNK, samples - from);
                try (NDManager step = manager.newSubManager()) {
                    NDArray labels = evaluation.conditional() ? step.create(ClassLabels.inTurn(from, count, classes)) : null;
                    NDArray generated = evaluation.sampler().generate(step, count, evaluation.seed() + 1 + chunk, labels);
                    NDList outputs = classifier.forward(step, generated);
                    addRows(features, outputs.get(0));
                    if (labels != null) {
                        correct += outputs.get(1).argMax(1).toType(DataType.INT32, false).eq(labels).sum().getLong();
                    }
                }
            }
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("fid", FrechetDistance.between(GaussianStatistics.of(features.toArray(new double[0][])), real));
        figures.put("classifier-accuracy", classifierAccuracy);
        if (evaluation.conditional()) {
            figures.put("label-accuracy", correct / (double) samples);
        }
        return figures;
    }

    /** Loads or trains the classifier, then takes the statistics and accuracy of the test split. */
    private void prepare(Evaluation evaluation) throws IOException {
        classifier = TrainedClassifiers.of(evaluation, settings, cache, "classifier-fid");
        measureTestSplit(evaluation.dataset().split(GanDataset.Split.TEST).orElseThrow(), evaluation);
    }

    private void measureTestSplit(SampleSet test, Evaluation evaluation) {
        List<double[]> features = new ArrayList<>(test.size());
        long correct = 0;
        try (NDManager manager = evaluation.engine().newManager()) {
            for (int from = 0; from < test.size(); from += CHUNK) {
                try (NDManager step = manager.newSubManager()) {
                    Batch batch = test.slice(step, from, Math.min(CHUNK, test.size() - from));
                    NDList outputs = classifier.forward(step, batch.samples());
                    addRows(features, outputs.get(0));
                    correct += outputs.get(1).argMax(1).toType(DataType.INT32, false)
                            .eq(batch.labels().toType(DataType.INT32, false)).sum().getLong();
                }
            }
        }
        real = GaussianStatistics.of(features.toArray(new double[0][]));
        classifierAccuracy = correct / (double) test.size();
    }

    private static void addRows(List<double[]> rows, NDArray features) {
        int width = (int) features.getShape().get(1);
        float[] values = features.toFloatArray();
        for (int row = 0; row * width < values.length; row++) {
            double[] copy = new double[width];
            for (int i = 0; i < width; i++) {
                copy[i] = values[row * width + i];
            }
            rows.add(copy);
        }
    }

    @Override
    public void close() {
        if (classifier != null) {
            classifier.close();
        }
    }
}
