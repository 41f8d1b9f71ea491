package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ganforge.cli.ExitCode;
import dev.ganforge.engine.api.Ganforge;
import dev.ganforge.engine.api.TrainingOptions;
import dev.ganforge.engine.api.TrainingResult;
import dev.ganforge.engine.run.RunListener;
import dev.ganforge.engine.train.StepRecord;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.validate.SpecException;
import dev.ganforge.yaml.YamlSpecReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Ganforge#train} and {@link Ganforge#resume}: the run directory {@code ganforge train}
 * writes, the same losses, and listeners told of every step, sample image, evaluation and
 * checkpoint as it is on disk.
 */
class GanforgeTrainingTest {

    /** Writes down what it is told, checking that each file it is told of is there. */
    private static final class Recorder implements RunListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void onStart(long fromStep, long toStep) {
            events.add("start " + fromStep + " " + toStep);
        }

        @Override
        public void onStep(StepRecord record) {
            events.add("step " + record.step());
        }

        @Override
        public void onSamples(long step, Path image) {
            assertTrue(Files.isRegularFile(image), image + " is written");
            events.add("samples " + step + " " + image.getFileName());
        }

        @Override
        public void onEvaluation(long step, Map<String, Double> figures) {
            events.add("evaluation " + step + " " + figures.keySet());
        }

        @Override
        public void onCheckpoint(long step, Path folder) {
            assertTrue(Files.isDirectory(folder), folder + " is written");
            events.add("checkpoint " + step + " " + folder.getFileName());
        }
    }

    private static GanSpec ringWithMetric() {
        return YamlSpecReader.read(EvaluationCommandsTest.ringWithMetric(), "ring.yaml");
    }

    /** The losses and gradient norms of history.csv, without the throughput that differs from run to run. */
    private static List<String> losses(Path run) throws IOException {
        return Files.readAllLines(run.resolve("history.csv")).stream()
                .map(line -> line.substring(0, line.lastIndexOf(',')))
                .toList();
    }

    @Test
    void trainTellsTheListenersOfEveryStepAndFileInOrder(@TempDir Path dir) throws IOException {
        Recorder recorder = new Recorder();
        Path out = dir.resolve("run");

        TrainingResult result = Ganforge.train(ringWithMetric(), out,
                TrainingOptions.builder().addListener(recorder).build());

        assertEquals(new TrainingResult(out, 0, 20), result);
        List<String> expected = new ArrayList<>(List.of("start 0 20", "samples 0 step-000000.png", "evaluation 0 [mean, spread]"));
        for (int step = 1; step <= 20; step++) {
            expected.add("step " + step);
            if (step % 10 == 0) {
                expected.add("samples " + step + String.format(" step-%06d.png", step));
                expected.add("evaluation " + step + " [mean, spread]");
                expected.add("checkpoint " + step + String.format(" step-%06d", step));
            }
        }
        assertEquals(expected, recorder.events);
        for (String file : List.of("spec.yaml", "provenance.yaml", "history.csv", "losses.png", "metrics.csv", "report.html")) {
            assertTrue(Files.exists(out.resolve(file)), file);
        }
    }

    @Test
    void trainingFromJavaGivesTheLossesOfTheCommandLine(@TempDir Path dir) throws IOException {
        Path file = TinySpecs.write(dir, "ring.yaml", TinySpecs.ring());
        Cli cli = Cli.run("train", file.toString(), "--out", dir.resolve("cli").toString());
        assertEquals(ExitCode.OK, cli.exitCode, cli.transcript());

        Ganforge.train(YamlSpecReader.read(file), dir.resolve("java"), TrainingOptions.defaults());

        assertEquals(21, losses(dir.resolve("java")).size(), "a header and 20 steps");
        assertEquals(losses(dir.resolve("cli")), losses(dir.resolve("java")));
    }

    @Test
    void aRunTrainedInPartsWithResumeHasTheLossesOfAStraightRun(@TempDir Path dir) throws IOException {
        GanSpec spec = YamlSpecReader.read(TinySpecs.ring(), "ring.yaml");
        Path straight = dir.resolve("straight");
        Path parts = dir.resolve("parts");
        Ganforge.train(spec, straight, TrainingOptions.defaults());

        TrainingResult first = Ganforge.train(spec, parts, TrainingOptions.builder().optSteps(10).build());
        Recorder recorder = new Recorder();
        TrainingResult more = Ganforge.resume(parts, TrainingOptions.builder().optMoreSteps(5).addListener(recorder).build());
        TrainingResult rest = Ganforge.resume(parts, TrainingOptions.defaults());

        assertEquals(new TrainingResult(parts, 0, 10), first);
        assertEquals(new TrainingResult(parts, 10, 15), more);
        assertEquals(5, more.stepsTrained());
        assertEquals("start 10 15", recorder.events.get(0));
        assertEquals("checkpoint 15 step-000015", recorder.events.get(recorder.events.size() - 1));
        assertEquals(new TrainingResult(parts, 15, 20), rest);
        assertEquals(losses(straight), losses(parts));
    }

    @Test
    void theProgressListenerDrawsTheLineOfTheCommandLine(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream drawn = new ByteArrayOutputStream();
        PrintStream progress = new PrintStream(drawn, true, StandardCharsets.UTF_8);

        Ganforge.train(YamlSpecReader.read(TinySpecs.ring(), "ring.yaml"), dir.resolve("run"),
                TrainingOptions.builder().optSteps(4).addListener(RunListener.progress(progress)).build());

        List<String> lines = drawn.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(4, lines.size(), "a line a step, a tenth of four steps being less than one:\n" + lines);
        assertTrue(lines.get(3).startsWith("step 4/4 [========================] 100% d="), lines.get(3));
    }

    @Test
    void aSpecWithProblemsIsRefusedAndLeavesNoDirectory(@TempDir Path dir) {
        GanSpec wrong = YamlSpecReader.read(TinySpecs.ring().replace("loss: bce", "loss: hinj"), "ring.yaml");
        Path out = dir.resolve("run");

        SpecException refused = assertThrows(SpecException.class, () -> Ganforge.train(wrong, out, TrainingOptions.defaults()));

        assertEquals("loss", refused.problems().get(0).path());
        assertFalse(Files.exists(out));
    }

    @Test
    void aDirectoryThatHoldsARunIsNotTrainedAgainAndOneWithoutIsNotResumed(@TempDir Path dir) throws IOException {
        GanSpec spec = YamlSpecReader.read(TinySpecs.ring(), "ring.yaml");
        Path out = dir.resolve("run");
        Ganforge.train(spec, out, TrainingOptions.builder().optSteps(0).build());

        IOException again = assertThrows(IOException.class, () -> Ganforge.train(spec, out, TrainingOptions.defaults()));
        IOException none = assertThrows(IOException.class, () -> Ganforge.resume(dir, TrainingOptions.defaults()));

        assertTrue(again.getMessage().startsWith(out + " already holds a run"), again.getMessage());
        assertTrue(none.getMessage().startsWith(dir + " holds no ganforge run"), none.getMessage());
    }

    @Test
    void optionsThatContradictEachOtherAreRefused() {
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
                () -> TrainingOptions.builder().optSteps(10).optMoreSteps(5).build());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> TrainingOptions.builder().optMoreSteps(-1).build());

        assertEquals("set optSteps (train until a step) or optMoreSteps (train so many more), not both", both.getMessage());
        assertEquals("steps must be 0 or more, found -1", negative.getMessage());
    }
}
