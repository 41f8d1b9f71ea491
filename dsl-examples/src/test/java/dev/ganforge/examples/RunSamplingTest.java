package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ganforge.cli.ExitCode;
import dev.ganforge.engine.api.Ganforge;
import dev.ganforge.engine.api.Run;
import dev.ganforge.engine.api.SampleOptions;
import dev.ganforge.engine.api.Samples;
import dev.ganforge.engine.api.TrainingOptions;
import dev.ganforge.engine.api.WrittenSamples;
import dev.ganforge.engine.sample.IdxFiles;
import dev.ganforge.yaml.YamlSpecReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Run#sample}, {@link Run#write} and {@link Run#writeIdx}: the files {@code ganforge sample}
 * writes, byte for byte, and the same samples as Java arrays. Three tiny runs are trained once: an
 * 8×8 image GAN, the ring, and a conditional GAN of two classes.
 */
class RunSamplingTest {

    @TempDir
    static Path shared;

    private static Path imageRun;
    private static Path ringRun;
    private static Path conditionalRun;

    @BeforeAll
    static void trainThreeTinyRuns() throws IOException {
        imageRun = shared.resolve("image");
        Ganforge.train(YamlSpecReader.read(TinySpecs.image("synthetic-shapes"), "image.yaml"), imageRun, TrainingOptions.defaults());
        ringRun = shared.resolve("ring");
        Ganforge.train(YamlSpecReader.read(TinySpecs.ring(), "ring.yaml"), ringRun, TrainingOptions.defaults());
        conditionalRun = shared.resolve("conditional");
        Ganforge.train(YamlSpecReader.read(ConditionalCommandsTest.SPEC.formatted("label-channels"), "conditional.yaml"), conditionalRun,
                TrainingOptions.defaults());
    }

