package dev.ganforge.plugins.metric;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.data.SampleSet;
import dev.ganforge.engine.metric.Evaluation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What the metrics that judge samples with the project's classifier share: the data it needs,
 * obtaining it (from the {@link ClassifierCache}, else trained on the real training split and
 * cached), and running it over the real test split.
 */
final class ReferenceClassifier {

    /** Samples classified at once: bounds memory, not results. */
    static final int CHUNK = 500;
    /** Training samples read at once. */
    private static final int READ = 5000;

    private ReferenceClassifier() {}

    /**
     * Refuses a dataset the classifier cannot be trained and tested on.
     *
     * @throws IllegalArgumentException saying what the dataset lacks
     */
    static void requireLabelledSplits(GanDataset dataset) {
        if (dataset.classes() < 2) {
            throw new IllegalArgumentException("the classifier it measures with needs labelled data of at least 2 classes,"
                    + " and this dataset has " + (dataset.classes() == 0 ? "no labels" : "1 class")
                    + "; use a labelled dataset (e.g. Fashion-MNIST) or another metric");
        }
        for (GanDataset.Split split : GanDataset.Split.values()) {
            if (dataset.split(split).isEmpty()) {
                throw new IllegalArgumentException("it needs the dataset's " + split.name().toLowerCase(Locale.ROOT)
                        + " split (training its classifier on the one, comparing with the other), and this dataset has none");
            }
        }
    }

    /**
     * The classifier of the evaluation's training split with {@code settings}: the cached one if
     * there is one, else trained now and cached.
     *
     * @param metric the metric's name, for the notes
     */
    static FeatureClassifier obtain(Evaluation evaluation, FeatureClassifier.Settings settings, ClassifierCache cache,
            String metric) throws IOException {
        GanDataset dataset = evaluation.dataset();
        SampleSet train = dataset.split(GanDataset.Split.TRAIN).orElseThrow();
        Consumer<String> notes = note -> evaluation.notes().accept(metric + ": " + note);
        try (NDManager manager = evaluation.engine().newManager()) {
            MessageDigest digest = sha256();
            digest.update((settings.describe() + " classes=" + dataset.classes()).getBytes(StandardCharsets.UTF_8));
            Batch all = readAll(manager, train, digest);
            Shape sampleShape = all.samples().getShape().slice(1);
            String key = HexFormat.of().formatHex(digest.digest());
            FeatureClassifier classifier = new FeatureClassifier(settings, sampleShape, dataset.classes(), manager.getEngine());
            if (cache.load(key, classifier, notes)) {
                return classifier;
            }
            classifier.close();
            classifier = new FeatureClassifier(settings, sampleShape, dataset.classes(), manager.getEngine());
            notes.accept("training the classifier on " + train.size() + " samples ("
                    + settings.epochs() + " epochs; once, then cached as " + cache.file(key) + ")");
            long start = System.nanoTime();
            classifier.train(all.samples(), all.labels().toType(DataType.INT32, false));
            cache.store(key, classifier);
            notes.accept(String.format(Locale.ROOT, "trained in %.0f s",
                    (System.nanoTime() - start) / 1e9));
            return classifier;
        }
    }

    /**
     * The classifier's accuracy on the real test split, handing each chunk's features to
     * {@code features}.
     */
    static double testAccuracy(FeatureClassifier classifier, Evaluation evaluation, Consumer<NDArray> features) {
        SampleSet test = evaluation.dataset().split(GanDataset.Split.TEST).orElseThrow();
        long correct = 0;
        try (NDManager manager = evaluation.engine().newManager()) {
            for (int from = 0; from < test.size(); from += CHUNK) {
                try (NDManager step = manager.newSubManager()) {
                    Batch batch = test.slice(step, from, Math.min(CHUNK, test.size() - from));
                    NDList outputs = classifier.forward(step, batch.samples());
                    features.accept(outputs.get(0));
                    correct += matches(outputs, batch.labels());
                }
            }
        }
        return correct / (double) test.size();
    }

    /** How many of the classifier's {@code outputs} read as {@code labels}. */
    static long matches(NDList outputs, NDArray labels) {
        return outputs.get(1).argMax(1).toType(DataType.INT32, false).eq(labels.toType(DataType.INT32, false))
                .sum().getLong();
    }

    /** Every sample and label of {@code set} as one batch on {@code manager}, hashed into {@code digest} as read. */
    private static Batch readAll(NDManager manager, SampleSet set, MessageDigest digest) {
        NDList samples = new NDList();
        NDList labels = new NDList();
        for (int from = 0; from < set.size(); from += READ) {
            Batch batch = set.slice(manager, from, Math.min(READ, set.size() - from));
            NDArray sampleChunk = batch.samples().toType(DataType.FLOAT32, false);
            NDArray labelChunk = batch.labels().toType(DataType.INT32, false);
            digest.update(sampleChunk.toByteBuffer());
            digest.update(labelChunk.toByteBuffer());
            samples.add(sampleChunk);
            labels.add(labelChunk);
        }
        return new Batch(NDArrays.concat(samples), NDArrays.concat(labels));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("this Java has no SHA-256, which every Java must have", missing);
        }
    }
}
