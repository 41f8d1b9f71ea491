package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ganforge.cli.ExitCode;
import dev.ganforge.engine.api.EvaluationOptions;
import dev.ganforge.engine.api.Ganforge;
import dev.ganforge.engine.api.MetricFigures;
import dev.ganforge.engine.api.Run;
import dev.ganforge.engine.api.TrainingOptions;
import dev.ganforge.spec.PluginRef;
import dev.ganforge.validate.SpecException;
import dev.ganforge.yaml.YamlSpecReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Run#evaluate}: the figures {@code ganforge evaluate} prints, of the latest checkpoint or
 * of a given step, with the spec's metrics or others. The ring is trained once with the cheap test
 * metric {@code generated-mean}.
 */
class RunEvaluationTest {

    @TempDir
    static Path shared;

    private static Path ringRun;

    @BeforeAll
    static void trainTheRingWithAMetric() throws IOException {
        ringRun = shared.resolve("ring");
        Ganforge.train(YamlSpecReader.read(EvaluationCommandsTest.ringWithMetric(), "ring.yaml"), ringRun,
                TrainingOptions.defaults());
    }

    /** {@code figures} as {@code ganforge evaluate} prints them. */
    private static String printed(MetricFigures figures) {
        StringBuilder text = new StringBuilder("tiny-ring-metric, step " + figures.step() + "\n");
        figures.values().forEach((name, value) -> text.append(String.format(Locale.ROOT, "%s: %.6g%n", name, value)));
        return text.toString();
    }

    private static String evaluateWithTheCommandLine(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("evaluate", ringRun.toString()));
        args.addAll(List.of(options));
        Cli evaluate = Cli.run(args.toArray(String[]::new));
        assertEquals(ExitCode.OK, evaluate.exitCode, evaluate.transcript());
        return evaluate.out;
    }

    @Test
    void evaluateGivesTheFiguresOfTheLatestCheckpointAndOfStepZero() throws IOException {
        try (Run run = Ganforge.open(ringRun)) {
            MetricFigures latest = run.evaluate();
            MetricFigures untrained = run.evaluate(EvaluationOptions.builder().optStep(0).build());

            assertEquals(20, latest.step());
            assertEquals(List.of("mean", "spread"), List.copyOf(latest.values().keySet()));
            assertEquals(evaluateWithTheCommandLine(), printed(latest));
            assertEquals(0, untrained.step());
            assertEquals(evaluateWithTheCommandLine("--step", "0"), printed(untrained));
            assertNotEquals(latest.value("mean"), untrained.value("mean"));
        }
    }

    @Test
    void fewerSamplesOrAnotherMetricAreTheFiguresOfTheCommandLine() throws IOException {
        try (Run run = Ganforge.open(ringRun)) {
            MetricFigures fewer = run.evaluate(EvaluationOptions.builder().optSamples(7).optStep(10).build());

            assertEquals(evaluateWithTheCommandLine("--samples", "7", "--step", "10"), printed(fewer));
            assertNotEquals(run.evaluate(EvaluationOptions.builder().optStep(10).build()), fewer);
        }
    }

    @Test
    void aStepWithoutACheckpointOrARunWithoutAMetricIsRefused(@TempDir Path dir) throws IOException {
        Path plain = dir.resolve("plain");
        Ganforge.train(YamlSpecReader.read(TinySpecs.ring(), "ring.yaml"), plain, TrainingOptions.builder().optSteps(0).build());

        try (Run ring = Ganforge.open(ringRun); Run run = Ganforge.open(plain)) {
            IOException missing = assertThrows(IOException.class,
                    () -> ring.evaluate(EvaluationOptions.builder().optStep(5).build()));
            SpecException noMetric = assertThrows(SpecException.class, run::evaluate);
            MetricFigures named = run.evaluate(EvaluationOptions.builder().addMetric(PluginRef.of("generated-mean")).build());

            assertEquals(ringRun + " has no checkpoint of step 5; it has checkpoints of steps 10, 20"
                    + " (and step 0 is the untrained generator)", missing.getMessage());
            assertEquals("training.metrics", noMetric.problems().get(0).path());
            assertEquals(List.of("mean", "spread"), List.copyOf(named.values().keySet()));
            assertEquals("no figure 'fid'; the metrics reported [mean, spread]",
                    assertThrows(IllegalArgumentException.class, () -> named.value("fid")).getMessage());
        }
    }
}
