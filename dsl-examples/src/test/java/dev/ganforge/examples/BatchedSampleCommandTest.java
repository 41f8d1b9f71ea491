package dev.ganforge.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ganforge.cli.ExitCode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ganforge sample} generates {@code --batch} samples at a time and writes them as they
 * come: the files hold every sample, the same ones whatever the batch, and the grid shows at most
 * the first 1024.
 */
class BatchedSampleCommandTest {

    @TempDir
    static Path shared;

    private static Path imageRun;
    private static Path ringRun;

    @BeforeAll
    static void trainAnImageRunAndARingRun() {
        Path imageSpec = TinySpecs.write(shared, "shapes.yaml", TinySpecs.image("synthetic-shapes"));
        imageRun = shared.resolve("shapes");
        Cli images = Cli.run("train", imageSpec.toString(), "--out", imageRun.toString());
        assertEquals(ExitCode.OK, images.exitCode, images.transcript());
        ringRun = shared.resolve("ring");
        Cli ring = Cli.run("train", TinySpecs.write(shared, "ring.yaml", TinySpecs.ring()).toString(), "--out", ringRun.toString());
        assertEquals(ExitCode.OK, ring.exitCode, ring.transcript());
    }

    private static Cli sample(Path run, String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "sample";
        args[1] = run.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        Cli sample = Cli.run(args);
        assertEquals(ExitCode.OK, sample.exitCode, sample.transcript());
        return sample;
    }

    /** The dimensions an IDX file's header declares, after checking that the file holds that many bytes. */
    private static List<Integer> idxDimensions(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file));
        int dimensions = bytes.getInt() & 0xff;
        Integer[] dims = new Integer[dimensions];
        long values = 1;
        for (int i = 0; i < dimensions; i++) {
            dims[i] = bytes.getInt();
            values *= dims[i];
        }
        assertEquals(values, bytes.remaining(), file + " holds the values its header declares");
        return List.of(dims);
    }

    @Test
    void imagesSampledInSmallBatchesAreThoseOfOneBatchAndTheIdxFileHoldsThemAll(@TempDir Path dir) throws IOException {
        sample(imageRun, "--count", "150", "--batch", "7", "--out", dir.resolve("small.png").toString());
        sample(imageRun, "--count", "150", "--batch", "150", "--out", dir.resolve("one.png").toString());

        Path small = dir.resolve("small-images-idx3-ubyte");
        assertEquals(List.of(150, 8, 8), idxDimensions(small));
        assertArrayEquals(Files.readAllBytes(dir.resolve("one-images-idx3-ubyte")), Files.readAllBytes(small));
        assertArrayEquals(Files.readAllBytes(dir.resolve("one.png")), Files.readAllBytes(dir.resolve("small.png")));
    }

    @Test
    void vectorsSampledInSmallBatchesAreThoseOfOneBatchAndTheCsvHoldsThemAll(@TempDir Path dir) throws IOException {
        sample(ringRun, "--count", "150", "--batch", "7", "--out", dir.resolve("small.csv").toString());
        sample(ringRun, "--count", "150", "--batch", "150", "--out", dir.resolve("one.csv").toString());

        List<String> small = Files.readAllLines(dir.resolve("small.csv"));
        List<String> one = Files.readAllLines(dir.resolve("one.csv"));
        assertEquals(150, small.size());
        for (int i = 0; i < one.size(); i++) {
            double[] expected = Arrays.stream(one.get(i).split(",")).mapToDouble(Double::parseDouble).toArray();
            double[] actual = Arrays.stream(small.get(i).split(",")).mapToDouble(Double::parseDouble).toArray();
            assertArrayEquals(expected, actual, 1e-5, "sample " + i);
        }
    }

    @Test
    void gridShowsTheFirst1024ImagesWhileTheIdxFileHoldsEverySample(@TempDir Path dir) throws IOException {
        Path grid = dir.resolve("many.png");
        Cli sample = sample(imageRun, "--count", "1100", "--out", grid.toString());

        assertEquals("wrote the images as IDX to " + dir.resolve("many-images-idx3-ubyte") + "\n"
                + "the grid shows the first 1024 of them\n"
                + "wrote 1100 samples of step 2 to " + grid + "\n", sample.out);
        assertEquals(List.of(1100, 8, 8), idxDimensions(dir.resolve("many-images-idx3-ubyte")));
        BufferedImage image = ImageIO.read(grid.toFile());
        // 32 columns and rows of 8-pixel images with a one-pixel gap around each.
        assertEquals(32 * 9 + 1, image.getWidth());
        assertEquals(32 * 9 + 1, image.getHeight());
        assertTrue(sample.err.isEmpty(), sample.err);
    }

    @Test
    void batchBelowOneIsAUsageError(@TempDir Path dir) {
        Cli sample = Cli.run("sample", imageRun.toString(), "--batch", "0", "--out", dir.resolve("x.png").toString());

        assertEquals(ExitCode.USAGE, sample.exitCode, sample.transcript());
        assertEquals("ganforge sample: --batch must be at least 1, found 0\n", sample.err);
    }
}
