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
import java.util.function.Consumer;

/**
 * The classifier of a dataset that the metrics measure with: loaded from a {@link ClassifierCache}
 * if one was trained on the same training split with the same settings, otherwise trained on the
 * training split's samples and labels and stored, so that every metric and every run on the same
 * data reads with the same classifier.
 */
final class TrainedClassifiers {

    /** Training samples read at once. */
    private static final int READ = 5000;

    private TrainedClassifiers() {}

    /**
     * The classifier of {@code evaluation}'s dataset, which must have a training split with labels
     * of at least two classes.
     *
     * @param metric the metric's name, which starts every note
     * @return a classifier the caller closes
     */
    static FeatureClassifier of(Evaluation evaluation, FeatureClassifier.Settings settings, ClassifierCache cache,
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
            if (!cache.load(key, classifier, notes)) {
                classifier.close();
                classifier = new FeatureClassifier(settings, sampleShape, dataset.classes(), manager.getEngine());
                notes.accept("training the classifier on " + train.size() + " samples (" + settings.epochs()
                        + " epochs; once, then cached as " + cache.file(key) + ")");
                long start = System.nanoTime();
                classifier.train(all.samples(), all.labels().toType(DataType.INT32, false));
                cache.store(key, classifier);
                notes.accept(String.format(java.util.Locale.ROOT, "trained in %.0f s", (System.nanoTime() - start) / 1e9));
            }
            return classifier;
        }
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
