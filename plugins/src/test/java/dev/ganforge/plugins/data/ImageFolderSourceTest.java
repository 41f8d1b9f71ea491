package dev.ganforge.plugins.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.DatasetSource;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.data.GanDataset.Split;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.spec.DataSpec;
import dev.ganforge.spec.PluginRef;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderSourceTest {

    private static final PluginRegistry PLUGINS = PluginRegistry.of(List.of(new DatasetPlugins()));
    private static final DataSpec GREY_8 = new DataSpec(List.of(1, 8, 8), -1, 1, null);

    @TempDir
    Path dir;

    @Test
    void subFoldersAreClassesInSortedOrderAndImagesAreResizedAndScaled() throws IOException {
        // Written out of order, and of other sizes than the spec's 8×8.
        image(dir.resolve("zebra/white.png"), 20, 20, Color.WHITE, "png");
        image(dir.resolve("ant/deeper/black.jpg"), 30, 30, Color.BLACK, "jpg");
        image(dir.resolve("ant/grey.png"), 5, 5, new Color(51, 51, 51), "png");
        Files.writeString(dir.resolve("zebra/notes.txt"), "not an image, skipped");
        try (GanDataset dataset = open(dir, GREY_8); NDManager manager = NDManager.newBaseManager()) {
            assertEquals(2, dataset.classes());
            Batch all = dataset.split(Split.TRAIN).orElseThrow().slice(manager, 0, 3);
            assertEquals(new Shape(3, 1, 8, 8), all.samples().getShape());
            assertArrayEquals(new int[] {0, 0, 1}, all.labels().toIntArray(), "ant's two images, then zebra's");
            float[] values = all.samples().toFloatArray();
            // ant/deeper/black.jpg sorts before ant/grey.png; JPEG may round black up a little.
            assertEquals(-1, mean(values, 0), 0.02);
            assertEquals(-1 + 2 * 51 / 255.0, mean(values, 1), 0.01);
            assertEquals(1, mean(values, 2), 1e-6);
        }
    }

    @Test
    void flatFolderIsUnlabelledAndColoursKeepTheirChannels() throws IOException {
        image(dir.resolve("red.png"), 8, 8, Color.RED, "png");
        try (GanDataset dataset = open(dir, new DataSpec(List.of(3, 4, 4), 0, 1, null));
                NDManager manager = NDManager.newBaseManager()) {
            assertEquals(0, dataset.classes());
            Batch batch = dataset.batch(manager, 1, 0, 2);
            assertNull(batch.labels());
            float[] values = batch.samples().toFloatArray();
            assertEquals(1, mean(values, 0, 16), 1e-6, "red");
            assertEquals(0, mean(values, 1, 16), 1e-6, "green");
            assertEquals(0, mean(values, 2, 16), 1e-6, "blue");
        }
    }

    @Test
    void greyIsTheLumaOfTheColours() throws IOException {
        image(dir.resolve("red.png"), 8, 8, Color.RED, "png");
        try (GanDataset dataset = open(dir, new DataSpec(List.of(1, 8, 8), 0, 1, null));
                NDManager manager = NDManager.newBaseManager()) {
            float[] values = dataset.split(Split.TRAIN).orElseThrow().slice(manager, 0, 1).samples().toFloatArray();
            assertEquals(0.299, mean(values, 0), 1e-6);
        }
    }

    @Test
    void cropKeepsTheCentreWhereStretchKeepsEverything() throws IOException {
        // 24×8: black, white, black thirds. Cropped to a square, only the white centre remains.
        BufferedImage wide = new BufferedImage(24, 8, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = wide.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(8, 0, 8, 8);
        graphics.dispose();
        ImageIO.write(wide, "png", dir.resolve("wide.png").toFile());
        DataSpec square = new DataSpec(List.of(1, 4, 4), 0, 1, null);
        try (GanDataset cropped = open(dir, square); GanDataset stretched = open(dir, square, "stretch");
                NDManager manager = NDManager.newBaseManager()) {
            float[] crop = cropped.split(Split.TRAIN).orElseThrow().slice(manager, 0, 1).samples().toFloatArray();
            float[] stretch = stretched.split(Split.TRAIN).orElseThrow().slice(manager, 0, 1).samples().toFloatArray();
            assertEquals(1, mean(crop, 0, 16), 1e-6);
            assertEquals(1 / 3.0, mean(stretch, 0, 16), 0.1);
        }
    }

    @Test
    void testFolderIsTheTestSplitAndMustHaveTheSameClasses() throws IOException {
        image(dir.resolve("train/a/1.png"), 8, 8, Color.WHITE, "png");
        image(dir.resolve("train/b/1.png"), 8, 8, Color.WHITE, "png");
        image(dir.resolve("test/a/1.png"), 8, 8, Color.WHITE, "png");
        image(dir.resolve("test/b/1.png"), 8, 8, Color.WHITE, "png");
        image(dir.resolve("test/b/2.png"), 8, 8, Color.WHITE, "png");
        image(dir.resolve("other/c/1.png"), 8, 8, Color.WHITE, "png");
        try (GanDataset dataset = source(dir.resolve("train"), dir.resolve("test"), "crop").open(GREY_8)) {
            assertEquals(3, dataset.split(Split.TEST).orElseThrow().size());
        }
        IOException error = assertThrows(IOException.class,
                () -> source(dir.resolve("train"), dir.resolve("other"), "crop").open(GREY_8));
        assertEquals("the test folder " + dir.resolve("other") + " has the classes [c] but the training folder "
                + dir.resolve("train") + " has [a, b]; they must be the same", error.getMessage());
    }

    @Test
    void missingFolderIsRefused() {
        IOException error = assertThrows(IOException.class, () -> open(dir.resolve("absent"), GREY_8));
        assertEquals("the image folder " + dir.resolve("absent") + " does not exist or is not a folder", error.getMessage());
    }

    @Test
    void emptyFolderIsRefused() throws IOException {
        Files.writeString(dir.resolve("readme.txt"), "no images here");
        IOException error = assertThrows(IOException.class, () -> open(dir, GREY_8));
        assertEquals("the image folder " + dir + " holds no images (PNG or JPEG files, or one sub-folder of them per"
                + " class)", error.getMessage());
    }

    @Test
    void emptyClassFolderIsRefused() throws IOException {
        image(dir.resolve("a/1.png"), 8, 8, Color.WHITE, "png");
        Files.createDirectories(dir.resolve("b"));
        IOException error = assertThrows(IOException.class, () -> open(dir, GREY_8));
        assertEquals("the class folder " + dir.resolve("b") + " holds no images; add some or remove it", error.getMessage());
    }

    @Test
    void imagesBesideClassFoldersAreRefused() throws IOException {
        image(dir.resolve("a/1.png"), 8, 8, Color.WHITE, "png");
        image(dir.resolve("stray.png"), 8, 8, Color.WHITE, "png");
        IOException error = assertThrows(IOException.class, () -> open(dir, GREY_8));
        assertEquals("the image folder " + dir + " holds both images (e.g. stray.png) and sub-folders; put every image"
                + " in the sub-folder of its class, or remove the sub-folders", error.getMessage());
    }

    @Test
    void unsupportedFormatIsRefused() throws IOException {
        Path webp = Files.write(dir.resolve("photo.webp"), new byte[] {1, 2, 3});
        IOException error = assertThrows(IOException.class, () -> open(dir, GREY_8));
        assertEquals(webp + " is a WEBP image, which ganforge cannot read; convert it to PNG or JPEG", error.getMessage());
    }

    @Test
    void undecodableImageIsRefusedWhenOpened() throws IOException {
        Path fake = Files.writeString(dir.resolve("fake.png"), "this is text");
        IOException error = assertThrows(IOException.class, () -> open(dir, GREY_8));
        assertEquals(fake + " is not an image ganforge can read; convert it to PNG or JPEG", error.getMessage());
    }

    @Test
    void undecodableImageFoundWhileTrainingIsAnUncheckedIoError() throws IOException {
        image(dir.resolve("a.png"), 8, 8, Color.WHITE, "png");
        Path fake = Files.writeString(dir.resolve("b.png"), "this is text");
        try (GanDataset dataset = open(dir, GREY_8); NDManager manager = NDManager.newBaseManager()) {
            UncheckedIOException error = assertThrows(UncheckedIOException.class, () -> dataset.batch(manager, 1, 0, 2));
            assertEquals(fake + " is not an image ganforge can read; convert it to PNG or JPEG", error.getCause().getMessage());
        }
    }

    @Test
    void vectorShapeIsASpecProblem() throws IOException {
        image(dir.resolve("a.png"), 8, 8, Color.WHITE, "png");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> open(dir, new DataSpec(List.of(2), 0, 1, null)));
        assertEquals("data.shape is [2] but image-folder reads images of [channels, height, width] with 1 (grey) or 3"
                + " (RGB) channels; set data.shape to e.g. [3, 64, 64]", error.getMessage());
    }

    @Test
    void unknownFitIsRefusedWhenThePluginIsCreated() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> source(dir, null, "squash"));
        assertEquals("parameter 'fit' of dataset plugin 'image-folder' must be 'crop' or 'stretch', found 'squash'",
                error.getMessage());
    }

    @Test
    void missingFoldersAreFoundWithoutReadingAndBlamedOnTheirParameters() throws IOException {
        image(dir.resolve("train/one.png"), 8, 8, Color.WHITE, "png");
        assertEquals(List.of(), source(dir.resolve("train"), null, "crop").missing());
        Path absent = dir.resolve("absent");
        Path file = dir.resolve("train/one.png");
        assertEquals(List.of(
                new DatasetSource.MissingData("directory", "the image folder " + absent + " does not exist or is not a"
                        + " folder; set the dataset's 'directory' to a folder of images, or of one sub-folder of images per class"),
                new DatasetSource.MissingData("test-directory", "the image folder " + file + " does not exist or is not a"
                        + " folder; set the dataset's 'test-directory' to a folder laid out as 'directory' is, or to '' for"
                        + " no test split")),
                source(absent, file, "crop").missing());
    }

    private static GanDataset open(Path folder, DataSpec data) throws IOException {
        return open(folder, data, "crop");
    }

    private static GanDataset open(Path folder, DataSpec data, String fit) throws IOException {
        return source(folder, null, fit).open(data);
    }

    private static DatasetSource source(Path folder, Path test, String fit) {
        PluginRef ref = PluginRef.of("image-folder").with("directory", folder.toString()).with("fit", fit);
        if (test != null) {
            ref = ref.with("test-directory", test.toString());
        }
        return PLUGINS.create(PluginFamily.DATASET, ref, DatasetSource.class);
    }

    private static void image(Path file, int width, int height, Color colour, String format) throws IOException {
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        assertTrue(ImageIO.write(image, format, file.toFile()), "wrote " + file);
    }

    /** The mean of sample {@code index}'s 64 values. */
    private static double mean(float[] values, int index) {
        return mean(values, index, 64);
    }

    private static double mean(float[] values, int index, int length) {
        double sum = 0;
        for (int i = index * length; i < (index + 1) * length; i++) {
            sum += values[i];
        }
        return sum / length;
    }
}
