package dev.ganforge.plugins.metric;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.data.SampleSet;
import dev.ganforge.engine.metric.Evaluation;
import dev.ganforge.engine.metric.GanMetric;
import dev.ganforge.engine.metric.Translator;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How close an image-to-image generator's translations of held-out inputs are to their true
 * targets: it translates the domain A images of the test split, whose images are true pairs, and
 * compares each translation with its pair's domain B image.
 *
 * <p>Figures: {@code l1}, the mean absolute difference per value, in the data's range (so at most
 * its width); {@code psnr}, the peak signal-to-noise ratio in dB, 10·log₁₀(width² / MSE), with the
 * range's width as peak and the mean squared difference over every value of every image (one
 * figure for the whole set rather than a mean of per-image figures, so a single exact image
 * cannot make it infinite); and, for labelled data, {@code class-rate}, the fraction of
 * translations that the data's classifier (the one {@code classifier-fid} uses, trained once on
 * the training split and cached) reads as their source's class, beside {@code real-class-rate},
 * the same fraction for the true targets: the most a translation can be expected to reach. For a
 * recipe with a second generator (CycleGAN), also {@code l1-b-to-a} and {@code psnr-b-to-a}, its
 * B → A translations of the targets against their true inputs, and {@code cycle-l1}, A → B → A
 * against the inputs.
 *
 * <p>Translation runs in inference mode and reads the test split in order, so the same
 * generator gives the same figures.
 */
public final class TranslationFidelity implements GanMetric {

    /** Pairs translated and classified at once: bounds memory, not results. */
    private static final int CHUNK = 250;

    private final int samples;
    private final FeatureClassifier.Settings settings;
    private final ClassifierCache cache;
    private FeatureClassifier classifier;

    /**
     * @param samples test pairs translated, the first ones of the split; 0 for all
     * @param settings how the classifier is built and trained, for labelled data
     * @param cache where trained classifiers are kept
     */
    TranslationFidelity(int samples, FeatureClassifier.Settings settings, ClassifierCache cache) {
        if (samples < 0) {
            throw new IllegalArgumentException("samples must be 0 (all test pairs) or more, found " + samples);
        }
        this.samples = samples;
        this.settings = settings;
        this.cache = cache;
    }

    @Override
    public void requireUsable(GanDataset dataset, boolean conditional) {
        if (!dataset.pairing().hasSource()) {
            throw new IllegalArgumentException("it scores image-to-image translation, and this dataset has one domain;"
                    + " use it with a translation dataset (edges, paired-folders, aligned-folder) and a recipe that"
                    + " translates (pix2pix, cyclegan)");
        }
        if (dataset.split(GanDataset.Split.TEST).isEmpty()) {
            throw new IllegalArgumentException("it compares translations of held-out inputs with their true targets, and"
                    + " this dataset has no test split; give it one (e.g. 'test-a' and 'test-b' of paired-folders)");
        }
    }

    @Override
    public Map<String, Double> evaluate(Evaluation evaluation) throws IOException {
        Translator translator = evaluation.translation().orElseThrow(() -> new IllegalArgumentException(
                "translation: the run's generator makes samples from noise and translates nothing; use this metric"
                + " with a recipe that translates (pix2pix, cyclegan), and classifier-fid for this run"));
        requireUsable(evaluation.dataset(), evaluation.conditional());
        SampleSet test = evaluation.dataset().split(GanDataset.Split.TEST).orElseThrow();
        boolean labelled = evaluation.dataset().classes() >= 2;
        if (labelled && classifier == null) {
            classifier = ReferenceClassifier.obtain(evaluation, settings, cache, "translation");
        }
        int count = samples == 0 ? test.size() : Math.min(samples, test.size());
        boolean inverse = translator.hasInverse();
        Distance forward = new Distance();
        Distance backward = new Distance();
        Distance cycle = new Distance();
        long translatedRight = 0;
        long realRight = 0;
        try (NDManager manager = evaluation.engine().newManager()) {
            for (int from = 0; from < count; from += CHUNK) {
                try (NDManager step = manager.newSubManager()) {
                    Batch pairs = test.slice(step, from, Math.min(CHUNK, count - from));
                    NDArray labels = pairs.labels() == null ? null : pairs.labels().toType(DataType.INT32, false);
                    NDArray given = evaluation.conditional() ? labels : null;
                    NDArray translated = translator.translate(step, pairs.source(), given);
                    forward.add(translated, pairs.samples());
                    if (inverse) {
                        backward.add(translator.translateBack(step, pairs.samples(), given), pairs.source());
                        cycle.add(translator.translateBack(step, translated, given), pairs.source());
                    }
                    if (labelled) {
                        translatedRight += rightlyClassified(step, translated, labels);
                        realRight += rightlyClassified(step, pairs.samples(), labels);
                    }
                }
            }
        }
        double width = translator.max() - translator.min();
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("l1", forward.l1());
        figures.put("psnr", forward.psnr(width));
        if (labelled) {
            figures.put("class-rate", translatedRight / (double) count);
            figures.put("real-class-rate", realRight / (double) count);
        }
        if (inverse) {
            figures.put("l1-b-to-a", backward.l1());
            figures.put("psnr-b-to-a", backward.psnr(width));
            figures.put("cycle-l1", cycle.l1());
        }
        return figures;
    }

    /** Sums of absolute and squared differences between images and their true counterparts. */
    private static final class Distance {
        private double absolute;
        private double squared;
        private long values;

        void add(NDArray images, NDArray truth) {
            NDArray difference = images.toType(DataType.FLOAT64, false).sub(truth.toType(DataType.FLOAT64, false));
            absolute += difference.abs().sum().getDouble();
            squared += difference.square().sum().getDouble();
            values += difference.size();
        }

        double l1() {
            return absolute / values;
        }

        /** 10·log₁₀(width² / MSE), over every value at once. */
        double psnr(double width) {
            return 10 * Math.log10(width * width / (squared / values));
        }
    }

    private long rightlyClassified(NDManager manager, NDArray images, NDArray labels) {
        NDArray logits = classifier.forward(manager, images.toType(DataType.FLOAT32, false)).get(1);
        return logits.argMax(1).toType(DataType.INT32, false).eq(labels).sum().getLong();
    }

    @Override
    public void close() {
        if (classifier != null) {
            classifier.close();
        }
    }
}
