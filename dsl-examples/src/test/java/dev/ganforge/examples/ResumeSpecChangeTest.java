package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ganforge.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code resume --spec FILE}: a spec that differs from the run's in more than its number of steps
 * would mix two experiments in one run, so it is refused (exit 3, nothing changed) unless the user
 * passes {@code --allow-spec-change}.
 */
class ResumeSpecChangeTest {

    @TempDir
    static Path shared;

    private static Path run;

    @BeforeAll
    static void trainTwoSteps() {
        Path spec = TinySpecs.write(shared, "spec.yaml", TinySpecs.ringWithStrategies());
        run = shared.resolve("run");
        Cli trained = Cli.run("train", spec.toString(), "--steps", "2", "--out", run.toString());
        assertEquals(ExitCode.OK, trained.exitCode, trained.transcript());
    }

    @Test
    void specChangedOnlyInStepsIsAccepted(@TempDir Path dir) throws IOException {
        Path copy = TinySpecs.copyTree(run, dir.resolve("run"));
        Path changed = changed(dir, "steps: 20", "steps: 3");
        Cli resumed = Cli.run("resume", copy.toString(), "--spec", changed.toString());
        assertEquals(ExitCode.OK, resumed.exitCode, resumed.transcript());
        assertEquals("resumed at step 2, trained to step 3; run directory " + copy + "\n", resumed.out);
    }

    @Test
    void changedLossIsRefusedWithExitThreeAndTheRunIsUntouched(@TempDir Path dir) throws IOException {
        assertRefused(dir, changed(dir, "loss: hinge", "loss: bce"));
    }

    @Test
    void changedSeedIsRefused(@TempDir Path dir) throws IOException {
        assertRefused(dir, changed(dir, "seed: 1", "seed: 2"));
    }

    @Test
    void changedStrategyIsRefused(@TempDir Path dir) throws IOException {
        assertRefused(dir, changed(dir, "{type: n-critic, steps: 2}", "{type: n-critic, steps: 3}"));
    }

    @Test
    void changedBatchSizeIsRefused(@TempDir Path dir) throws IOException {
        assertRefused(dir, changed(dir, "batch-size: 32", "batch-size: 16"));
    }

    /** This module has no MXNet on its class path: asking for it is refused before anything changes. */
    @Test
    void resumingOnAnEngineThatIsNotInstalledIsRefusedAndTheRunIsUntouched(@TempDir Path dir) throws IOException {
        Path copy = TinySpecs.copyTree(run, dir.resolve("run"));
        String spec = Files.readString(copy.resolve("spec.yaml"));
        Cli resumed = Cli.run("resume", copy.toString(), "--engine", "mxnet", "--more", "1");
        assertEquals(ExitCode.INVALID_SPEC, resumed.exitCode, resumed.transcript());
        assertEquals("ganforge: engine 'mxnet' (training.engine or --engine) is not available: DJL's MXNet engine is"
                + " not on the class path. To use it, build the optional engine-mxnet module (mvn -B -q package"
                + " -DskipTests builds it, and ./ganforge then finds it), or put ai.djl.mxnet:mxnet-engine:0.36.0 and"
                + " ai.djl.mxnet:mxnet-native-mkl:1.9.1 (classifier linux-x86_64) on the class path; or train on an"
                + " installed engine: pytorch\n", resumed.err);
        assertEquals(spec, Files.readString(copy.resolve("spec.yaml")), "spec.yaml untouched");
        assertEquals("step-000002", Files.readString(copy.resolve("checkpoints/latest")).trim());
    }

    @Test
    void allowSpecChangeAcceptsTheChangeAndRecordsTheNewSpec(@TempDir Path dir) throws IOException {
        Path copy = TinySpecs.copyTree(run, dir.resolve("run"));
        Path changed = changed(dir, "loss: hinge", "loss: bce");
        Cli resumed = Cli.run("resume", copy.toString(), "--spec", changed.toString(), "--allow-spec-change", "--more", "1");
        assertEquals(ExitCode.OK, resumed.exitCode, resumed.transcript());
        assertEquals("resumed at step 2, trained to step 3; run directory " + copy + "\n", resumed.out);
        String recorded = Files.readString(copy.resolve("spec.yaml"));
        assertTrue(recorded.contains("bce") && !recorded.contains("hinge"), recorded);
    }

    private static void assertRefused(Path dir, Path changed) throws IOException {
        Path copy = TinySpecs.copyTree(run, dir.resolve("run"));
        String spec = Files.readString(copy.resolve("spec.yaml"));
        String history = Files.readString(copy.resolve("history.csv"));
        Cli resumed = Cli.run("resume", copy.toString(), "--spec", changed.toString(), "--more", "1");
        assertEquals(ExitCode.INVALID_SPEC, resumed.exitCode, resumed.transcript());
        assertEquals("1 problem in " + copy.resolve("spec.yaml") + ":\n  the spec differs from the one this run was"
                + " trained with in more than training.steps and training.engine; resuming would mix two experiments."
                + " Start a new run, or pass --allow-spec-change if you mean it\n", resumed.err);
        assertEquals(spec, Files.readString(copy.resolve("spec.yaml")), "spec.yaml untouched");
        assertEquals(history, Files.readString(copy.resolve("history.csv")), "history untouched");
        assertEquals("step-000002", Files.readString(copy.resolve("checkpoints/latest")).trim());
    }

    private static Path changed(Path dir, String from, String to) {
        String yaml = TinySpecs.ringWithStrategies();
        assertTrue(yaml.contains(from), from);
        return TinySpecs.write(dir, "changed.yaml", yaml.replace(from, to));
    }
}
