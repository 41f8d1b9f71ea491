package dev.ganforge.plugins.metric;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.metric.Evaluation;
import dev.ganforge.engine.metric.GanMetric;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How well a conditional GAN draws the class it is asked for: the same number of samples
 * generated for every class, each classified by the project's classifier (the one {@code
 * classifier-fid} uses, trained once on the real training split and cached), and the share read
 * as the class it was generated for — the label accuracy AC-GAN and cBN papers report.
 *
 * <p>Figures: {@code class-accuracy}, over all samples; {@code worst-class-accuracy}, of the
 * class drawn worst (a generator may ignore the label for some classes only); and {@code
 * classifier-accuracy}, the classifier's accuracy on the real test split, the ceiling to read
 * the others against. The same generator and seed give the same figures.
 */
final class ClassAccuracy implements GanMetric {

    private final int perClass;
    private final FeatureClassifier.Settings settings;
    private final ClassifierCache cache;
    private FeatureClassifier classifier;
    private double classifierAccuracy;

    /**
     * @param perClass samples generated for each class
     * @param settings how the classifier is built and trained
     * @param cache where trained classifiers are kept
     */
    ClassAccuracy(int perClass, FeatureClassifier.Settings settings, ClassifierCache cache) {
        if (perClass < 1) {
            throw new IllegalArgumentException("samples-per-class must be at least 1, found " + perClass);
        }
        this.perClass = perClass;
        this.settings = settings;
        this.cache = cache;
    }

    @Override
    public void requireConditioning(boolean conditional) {
        if (!conditional) {
            throw new IllegalArgumentException("it measures how often samples are read as the class they were generated"
                    + " for, and this GAN is not conditional; add 'conditioning: {type: projection, classes: N}', or"
                    + " use classifier-fid");
        }
    }

    @Override
    public void requireUsable(GanDataset dataset, boolean conditional) {
        requireConditioning(conditional);
        ReferenceClassifier.requireLabelledSplits(dataset);
    }

    @Override
    public Map<String, Double> evaluate(Evaluation evaluation) throws IOException {
        requireUsable(evaluation.dataset(), evaluation.conditional());
        if (classifier == null) {
            classifier = ReferenceClassifier.obtain(evaluation, settings, cache, "class-accuracy");
            classifierAccuracy = ReferenceClassifier.testAccuracy(classifier, evaluation, features -> {});
        }
        int classes = evaluation.labelClasses();
        long[] correct = new long[classes];
        try (NDManager manager = evaluation.engine().newManager()) {
            long chunk = 0;
            for (int label = 0; label < classes; label++) {
                for (int from = 0; from < perClass; from += ReferenceClassifier.CHUNK, chunk++) {
                    int count = Math.min(ReferenceClassifier.CHUNK, perClass - from);
                    try (NDManager step = manager.newSubManager()) {
                        int[] asked = new int[count];
                        Arrays.fill(asked, label);
                        NDArray labels = step.create(asked);
                        NDArray generated = evaluation.sampler().generate(step, count, evaluation.seed() + 1 + chunk,
                                labels);
                        correct[label] += ReferenceClassifier.matches(classifier.forward(step, generated), labels);
                    }
                }
            }
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("class-accuracy", Arrays.stream(correct).sum() / (double) (classes * (long) perClass));
        figures.put("worst-class-accuracy", Arrays.stream(correct).min().orElse(0) / (double) perClass);
        figures.put("classifier-accuracy", classifierAccuracy);
        return figures;
    }

    @Override
    public void close() {
        if (classifier != null) {
            classifier.close();
        }
    }
}