    private static void sampleWithTheCommandLine(Path run, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("sample", run.toString()));
        args.addAll(List.of(options));
        Cli sample = Cli.run(args.toArray(String[]::new));
        assertEquals(ExitCode.OK, sample.exitCode, sample.transcript());
    }

    private static void assertSameBytes(Path expected, Path actual) throws IOException {
        assertArrayEquals(Files.readAllBytes(expected), Files.readAllBytes(actual), actual + " is " + expected);
    }

    @Test
    void writeWritesTheGridAndIdxFilesOfTheCommandLine(@TempDir Path dir) throws IOException {
        sampleWithTheCommandLine(imageRun, "--count", "10", "--seed", "5", "--out", dir.resolve("cli.png").toString());

        WrittenSamples written;
        try (Run run = Ganforge.open(imageRun)) {
            written = run.write(dir.resolve("java.png"), SampleOptions.builder().setCount(10).optSeed(5).build());
        }

        assertEquals(new WrittenSamples(2, 10, dir.resolve("java.png"), dir.resolve("java-images-idx3-ubyte"), null, 10), written);
        assertSameBytes(dir.resolve("cli.png"), written.file());
        assertSameBytes(dir.resolve("cli-images-idx3-ubyte"), written.images());
    }

    @Test
    void vectorsAreWrittenAsTheCsvOfTheCommandLine(@TempDir Path dir) throws IOException {
        sampleWithTheCommandLine(ringRun, "--count", "50", "--out", dir.resolve("cli.csv").toString());

        try (Run run = Ganforge.open(ringRun)) {
            WrittenSamples written = run.write(dir.resolve("java.csv"), SampleOptions.builder().setCount(50).optBatchSize(7).build());

            assertEquals(new WrittenSamples(20, 50, dir.resolve("java.csv"), null, null, 0), written);
            assertSameBytes(dir.resolve("cli.csv"), written.file());
            IllegalArgumentException png = assertThrows(IllegalArgumentException.class,
                    () -> run.write(dir.resolve("points.png"), SampleOptions.of(5)));
            assertEquals("this run's samples are vectors, written as CSV (one sample a line); name the file .csv,"
                    + " not points.png", png.getMessage());
        }
    }

    @Test
    void sampleGivesTheSamplesOfTheFilesAsArrays(@TempDir Path dir) throws IOException {
        try (Run run = Ganforge.open(imageRun)) {
            SampleOptions options = SampleOptions.builder().setCount(10).optSeed(5).build();
            Samples samples = run.sample(options);
            WrittenSamples idx = run.writeIdx(dir.resolve("images-idx3-ubyte"), null, options);

            assertEquals(10, samples.count());
            assertEquals(2, samples.step());
            assertEquals(List.of(1, 8, 8), samples.shape());
            float[][] values = samples.toArray();
            assertEquals(10, values.length);
            assertEquals(64, values[9].length);
            assertArrayEquals(values[3], samples.sample(3));
            assertEquals(0, samples.labels().length, "no labels for an unconditional GAN");
            float[] all = new float[640];
            for (int i = 0; i < 10; i++) {
                System.arraycopy(values[i], 0, all, i * 64, 64);
            }
            byte[] file = Files.readAllBytes(idx.images());
            assertArrayEquals(IdxFiles.levels(all, run.spec().data().min(), run.spec().data().max()),
                    Arrays.copyOfRange(file, 16, file.length),
                    "the IDX file holds the same samples");
            assertSameBytes(dir.resolve("images-idx3-ubyte"), written(run, dir, options));
        }
    }

    /** The IDX file {@link Run#write} writes beside its grid. */
    private static Path written(Run run, Path dir, SampleOptions options) throws IOException {
        return run.write(dir.resolve("grid.png"), options).images();
    }

    @Test
    void theBatchSizeDoesNotChangeTheSamples() throws IOException {
        try (Run run = Ganforge.open(imageRun)) {
            float[][] one = run.sample(SampleOptions.builder().setCount(9).build()).toArray();
            float[][] threes = run.sample(SampleOptions.builder().setCount(9).optBatchSize(3).build()).toArray();

            for (int i = 0; i < 9; i++) {
                assertArrayEquals(one[i], threes[i], 1e-6f, "sample " + i);
            }
        }
    }

    @Test
    void aConditionalGanDrawsItsClassesInTurnOrTheOneAskedFor(@TempDir Path dir) throws IOException {
        sampleWithTheCommandLine(conditionalRun, "--count", "4", "--out", dir.resolve("cli.png").toString());
        try (Run run = Ganforge.open(conditionalRun)) {
            assertEquals(2, run.classes());
            assertArrayEquals(new int[] {0, 1, 0, 1}, run.sample(SampleOptions.of(4)).labels());
            assertArrayEquals(new int[] {1, 1, 1}, run.sample(SampleOptions.builder().setCount(3).optLabel(1).build()).labels());

            WrittenSamples inTurn = run.write(dir.resolve("java.png"), SampleOptions.of(4));
            WrittenSamples ones = run.writeIdx(dir.resolve("ones-images"), dir.resolve("ones-labels"),
                    SampleOptions.builder().setCount(3).optLabels(i -> 1).build());

            assertSameBytes(dir.resolve("cli.png"), inTurn.file());
            assertSameBytes(dir.resolve("cli-labels-idx1-ubyte"), inTurn.labels());
            BufferedImage grid = ImageIO.read(inTurn.file().toFile());
            assertEquals(2 * 8 + 3, grid.getWidth(), "a column per class");
            byte[] labels = Files.readAllBytes(ones.labels());
            assertArrayEquals(new byte[] {1, 1, 1}, Arrays.copyOfRange(labels, 8, labels.length));
            IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                    () -> run.sample(SampleOptions.builder().setCount(2).optLabel(2).build()));
            assertEquals("class 2 does not exist: spec 'tiny-conditional' has classes 0 to 1", missing.getMessage());
        }
    }

    @Test
    void labelsAreRefusedForAnUnconditionalGanAndVectorsForIdx(@TempDir Path dir) throws IOException {
        try (Run image = Ganforge.open(imageRun); Run ring = Ganforge.open(ringRun)) {
            IllegalArgumentException label = assertThrows(IllegalArgumentException.class,
                    () -> image.sample(SampleOptions.builder().setCount(2).optLabel(0).build()));
            IllegalArgumentException labelsFile = assertThrows(IllegalArgumentException.class,
                    () -> image.writeIdx(dir.resolve("i"), dir.resolve("l"), SampleOptions.of(2)));
            IllegalArgumentException vectors = assertThrows(IllegalArgumentException.class,
                    () -> ring.writeIdx(dir.resolve("i"), null, SampleOptions.of(2)));

            assertEquals("spec 'tiny-image' is not conditional: it takes no class label", label.getMessage());
            assertTrue(labelsFile.getMessage().startsWith("spec 'tiny-image' is not conditional"), labelsFile.getMessage());
            assertTrue(vectors.getMessage().startsWith("IDX files hold images, and this run's samples are vectors of 2"),
                    vectors.getMessage());
        }
    }

    @Test
    void optionsOutOfRangeAndADirectoryWithoutARunAreRefused(@TempDir Path dir) {
        assertEquals("the count of samples must be at least 1, found 0 (set it with setCount)",
                assertThrows(IllegalArgumentException.class, () -> SampleOptions.builder().build()).getMessage());
        assertEquals("the batch size must be at least 1, found 0", assertThrows(IllegalArgumentException.class,
                () -> SampleOptions.builder().setCount(1).optBatchSize(0).build()).getMessage());
        IOException none = assertThrows(IOException.class, () -> Ganforge.open(dir));
        assertTrue(none.getMessage().startsWith(dir + " holds no ganforge run"), none.getMessage());
    }
}
