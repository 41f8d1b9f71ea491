package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ganforge.cli.ExitCode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ganforge translate} applies a trained pix2pix generator to a folder of images, and a
 * translating run is refused what it cannot do (b-to-a without an inverse, sampling from noise).
 */
class TranslateCommandTest {

    @TempDir
    static Path dir;

    private static Path run;

    /** A tiny pix2pix on 16×16 edges of the built-in shapes, trained a few steps. */
    @BeforeAll
    static void train() {
        Path spec = TinySpecs.write(dir, "p2p.yaml", """
                name: p2p
                data:
                  shape: [1, 16, 16]
                  range: [-1, 1]
                  dataset: {type: edges, images: synthetic-shapes, train-size: 64, test-size: 16}
                recipe: pix2pix
                generator:
                  blocks:
                    - conv: {filters: 8}
                    - activation: relu
                    - conv: {filters: 1}
                    - activation: tanh
                discriminator:
                  blocks:
                    - conv: {filters: 8, stride: 2}
                    - activation: leaky-relu
                    - conv: {filters: 1, kernel: 4}
                training: {batch-size: 8, steps: 3, seed: 2}
                """);
        run = dir.resolve("run");
        Cli train = Cli.run("train", spec.toString(), "--out", run.toString());
        assertEquals(ExitCode.OK, train.exitCode, train.transcript());
    }

    @Test
    void translatesEveryImageOfAFolderIntoPngsOfTheSpecsSize() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String name : new String[] {"one.png", "two.png", "three.png"}) {
            ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", in.resolve(name).toFile());
        }
        Path out = dir.resolve("out");
        Cli translate = Cli.run("translate", run.toString(), "--in", in.toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, translate.exitCode, translate.transcript());
        assertEquals("translated 3 images a-to-b with step 3 into " + out + "\n", translate.out);
        for (String name : new String[] {"one.png", "two.png", "three.png"}) {
            BufferedImage image = ImageIO.read(out.resolve(name).toFile());
            assertTrue(image.getWidth() >= 16 && image.getHeight() >= 16, name + " is " + image.getWidth() + "×"
                    + image.getHeight());
        }
    }

    @Test
    void aRunWithoutAnInverseOrFromNoiseIsRefusedInOneLine() {
        Cli backwards = Cli.run("translate", run.toString(), "--in", dir.toString(), "--out", dir.resolve("b").toString(),
                "--direction", "b-to-a");
        assertEquals(ExitCode.INVALID_SPEC, backwards.exitCode, backwards.transcript());
        assertEquals("ganforge: recipe 'pix2pix' translates only a-to-b; it has no network for b-to-a\n", backwards.err);
        Cli sample = Cli.run("sample", run.toString(), "--out", dir.resolve("x.png").toString());
        assertEquals(ExitCode.INVALID_SPEC, sample.exitCode, sample.transcript());
        assertTrue(sample.err.startsWith("ganforge: run 'p2p' translates images (recipe 'pix2pix')"), sample.err);
    }
}
