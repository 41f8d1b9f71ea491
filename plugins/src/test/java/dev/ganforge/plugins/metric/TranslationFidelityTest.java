package dev.ganforge.plugins.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.backend.EngineSupport;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.data.SampleSet;
import dev.ganforge.engine.metric.Evaluation;
import dev.ganforge.engine.metric.SampleGenerator;
import dev.ganforge.engine.metric.Translator;
import dev.ganforge.spec.TrainingEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translation metric on a tiny paired task: the stripes of {@link Stripes} (domain B) from
 * their negatives (domain A), in [0, 1]. Translators that know the answer, get it wrong in a known
 * way, or ignore their input give figures computed here independently.
 */
class TranslationFidelityTest {

    private static final FeatureClassifier.Settings SMALL = new FeatureClassifier.Settings(16, 2, 32, 3e-3, 0);
    private static final SampleGenerator NO_NOISE = (manager, count, seed, labels) -> {
        throw new AssertionError("a translation metric must not draw from noise");
    };

    @TempDir
    Path cache;

    private final List<String> notes = new ArrayList<>();

    private TranslationFidelity metric(int samples) {
        return new TranslationFidelity(samples, SMALL, new ClassifierCache(cache));
    }

    private Evaluation evaluation(GanDataset data, UnaryOperator<NDArray> translation) {
        return new Evaluation(NO_NOISE, data, 0, 5, notes::add, EngineSupport.of(TrainingEngine.PYTORCH),
                translation == null ? null : new Fixed(translation));
    }

    /** A translator that applies {@code translation} to its inputs, for data in [0, 1]. */
    private record Fixed(UnaryOperator<NDArray> translation) implements Translator {
        @Override
        public NDArray translate(NDManager manager, NDArray inputs, NDArray labels) {
            assertEquals(null, labels, "an unconditional generator is given no labels");
            return translation.apply(inputs);
        }

        @Override
        public double min() {
            return 0;
        }

        @Override
        public double max() {
            return 1;
        }
    }

    @Test
    void theTrueTranslationScoresPerfectlyAndReadsAsItsClassAsOftenAsTheRealImages() throws IOException {
        try (TranslationFidelity metric = metric(0)) {
            Map<String, Double> figures = metric.evaluate(evaluation(new NegativeStripes(true), inputs -> inputs.neg().add(1)));
            assertEquals(List.of("l1", "psnr", "class-rate", "real-class-rate"), List.copyOf(figures.keySet()));
            assertTrue(figures.get("l1") < 1e-6, figures.toString());
            assertTrue(figures.get("psnr") > 100, figures.toString());
            assertTrue(figures.get("real-class-rate") > 0.95, figures.toString());
            assertEquals(figures.get("real-class-rate"), figures.get("class-rate"));
        }
        assertTrue(notes.stream().anyMatch(note -> note.startsWith("translation: training the classifier")), notes.toString());
    }

    /** A {@link Fixed} translator with a way back, as CycleGAN has. */
    private record Reversible(UnaryOperator<NDArray> translation, UnaryOperator<NDArray> back) implements Translator {
        @Override
        public NDArray translate(NDManager manager, NDArray inputs, NDArray labels) {
            return translation.apply(inputs);
        }

        @Override
        public NDArray translateBack(NDManager manager, NDArray inputs, NDArray labels) {
            return back.apply(inputs);
        }

        @Override
        public boolean hasInverse() {
            return true;
        }

        @Override
        public double min() {
            return 0;
        }

        @Override
        public double max() {
            return 1;
        }
    }

    @Test
    void aTranslatorWithAWayBackIsScoredInBothDirectionsAndOnItsCycle() throws IOException {
        UnaryOperator<NDArray> negative = inputs -> inputs.neg().add(1);
        try (TranslationFidelity metric = metric(0)) {
            Map<String, Double> exact = metric.evaluate(new Evaluation(NO_NOISE, new NegativeStripes(true), 0, 5,
                    notes::add, EngineSupport.of(TrainingEngine.PYTORCH), new Reversible(negative, negative)));
            assertEquals(List.of("l1", "psnr", "class-rate", "real-class-rate", "l1-b-to-a", "psnr-b-to-a", "cycle-l1"),
                    List.copyOf(exact.keySet()));
            assertTrue(exact.get("l1-b-to-a") < 1e-6 && exact.get("cycle-l1") < 1e-6, exact.toString());
            // Back "translated" by the identity: B's negatives against A, and A's negatives against A.
            Map<String, Double> wrongWayBack = metric.evaluate(new Evaluation(NO_NOISE, new NegativeStripes(true), 0, 5,
                    notes::add, EngineSupport.of(TrainingEngine.PYTORCH), new Reversible(negative, inputs -> inputs)));
            assertTrue(wrongWayBack.get("l1") < 1e-6, wrongWayBack.toString());
            assertTrue(wrongWayBack.get("l1-b-to-a") > 0.1, wrongWayBack.toString());
            assertEquals(wrongWayBack.get("l1-b-to-a"), wrongWayBack.get("cycle-l1"), 1e-9);
        }
    }

