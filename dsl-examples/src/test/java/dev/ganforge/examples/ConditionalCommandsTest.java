package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ganforge.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A conditional GAN through the command line: {@code describe} shows the conditioning,
 * {@code train} runs on labelled data, {@code sample --label} draws one class and writes the
 * labels beside the images, and classes the run lacks are refused.
 */
class ConditionalCommandsTest {

    /** A conditional 8×8 GAN on the two classes of {@code test-stripes}; {@code %s} is the conditioning method. */
    static final String SPEC = """
            name: tiny-conditional
            data:
              shape: [1, 8, 8]
              range: [0, 1]
              dataset: test-stripes
            latent:
              size: 4
            conditioning: {classes: 2, type: %s, embedding: 3}
            loss: bce
            generator:
              blocks:
                - dense: {units: 64, activation: sigmoid}
                - reshape: [1, 8, 8]
            discriminator:
              blocks:
                - flatten
                - dense: {units: 8, activation: leaky-relu}
                - dense: {units: 1}
            training: {batch-size: 8, steps: 2, seed: 4, sample-every: 2, checkpoint-every: 2}
            """;

    @Test
    void describeShowsTheConditioningRowAndItsParameters(@TempDir Path dir) {
        Path spec = TinySpecs.write(dir, "c.yaml", SPEC.formatted("projection"));
        Cli describe = Cli.run("describe", spec.toString());
        assertEquals(ExitCode.OK, describe.exitCode, describe.transcript());
        assertTrue(describe.out.contains("label embedding 2→3 joined to the noise"), describe.out);
        assertTrue(describe.out.contains("projection of a 2-class embedding onto the features"), describe.out);
        // G: embedding 2×3, dense (4 + 3 → 64): 7·64 + 64; D: table 2×8, dense 64→8, dense 8→1.
        assertTrue(describe.out.contains("generator trainable parameters: " + (6 + 7 * 64 + 64)), describe.out);
        assertTrue(describe.out.contains("discriminator trainable parameters: " + (16 + 64 * 8 + 8 + 9)), describe.out);
    }

    @Test
    void sampleDrawsTheRequestedClassAndWritesItsLabels(@TempDir Path dir) throws IOException {
        Path spec = TinySpecs.write(dir, "c.yaml", SPEC.formatted("label-channels"));
        Path run = dir.resolve("run");
        Cli train = Cli.run("train", spec.toString(), "--out", run.toString());
        assertEquals(ExitCode.OK, train.exitCode, train.transcript());

        Cli sample = Cli.run("sample", run.toString(), "--count", "5", "--label", "1", "--out", dir.resolve("ones.png").toString());
        assertEquals(ExitCode.OK, sample.exitCode, sample.transcript());
        byte[] labels = Files.readAllBytes(dir.resolve("ones-labels-idx1-ubyte"));
        assertArrayEquals(new byte[] {0, 0, 8, 1, 0, 0, 0, 5}, Arrays.copyOf(labels, 8), "IDX label header");
        assertArrayEquals(new byte[] {1, 1, 1, 1, 1}, Arrays.copyOfRange(labels, 8, labels.length));

        Cli cycled = Cli.run("sample", run.toString(), "--count", "4", "--out", dir.resolve("all.png").toString());
        assertEquals(ExitCode.OK, cycled.exitCode, cycled.transcript());
        byte[] all = Files.readAllBytes(dir.resolve("all-labels-idx1-ubyte"));
        assertArrayEquals(new byte[] {0, 1, 0, 1}, Arrays.copyOfRange(all, 8, all.length), "classes in turn");

        Cli missing = Cli.run("sample", run.toString(), "--label", "2", "--out", dir.resolve("two.png").toString());
        assertEquals(ExitCode.INVALID_SPEC, missing.exitCode, missing.transcript());
        assertEquals("ganforge: class 2 does not exist: spec 'tiny-conditional' has classes 0 to 1\n", missing.err);
    }

    @Test
    void labelOnAnUnconditionalRunIsRefused(@TempDir Path dir) {
        Path spec = TinySpecs.write(dir, "ring.yaml", TinySpecs.ring().replace("steps: 20", "steps: 1"));
        Path run = dir.resolve("run");
        assertEquals(ExitCode.OK, Cli.run("train", spec.toString(), "--out", run.toString()).exitCode);
        Cli sample = Cli.run("sample", run.toString(), "--label", "0", "--out", dir.resolve("p.csv").toString());
        assertEquals(ExitCode.INVALID_SPEC, sample.exitCode, sample.transcript());
        assertTrue(sample.err.contains("--label needs a conditional GAN"), sample.err);
    }

    @Test
    void classesOtherThanTheDatasetsAreRefusedBeforeARunStarts(@TempDir Path dir) {
        Path spec = TinySpecs.write(dir, "c.yaml", SPEC.formatted("label-channels").replace("classes: 2", "classes: 3"));
        Cli train = Cli.run("train", spec.toString(), "--out", dir.resolve("run").toString());
        assertEquals(ExitCode.INVALID_SPEC, train.exitCode, train.transcript());
        assertTrue(train.err.contains("conditioning.classes is 3 but the dataset has 2 classes"), train.err);
        assertTrue(!Files.exists(dir.resolve("run")), "no run directory is left");
    }
}
