package dev.ganforge.plugins.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.metric.Evaluation;
import dev.ganforge.engine.metric.SampleGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifierFidTest {

    private static final FeatureClassifier.Settings SMALL = new FeatureClassifier.Settings(16, 2, 32, 3e-3, 0);

    /** New stripes like the real ones, for the labels asked (alternating if none). */
    private static final SampleGenerator LIKE_THE_DATA = (manager, count, seed, labels) ->
            Stripes.images(manager, labels == null ? Stripes.alternating(0, count) : labels.toIntArray(), 77_000 + seed * count);
    private static final SampleGenerator NOISE = (manager, count, seed, labels) -> {
        Random random = new Random(seed);
        float[] values = new float[count * 64];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextFloat();
        }
        return manager.create(values, new Shape(count, 1, 8, 8));
    };
    /** Horizontal stripes whatever the label. */
    private static final SampleGenerator ONE_CLASS = (manager, count, seed, labels) ->
            Stripes.images(manager, new int[count], 99_000 + seed * count);

    @TempDir
    Path cache;

    private final List<String> notes = new ArrayList<>();

    private ClassifierFid metric(int samples) {
        return new ClassifierFid(samples, SMALL, new ClassifierCache(cache));
    }

    private Evaluation evaluation(SampleGenerator generator, int labelClasses) {
        return new Evaluation(generator, new Stripes(), labelClasses, 5, notes::add);
    }

    @Test
    void samplesLikeTheDataAreCloserThanNoiseAndTheClassifierLearnsTheClasses() throws IOException {
        try (ClassifierFid metric = metric(1000)) {
            Map<String, Double> like = metric.evaluate(evaluation(LIKE_THE_DATA, 0));
            Map<String, Double> noise = metric.evaluate(evaluation(NOISE, 0));
            assertEquals(List.of("fid", "classifier-accuracy"), List.copyOf(like.keySet()));
            assertTrue(like.get("classifier-accuracy") > 0.95, "test accuracy " + like.get("classifier-accuracy"));
            Map<String, Double> oneClass = metric.evaluate(evaluation(ONE_CLASS, 0));
            assertTrue(like.get("fid") < noise.get("fid") / 20, like + " against noise " + noise);
            assertTrue(like.get("fid") < oneClass.get("fid") / 20, like + " against a generator of one class only " + oneClass);
        }
    }

    @Test
    void theSameGeneratorAndSeedGiveTheSameFigures() throws IOException {
        try (ClassifierFid metric = metric(100)) {
            Map<String, Double> first = metric.evaluate(evaluation(NOISE, 0));
            assertEquals(first, metric.evaluate(evaluation(NOISE, 0)));
            Evaluation otherSeed = new Evaluation(NOISE, new Stripes(), 0, 6, notes::add);
            assertNotEquals(first.get("fid"), metric.evaluate(otherSeed).get("fid"));
        }
    }

    @Test
    void aSecondMetricLoadsTheCachedClassifierInsteadOfTrainingAgain() throws IOException {
        Map<String, Double> first;
        try (ClassifierFid metric = metric(100)) {
            first = metric.evaluate(evaluation(NOISE, 0));
        }
        assertEquals(1, notes.stream().filter(note -> note.contains("training the classifier")).count(), notes.toString());
        Path file = onlyCachedFile();
        FileTime written = Files.getLastModifiedTime(file);
        notes.clear();
        try (ClassifierFid metric = metric(100)) {
            assertEquals(first, metric.evaluate(evaluation(NOISE, 0)));
        }
        assertEquals(List.of(), notes);
        assertEquals(written, Files.getLastModifiedTime(file));
    }

    @Test
    void aCorruptCacheFileIsReportedDeletedAndTrainedAgain() throws IOException {
        Map<String, Double> first;
        try (ClassifierFid metric = metric(100)) {
            first = metric.evaluate(evaluation(NOISE, 0));
        }
        Path file = onlyCachedFile();
        byte[] valid = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(valid, valid.length / 2));
        notes.clear();
        try (ClassifierFid metric = metric(100)) {
            assertEquals(first, metric.evaluate(evaluation(NOISE, 0)));
        }
        assertTrue(notes.get(0).startsWith("classifier-fid: the cached classifier " + file + " is unusable ("), notes.get(0));
        assertTrue(notes.get(1).contains("training the classifier"), notes.toString());
        assertEquals(valid.length, Files.size(file));
    }

    @Test
    void aCacheFileOfAnotherFormatIsRetrainedToo() throws IOException {
        try (ClassifierFid metric = metric(50)) {
            metric.evaluate(evaluation(NOISE, 0));
        }
        Files.writeString(onlyCachedFile(), "not a classifier");
        notes.clear();
        try (ClassifierFid metric = metric(50)) {
            metric.evaluate(evaluation(NOISE, 0));
        }
        assertTrue(notes.get(0).contains("is unusable"), notes.toString());
        assertTrue(notes.get(1).contains("training the classifier"), notes.toString());
    }

    @Test
    void otherClassifierSettingsTrainAnotherClassifier() throws IOException {
        try (ClassifierFid metric = metric(50)) {
            metric.evaluate(evaluation(NOISE, 0));
        }
        try (ClassifierFid other = new ClassifierFid(50, new FeatureClassifier.Settings(16, 2, 32, 3e-3, 1),
                new ClassifierCache(cache))) {
            other.evaluate(evaluation(NOISE, 0));
        }
        try (var files = Files.list(cache)) {
            assertEquals(2, files.count());
        }
    }

    @Test
    void labelAccuracyCountsSamplesClassifiedAsTheirRequestedLabel() throws IOException {
        try (ClassifierFid metric = metric(200)) {
            Map<String, Double> obeying = metric.evaluate(evaluation(LIKE_THE_DATA, 2));
            Map<String, Double> ignoring = metric.evaluate(evaluation(ONE_CLASS, 2));
            assertEquals(List.of("fid", "classifier-accuracy", "label-accuracy"), List.copyOf(obeying.keySet()));
            assertTrue(obeying.get("label-accuracy") > 0.95, obeying.toString());
            // Labels alternate over the two classes, and every sample is of class 0.
            assertEquals(0.5, ignoring.get("label-accuracy"), 0.05, ignoring.toString());
        }
    }

    @Test
    void unlabelledDataIsRefusedWithTheReason() {
        GanDataset unlabelled = new GanDataset() {
            @Override
            public Batch batch(NDManager manager, long seed, long position, int batchSize) {
                throw new UnsupportedOperationException();
            }
        };
        try (ClassifierFid metric = metric(50)) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> metric.requireUsable(unlabelled, false));
            assertEquals("the classifier it measures with needs labelled data of at least 2 classes, and this dataset has"
                    + " no labels; use a labelled dataset (e.g. Fashion-MNIST) or another metric", refused.getMessage());
        }
    }

    private Path onlyCachedFile() throws IOException {
        try (var files = Files.list(cache)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }
}
