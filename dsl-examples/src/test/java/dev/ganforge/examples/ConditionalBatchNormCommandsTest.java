package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ganforge.cli.ExitCode;
import dev.ganforge.engine.api.GanDescription;
import dev.ganforge.engine.api.Ganforge;
import dev.ganforge.engine.api.NetworkDescription;
import dev.ganforge.engine.api.NetworkDescription.Block;
import dev.ganforge.yaml.YamlSpecReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class-conditional batch norm through the command line: its per-class parameters counted, a
 * generator conditioned by it alone trains and samples, and the specs it cannot work in are
 * refused with the line and column to change.
 */
class ConditionalBatchNormCommandsTest {

    /** An 8×8 generator whose label reaches only its cBN blocks, one of them in a residual body. */
    static final String SPEC = """
            name: tiny-cbn
            data:
              shape: [1, 8, 8]
              range: [0, 1]
              dataset: test-stripes
            latent:
              size: 4
            conditioning: {classes: 2, type: projection, join-noise: false}
            loss: hinge
            generator:
              blocks:
                - projection: {shape: [2, 4, 4]}
                - residual:
                    body: [conditional-batch-norm, activation: relu, upsample: 2, conv: {filters: 2}]
                    shortcut: [upsample: 2, conv: {filters: 2, kernel: 1}]
                - conditional-batch-norm
                - conv: {filters: 1, activation: sigmoid}
            discriminator:
              blocks:
                - flatten
                - dense: {units: 8, activation: leaky-relu}
                - dense: {units: 1}
            training: {batch-size: 8, steps: 2, seed: 4, sample-every: 2, checkpoint-every: 2}
            """;

    @TempDir
    Path dir;

    @Test
    void describeCountsTwoValuesPerChannelAndClass() {
        NetworkDescription generator = Ganforge.describe(YamlSpecReader.read(SPEC, "cbn.yaml")).network("generator");
        assertEquals(new Block(0, "conditioning", "the label reaches only its conditional-batch-norm blocks",
                List.of(4L), 0), generator.blocks().get(0));
        // residual: cBN 2·2 channels·2 classes, conv 2→2 3×3 with bias, shortcut conv 2→2 1×1 with bias
        assertEquals(2 * 2 * 2 + (2 * 2 * 9 + 2) + (2 * 2 + 2), generator.blocks().get(2).trainableParameters());
        assertEquals(new Block(3, "conditional-batch-norm", "momentum 0.9", List.of(2L, 8L, 8L), 2 * 2 * 2),
                generator.blocks().get(3));
    }

    @Test
    void cbnFashionDescribesWithThePyTorchCounts() {
        GanDescription description = Ganforge.describe(SeedArchitectures.cbnFashion());
        assertEquals(566_401, description.network("generator").trainableParameters());
        assertEquals(264_129, description.network("discriminator").trainableParameters());
        Cli describe = Cli.run("describe", SeedYamlTest.YAML.resolve("cbn-fashion.yaml").toString());
        assertEquals(ExitCode.OK, describe.exitCode, describe.transcript());
        assertTrue(describe.out.contains("generator trainable parameters: 566,401\n"
                + "discriminator trainable parameters: 264,129\n"), describe.out);
    }

    @Test
    void aGeneratorConditionedByItsBatchNormsAloneTrainsAndDrawsAClass() {
        Path spec = TinySpecs.write(dir, "cbn.yaml", SPEC);
        Path run = dir.resolve("run");
        Cli train = Cli.run("train", spec.toString(), "--out", run.toString());
        assertEquals(ExitCode.OK, train.exitCode, train.transcript());
        Cli sample = Cli.run("sample", run.toString(), "--count", "3", "--label", "1",
                "--out", dir.resolve("ones.png").toString());
        assertEquals(ExitCode.OK, sample.exitCode, sample.transcript());
    }

    @Test
    void cbnInAnUnconditionalSpecIsLocatedAtItsBlock() {
        String yaml = SPEC.replace("conditioning: {classes: 2, type: projection, join-noise: false}\n", "");
        assertRefused(yaml, ":12:7: generator.blocks[1]: generator block 2 (residual) has body block 1"
                + " (conditional-batch-norm), which looks its gain and bias up by the class label, but the spec is not"
                + " conditional; add 'conditioning: {type: projection, classes: 10}' (your number of classes), or use"
                + " 'batch-norm'");
    }

    @Test
    void noJoinWithoutACbnBlockIsLocatedAtTheJoin() {
        String yaml = SPEC.replace("conditional-batch-norm", "batch-norm");
        assertRefused(yaml, ":8:58: conditioning.join-noise: join-noise is false, so the generator would never see"
                + " the class label: none of its blocks is a conditional-batch-norm; put conditional-batch-norm in its"
                + " blocks (SNGAN has one before each convolution of its residual blocks), or set join-noise: true");
    }

    @Test
    void aGradientPenaltyOnACriticWithCbnIsLocatedAtTheBlock() {
        String yaml = SPEC.replace("loss: hinge", "loss: wasserstein-gp").replace(
                "    - dense: {units: 8, activation: leaky-relu}\n",
                "    - dense: {units: 8, activation: leaky-relu}\n    - conditional-batch-norm\n");
        assertRefused(yaml, ":22:7: discriminator.blocks[2]: the loss's gradient penalty needs the critic's input"
                + " gradient, which discriminator block 3 (conditional-batch-norm) cannot give; remove batch-norm,"
                + " conditional-batch-norm and dropout from the critic (WGAN-GP critics use none of them)");
    }

    @Test
    void classAccuracyIsMeasuredOnTheConditionalRunAndRefusedOnAnUnconditionalOne() throws Exception {
        String metric = "  evaluate-every: 2\n  metrics: [{type: class-accuracy, samples-per-class: 20, features: 8,"
                + " epochs: 1, cache: '" + dir.resolve("classifiers") + "'}]\n";
        String yaml = SPEC.replace("training: {batch-size: 8, steps: 2, seed: 4, sample-every: 2, checkpoint-every: 2}\n",
                "training:\n  batch-size: 8\n  steps: 2\n  seed: 4\n  sample-every: 2\n  checkpoint-every: 2\n" + metric);
        Path spec = TinySpecs.write(dir, "measured.yaml", yaml);
        Path run = dir.resolve("measured");
        Cli train = Cli.run("train", spec.toString(), "--out", run.toString());
        assertEquals(ExitCode.OK, train.exitCode, train.transcript());
        List<String> rows = Files.readAllLines(run.resolve("metrics.csv"));
        assertTrue(rows.get(0).contains("class-accuracy,worst-class-accuracy,classifier-accuracy"), rows.toString());
        assertEquals(3, rows.size(), "before training and after step 2: " + rows);

        String unconditional = TinySpecs.ring().replace("  checkpoint-every: 10\n",
                "  checkpoint-every: 10\n  evaluate-every: 5\n  metrics: [class-accuracy]\n");
        assertRefused(unconditional, ":26:13: training.metrics[0]: class-accuracy: it measures how often samples are"
                + " read as the class they were generated for, and this GAN is not conditional; add 'conditioning:"
                + " {type: projection, classes: N}', or use classifier-fid");
    }

    private void assertRefused(String yaml, String locatedProblem) {
        TrainOnlyChecksTest.assertRefused(dir, yaml, locatedProblem);
    }
}