    @Test
    void stripesTurnedTheOtherWayAreReadAsTheOtherClass() throws IOException {
        try (TranslationFidelity metric = metric(0)) {
            Map<String, Double> figures = metric.evaluate(evaluation(new NegativeStripes(true),
                    inputs -> inputs.neg().add(1).transpose(0, 1, 3, 2)));
            assertTrue(figures.get("class-rate") < 0.05, figures.toString());
            assertTrue(figures.get("real-class-rate") > 0.95, figures.toString());
        }
    }

    @Test
    void l1AndPsnrOfAGreyTranslationAreThoseOfTheTargetsAgainstGrey() throws IOException {
        int samples = 300;
        double absolute = 0;
        double squared = 0;
        int values;
        try (NDManager manager = NDManager.newBaseManager()) {
            float[] targets = new NegativeStripes(true).split(GanDataset.Split.TEST).orElseThrow()
                    .slice(manager, 0, samples).samples().toFloatArray();
            values = targets.length;
            for (float target : targets) {
                absolute += Math.abs(0.5 - target);
                squared += (0.5 - target) * (0.5 - target);
            }
        }
        try (TranslationFidelity metric = metric(samples)) {
            Map<String, Double> figures = metric.evaluate(evaluation(new NegativeStripes(true),
                    inputs -> inputs.zerosLike().add(0.5f)));
            assertEquals(absolute / values, figures.get("l1"), 1e-6);
            assertEquals(10 * Math.log10(1 / (squared / values)), figures.get("psnr"), 1e-4);
        }
    }

    @Test
    void aGeneratorFromNoiseIsRefused() {
        try (TranslationFidelity metric = metric(0)) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> metric.evaluate(evaluation(new NegativeStripes(true), null)));
            assertTrue(refused.getMessage().contains("translates nothing"), refused.getMessage());
        }
    }

    @Test
    void dataOfOneDomainOrWithoutATestSplitIsRefused() {
        try (TranslationFidelity metric = metric(0)) {
            IllegalArgumentException oneDomain = assertThrows(IllegalArgumentException.class,
                    () -> metric.requireUsable(new Stripes(), false));
            assertTrue(oneDomain.getMessage().contains("this dataset has one domain"), oneDomain.getMessage());
            IllegalArgumentException noTest = assertThrows(IllegalArgumentException.class,
                    () -> metric.requireUsable(new NegativeStripes(false), false));
            assertTrue(noTest.getMessage().contains("has no test split"), noTest.getMessage());
        }
    }

    /** {@link Stripes} as domain B, paired with their negatives (1 − x) as domain A. */
    private record NegativeStripes(boolean withTest) implements GanDataset {

        private static final Stripes STRIPES = new Stripes();

        @Override
        public Batch batch(NDManager manager, long seed, long position, int batchSize) {
            return paired(STRIPES.batch(manager, seed, position, batchSize));
        }

        @Override
        public int classes() {
            return STRIPES.classes();
        }

        @Override
        public Pairing pairing() {
            return Pairing.PAIRED;
        }

        @Override
        public Optional<SampleSet> split(Split split) {
            if (split == Split.TEST && !withTest) {
                return Optional.empty();
            }
            SampleSet images = STRIPES.split(split).orElseThrow();
            return Optional.of(new SampleSet() {
                @Override
                public int size() {
                    return images.size();
                }

                @Override
                public Batch slice(NDManager manager, int from, int count) {
                    return paired(images.slice(manager, from, count));
                }
            });
        }

        private static Batch paired(Batch images) {
            return new Batch(images.samples(), images.labels(), images.samples().neg().add(1));
        }
    }
}
