package dev.ganforge.plugins.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.DatasetSource;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.data.GanDataset.Split;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.spec.DataSpec;
import dev.ganforge.spec.PluginRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxSourceTest {

    private static final PluginRegistry PLUGINS = PluginRegistry.of(List.of(new DatasetPlugins()));
    private static final DataSpec IMAGES = new DataSpec(List.of(1, 2, 3), 0, 1, null);

    @TempDir
    Path dir;

    @Test
    void gzippedImagesWithLabelsReadInOrderScaledToTheRange() throws IOException {
        IdxFixtures.write(dir.resolve("train-images-idx3-ubyte.gz"), IdxFixtures.images(5, 2, 3), true);
        IdxFixtures.write(dir.resolve("train-labels-idx1-ubyte.gz"), IdxFixtures.labels(5, 3), true);
        IdxFixtures.write(dir.resolve("t10k-images-idx3-ubyte.gz"), IdxFixtures.images(2, 2, 3), true);
        IdxFixtures.write(dir.resolve("t10k-labels-idx1-ubyte.gz"), IdxFixtures.labels(2, 3), true);
        try (GanDataset dataset = open("mnist", new DataSpec(List.of(1, 2, 3), -1, 1, null));
                NDManager manager = NDManager.newBaseManager()) {
            assertEquals(3, dataset.classes());
            assertEquals(5, dataset.split(Split.TRAIN).orElseThrow().size());
            assertEquals(2, dataset.split(Split.TEST).orElseThrow().size());
            Batch slice = dataset.split(Split.TRAIN).orElseThrow().slice(manager, 3, 2);
            assertEquals(new Shape(2, 1, 2, 3), slice.samples().getShape());
            float[] expected = new float[12];
            for (int i = 0; i < 12; i++) {
                expected[i] = -1 + 2 * ((30 + (i / 6) * 10 + i % 6) / 255f);
            }
            assertArrayEquals(expected, slice.samples().toFloatArray(), 1e-6f);
            assertEquals(DataType.INT32, slice.labels().getDataType());
            assertArrayEquals(new int[] {0, 1}, slice.labels().toIntArray());
        }
    }

    @Test
    void rawFilesWithoutLabelsAreUnlabelledAndMayBeFlat() throws IOException {
        IdxFixtures.write(dir.resolve("train-images-idx3-ubyte"), IdxFixtures.images(4, 2, 3), false);
        try (GanDataset dataset = open("mnist", new DataSpec(List.of(6), 0, 1, null));
                NDManager manager = NDManager.newBaseManager()) {
            assertEquals(0, dataset.classes());
            assertTrue(dataset.split(Split.TEST).isEmpty(), "no test files, no test split");
            Batch batch = dataset.batch(manager, 1, 0, 4);
            assertEquals(new Shape(4, 6), batch.samples().getShape());
            assertNull(batch.labels());
            float[] firstOfEach = new float[4];
            float[] values = batch.samples().toFloatArray();
            for (int i = 0; i < 4; i++) {
                firstOfEach[i] = values[6 * i] * 255;
            }
            Arrays.sort(firstOfEach);
            assertArrayEquals(new float[] {0, 10, 20, 30}, firstOfEach, 1e-3f, "one epoch holds every image once");
        }
    }

    @Test
    void fileNamesCanBeChosenAndLabelsSwitchedOff() throws IOException {
        IdxFixtures.write(dir.resolve("digits.idx"), IdxFixtures.images(3, 2, 3), true);
        IdxFixtures.write(dir.resolve("train-labels-idx1-ubyte"), IdxFixtures.labels(3, 2), false);
        PluginRef ref = PluginRef.of("idx").with("directory", dir.toString()).with("train-images", "digits.idx")
                .with("train-labels", "");
        try (GanDataset dataset = PLUGINS.create(PluginFamily.DATASET, ref, DatasetSource.class).open(IMAGES)) {
            assertEquals(0, dataset.classes());
            assertEquals(3, dataset.split(Split.TRAIN).orElseThrow().size());
        }
    }

    @Test
    void missingDirectoryIsNamedWithHowToSetIt() {
        Path missing = dir.resolve("nowhere");
        IOException error = assertThrows(IOException.class,
                () -> PLUGINS.create(PluginFamily.DATASET, PluginRef.of("mnist").with("directory", missing.toString()),
                        DatasetSource.class).open(IMAGES));
        assertEquals("the IDX directory " + missing + " does not exist; set the dataset's 'directory' to the folder"
                + " that holds the IDX files", error.getMessage());
    }

    @Test
    void missingDataIsFoundWithoutReadingAndBlamedOnTheParameterToChange() throws IOException {
        Path missing = dir.resolve("nowhere");
        assertEquals(List.of(new DatasetSource.MissingData("directory", "the IDX directory " + missing + " does not exist;"
                        + " set the dataset's 'directory' to the folder that holds the IDX files")),
                source(PluginRef.of("mnist").with("directory", missing.toString())).missing());
        // An existing folder without the training images: idx names them in a parameter of its own, mnist does not.
        assertEquals(List.of("train-images"), parameters(source(PluginRef.of("idx").with("directory", dir.toString()))));
        assertEquals(List.of("directory"), parameters(source(PluginRef.of("mnist").with("directory", dir.toString()))));

        IdxFixtures.write(dir.resolve("train-images-idx3-ubyte"), new byte[] {1, 2, 3}, false);
        assertEquals(List.of(), source(PluginRef.of("mnist").with("directory", dir.toString())).missing(),
                "a present file counts as found, even one that open() will refuse as corrupt");
    }

    private static DatasetSource source(PluginRef ref) {
        return PLUGINS.create(PluginFamily.DATASET, ref, DatasetSource.class);
    }

    private static List<String> parameters(DatasetSource source) {
        return source.missing().stream().map(DatasetSource.MissingData::parameter).toList();
    }

    @Test
    void fashionMnistInItsDebianFolderGivesTheAptGetHint() {
        DatasetSource defaults = source(PluginRef.of("fashion-mnist"));
        assertEquals(new IdxSource(Path.of(DatasetPlugins.FASHION_MNIST_DIRECTORY), IdxSource.Names.MNIST,
                DatasetPlugins.FASHION_MNIST_HINT, "directory"), defaults);
        assertEquals("there is no no-such-images (or no-such-images.gz) in " + dir + "; on Debian or Ubuntu install"
                + " Fashion-MNIST there with 'apt-get install dataset-fashion-mnist', or set the dataset's 'directory'"
                + " to where its IDX files are", new IdxSource(dir, new IdxSource.Names("no-such-images", "", "", ""),
                        DatasetPlugins.FASHION_MNIST_HINT, "train-images").missing().get(0).message());
    }

    @Test
    void fashionMnistElsewhereGivesTheDirectoryHint() {
        assertEquals(DatasetPlugins.DIRECTORY_HINT,
                ((IdxSource) source(PluginRef.of("fashion-mnist").with("directory", dir.toString()))).hint());
    }

    @Test
    void wrongMagicNumberIsRefused() throws IOException {
        Path file = Files.write(dir.resolve("train-images-idx3-ubyte"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        IOException error = assertThrows(IOException.class, () -> open("mnist", IMAGES));
        assertEquals(file + " is not an IDX file of unsigned bytes: it starts with 0x504b0304 where one of images"
                + " starts with 0x00000803", error.getMessage());
    }

    @Test
    void labelsFileInPlaceOfImagesIsRefused() throws IOException {
        Path file = IdxFixtures.write(dir.resolve("train-images-idx3-ubyte"), IdxFixtures.labels(4, 2), false);
        IOException error = assertThrows(IOException.class, () -> open("mnist", IMAGES));
        assertEquals(file + " holds a 1-dimensional IDX array; images need 3 dimensions", error.getMessage());
    }

    @Test
    void truncatedRawFileIsRefused() throws IOException {
        byte[] whole = IdxFixtures.images(5, 2, 3);
        Path file = Files.write(dir.resolve("train-images-idx3-ubyte"), Arrays.copyOf(whole, whole.length - 7));
        IOException error = assertThrows(IOException.class, () -> open("mnist", IMAGES));
        assertEquals(file + " is truncated: its header promises 5×2×3 = 30 values but it holds 23; download it again",
                error.getMessage());
    }

    @Test
    void truncatedGzipFileIsRefused() throws IOException {
        Path whole = IdxFixtures.write(dir.resolve("whole.gz"), IdxFixtures.images(50, 8, 8), true);
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(dir.resolve("train-images-idx3-ubyte.gz"), Arrays.copyOf(bytes, bytes.length / 2));
        IOException error = assertThrows(IOException.class, () -> open("mnist", new DataSpec(List.of(1, 8, 8), 0, 1, null)));
        assertTrue(error.getMessage().startsWith(file + " is truncated or corrupt ("), error.getMessage());
        assertTrue(error.getMessage().endsWith("); download it again"), error.getMessage());
    }

    @Test
    void labelCountMustMatchImageCount() throws IOException {
        IdxFixtures.write(dir.resolve("train-images-idx3-ubyte"), IdxFixtures.images(5, 2, 3), false);
        Path labels = IdxFixtures.write(dir.resolve("train-labels-idx1-ubyte"), IdxFixtures.labels(4, 2), false);
        IOException error = assertThrows(IOException.class, () -> open("mnist", IMAGES));
        assertEquals(labels + " holds 4 labels but train-images-idx3-ubyte holds 5 images; they must be pairs of the"
                + " same count", error.getMessage());
    }

    @Test
    void shapeOtherThanTheFilesIsASpecProblemNamingBoth() throws IOException {
        IdxFixtures.write(dir.resolve("train-images-idx3-ubyte"), IdxFixtures.images(5, 2, 3), false);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> open("mnist", new DataSpec(List.of(3, 64, 64), 0, 1, null)));
        assertEquals("data.shape is [3, 64, 64] but the IDX files in " + dir + " hold 1×2×3 images; set data.shape to"
                + " [1, 2, 3] (or [6] for flat vectors)", error.getMessage());
    }

    @Test
    void fashionMnistSubsetReadsWithItsClassesAndRange() throws IOException {
        try (GanDataset dataset = source(PluginRef.of("fashion-mnist").with("directory", FashionMnistSubset.directory()))
                        .open(new DataSpec(List.of(1, 28, 28), 0, 1, null));
                NDManager manager = NDManager.newBaseManager()) {
            assertEquals(10, dataset.classes());
            assertEquals(FashionMnistSubset.TRAIN_SIZE, dataset.split(Split.TRAIN).orElseThrow().size());
            assertEquals(FashionMnistSubset.TEST_SIZE, dataset.split(Split.TEST).orElseThrow().size());
            assertPixelsAndLabelsInRange(dataset.batch(manager, 3, 0, 16));
        }
    }

    /** The whole Debian set; run with {@code mvn -B verify -Pfull-datasets} where it is installed. */
    @Test
    @Tag("full-datasets")
    void realFashionMnistHasItsDocumentedSizes() throws IOException {
        try (GanDataset dataset = source(PluginRef.of("fashion-mnist")).open(new DataSpec(List.of(1, 28, 28), 0, 1, null));
                NDManager manager = NDManager.newBaseManager()) {
            assertEquals(10, dataset.classes());
            assertEquals(60000, dataset.split(Split.TRAIN).orElseThrow().size());
            assertEquals(10000, dataset.split(Split.TEST).orElseThrow().size());
            assertPixelsAndLabelsInRange(dataset.batch(manager, 3, 0, 16));
        }
    }

    private static void assertPixelsAndLabelsInRange(Batch batch) {
        float[] values = batch.samples().toFloatArray();
        assertTrue(min(values) >= 0 && max(values) <= 1 && max(values) > 0.5f, "pixels fill [0, 1]");
        assertFalse(Arrays.stream(batch.labels().toIntArray()).anyMatch(label -> label < 0 || label > 9));
    }

    private GanDataset open(String type, DataSpec data) throws IOException {
        return PLUGINS.create(PluginFamily.DATASET, PluginRef.of(type).with("directory", dir.toString()),
                DatasetSource.class).open(data);
    }

    private static float min(float[] values) {
        float min = Float.MAX_VALUE;
        for (float value : values) {
            min = Math.min(min, value);
        }
        return min;
    }

    private static float max(float[] values) {
        float max = -Float.MAX_VALUE;
        for (float value : values) {
            max = Math.max(max, value);
        }
        return max;
    }
}
