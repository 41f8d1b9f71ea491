package dev.ganforge.plugins.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ganforge.engine.metric.Evaluation;
import dev.ganforge.engine.metric.SampleGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassAccuracyTest {

    private static final FeatureClassifier.Settings SMALL = new FeatureClassifier.Settings(16, 2, 32, 3e-3, 0);

    /** New stripes of the class asked for. */
    private static final SampleGenerator OBEYING = (manager, count, seed, labels) ->
            Stripes.images(manager, labels.toIntArray(), 55_000 + seed * count);
    /** Class 0 (horizontal stripes) whatever is asked. */
    private static final SampleGenerator ONE_CLASS = (manager, count, seed, labels) ->
            Stripes.images(manager, new int[count], 66_000 + seed * count);

    @TempDir
    Path cache;

    private final List<String> notes = new ArrayList<>();

    private ClassAccuracy metric(int perClass) {
        return new ClassAccuracy(perClass, SMALL, new ClassifierCache(cache));
    }

    private Evaluation evaluation(SampleGenerator generator) {
        return new Evaluation(generator, new Stripes(), 2, 3, notes::add);
    }

    @Test
    void samplesOfTheAskedClassScoreHighAndALabelIgnoredScoresByClass() throws IOException {
        try (ClassAccuracy metric = metric(120)) {
            Map<String, Double> obeying = metric.evaluate(evaluation(OBEYING));
            assertEquals(List.of("class-accuracy", "worst-class-accuracy", "classifier-accuracy"),
                    List.copyOf(obeying.keySet()));
            assertTrue(obeying.get("classifier-accuracy") > 0.95, obeying.toString());
            assertTrue(obeying.get("class-accuracy") > 0.95, obeying.toString());
            assertTrue(obeying.get("worst-class-accuracy") > 0.9, obeying.toString());

            Map<String, Double> ignoring = metric.evaluate(evaluation(ONE_CLASS));
            // Every sample is of class 0: right for the 120 asked for class 0, wrong for the 120 of class 1.
            assertEquals(0.5, ignoring.get("class-accuracy"), 0.05, ignoring.toString());
            assertEquals(0.0, ignoring.get("worst-class-accuracy"), 0.05, ignoring.toString());
            assertEquals(obeying.get("classifier-accuracy"), ignoring.get("classifier-accuracy"), "the same classifier");
        }
    }

    @Test
    void theSameGeneratorAndSeedGiveTheSameFigures() throws IOException {
        try (ClassAccuracy metric = metric(30)) {
            assertEquals(metric.evaluate(evaluation(OBEYING)), metric.evaluate(evaluation(OBEYING)));
        }
    }

    @Test
    void anUnconditionalGanIsRefusedWithTheReason() {
        try (ClassAccuracy metric = metric(10)) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> metric.requireUsable(new Stripes(), false));
            assertEquals("it measures how often samples are read as the class they were generated for, and this GAN is"
                    + " not conditional; add 'conditioning: {type: projection, classes: N}', or use classifier-fid",
                    refused.getMessage());
        }
    }
}
