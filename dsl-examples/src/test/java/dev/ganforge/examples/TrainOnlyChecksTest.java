package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.ganforge.cli.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks that once fired only when training started, as unlocated errors after {@code
 * validate} had said ok: {@code validate} now makes them, at the file, line and column of the value
 * to change, with exit code 3; {@code train} refuses the same spec the same way and leaves no run.
 */
class TrainOnlyChecksTest {

    @TempDir
    Path dir;

    @Test
    void gradientPenaltyOnACriticWithBatchNormIsLocatedAtTheBlock() {
        String yaml = TinySpecs.ring().replace("loss: bce", "loss: wasserstein-gp").replace(
                "    - dense: {units: 16, activation: relu}\n    - dense: {units: 1}",
                "    - dense: {units: 16, activation: relu}\n    - batch-norm\n    - dense: {units: 1}");
        assertRefused(yaml, ":18:7: discriminator.blocks[1]: the loss's gradient penalty needs the critic's input"
                + " gradient, which discriminator block 2 (batch-norm) cannot give; remove batch-norm,"
                + " conditional-batch-norm and dropout from the critic (WGAN-GP critics use none of them)");
    }

    @Test
    void negativeLearningRateIsLocatedAtTheOptimizer() {
        String yaml = TinySpecs.ring().replace("optimizer: {type: adam, lr: 1e-3, beta1: 0.5, beta2: 0.9}\n  blocks:\n"
                + "    - dense: {units: 16, activation: relu}\n    - dense: {units: 2}",
                "optimizer: {type: adam, lr: -1e-3, beta1: 0.5, beta2: 0.9}\n  blocks:\n"
                + "    - dense: {units: 16, activation: relu}\n    - dense: {units: 2}");
        assertRefused(yaml, ":10:14: generator.optimizer: learning rate must be > 0, is -0.001");
    }

    @Test
    void labelSmoothingOfALossWithoutARealLabelIsLocatedAtTheStrategy() {
        String yaml = TinySpecs.ring().replace("loss: bce", "loss: hinge")
                .replace("  checkpoint-every: 10\n", "  checkpoint-every: 10\n  strategies: [label-smoothing]\n");
        assertRefused(yaml, ":25:16: training.strategies[0]: label-smoothing needs a loss with a real label (bce or"
                + " minimax), not HingeLoss");
    }

    @Test
    void conditioningClassesOtherThanTheDatasetsAreLocatedAtTheClasses() {
        String yaml = """
                name: tiny-conditional
                data:
                  shape: [1, 8, 8]
                  range: [0, 1]
                  dataset: {type: synthetic-shapes, train-size: 100, test-size: 10}
                latent: {size: 4}
                conditioning: {classes: 5, type: label-channels}
                generator:
                  blocks: [flatten, dense: {units: 64, activation: sigmoid}, reshape: [1, 8, 8]]
                discriminator:
                  blocks: [flatten, dense: {units: 1}]
                """;
        assertRefused(yaml, ":7:25: conditioning.classes: conditioning.classes is 5 but the dataset has 10 classes; set"
                + " conditioning.classes to the dataset's");
    }

    private void assertRefused(String yaml, String locatedProblem) {
        assertRefused(dir, yaml, locatedProblem);
    }

    /**
     * Asserts that {@code validate} and {@code train} of {@code yaml} (written in {@code dir}) both
     * exit 3 with the one problem {@code locatedProblem} (from ":line:column: " on), and that the
     * refused train leaves no run.
     */
    static void assertRefused(Path dir, String yaml, String locatedProblem) {
        Path spec = TinySpecs.write(dir, "spec.yaml", yaml);
        Cli validate = Cli.run("validate", spec.toString());
        assertEquals(ExitCode.INVALID_SPEC, validate.exitCode, validate.transcript());
        assertEquals("1 problem in " + spec + ":\n  " + spec + locatedProblem + "\n", validate.err, validate.transcript());

        Path run = dir.resolve("run");
        Cli train = Cli.run("train", spec.toString(), "--out", run.toString());
        assertEquals(ExitCode.INVALID_SPEC, train.exitCode, train.transcript());
        assertEquals(validate.err, train.err, train.transcript());
        assertFalse(Files.exists(run), "a refused spec leaves no run");
    }
}
