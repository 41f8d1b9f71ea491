package dev.ganforge.plugins.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.DatasetSource;
import dev.ganforge.engine.data.DatasetSource.MissingData;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.data.GanDataset.Pairing;
import dev.ganforge.engine.data.GanDataset.Split;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.spec.DataSpec;
import dev.ganforge.spec.PluginRef;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntBinaryOperator;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** paired-folders, unpaired-folders and aligned-folder: pairs kept, cut alike, reproducible, and their errors. */
class TranslationFoldersTest {

    private static final PluginRegistry PLUGINS = PluginRegistry.of(List.of(new DatasetPlugins()));
    /** Read in [0, 255], so that sample values are the grey levels written. */
    private static final DataSpec GREY_4 = new DataSpec(List.of(1, 4, 4), 0, 255, null);
    private static final int PAIRS = 3;
    /** Domain B's images are domain A's plus this grey level. */
    private static final int OFFSET = 50;

    @TempDir
    Path dir;

    /**
     * Image i of domain A has grey level 3x + 20y + i at (x, y), 8×8 (i < 3): every 4×4 window of
     * it, and its mirror image, tells where it was cut and whether it was mirrored.
     */
    private void pairs() throws IOException {
        for (int i = 0; i < PAIRS; i++) {
            int index = i;
            grey(dir.resolve("a/" + i + ".png"), 8, 8, (x, y) -> 3 * x + 20 * y + index);
            grey(dir.resolve("b/" + i + ".png"), 8, 8, (x, y) -> 3 * x + 20 * y + index + OFFSET);
        }
    }

    @Test
    void pairsAreCutAndMirroredAlikeInWindowsThatVary() throws IOException {
        pairs();
        Set<String> cuts = new HashSet<>();
        try (GanDataset dataset = open(paired().with("load-size", 8.0), GREY_4); NDManager manager = NDManager.newBaseManager()) {
            assertEquals(Pairing.PAIRED, dataset.pairing());
            for (int position = 0; position < 10; position++) {
                Batch batch = dataset.batch(manager, 5, position, 3);
                float[] samples = batch.samples().toFloatArray();
                float[] sources = batch.source().toFloatArray();
                assertEquals(batch.samples().getShape(), batch.source().getShape());
                for (int v = 0; v < samples.length; v++) {
                    assertEquals(sources[v] + OFFSET, samples[v], 1e-3, "value " + v + " of batch " + position);
                }
                for (int i = 0; i < 3; i++) {
                    cuts.add(cut(sources, i));
                }
            }
        }
        assertTrue(cuts.stream().anyMatch(cut -> cut.endsWith("mirrored")), "some windows are mirrored: " + cuts);
        assertTrue(cuts.stream().anyMatch(cut -> cut.endsWith("as is")), "some are not: " + cuts);
        assertTrue(cuts.stream().map(cut -> cut.split(" ")[0]).distinct().count() > 4, "windows vary: " + cuts);
    }

    @Test
    void batchesArePureFunctionsOfSeedAndPosition() throws IOException {
        pairs();
        PluginRef ref = paired().with("load-size", 8.0);
        try (GanDataset first = open(ref, GREY_4); GanDataset second = open(ref, GREY_4);
                NDManager manager = NDManager.newBaseManager()) {
            float[][] samples = new float[6][];
            float[][] sources = new float[6][];
            for (int position = 0; position < 6; position++) {
                Batch batch = first.batch(manager, 11, position, 4);
                samples[position] = batch.samples().toFloatArray();
                sources[position] = batch.source().toFloatArray();
            }
            for (int position : new int[] {4, 0, 5, 2}) {
                Batch batch = second.batch(manager, 11, position, 4);
                assertArrayEquals(samples[position], batch.samples().toFloatArray(), "position " + position);
                assertArrayEquals(sources[position], batch.source().toFloatArray(), "position " + position);
            }
            assertFalse(java.util.Arrays.equals(samples[0], second.batch(manager, 12, 0, 4).samples().toFloatArray()));
        }
    }

    @Test
    void withoutLoadSizeOrFlipImagesAreReadWhole() throws IOException {
        pairs();
        try (GanDataset dataset = open(paired().with("flip", false), new DataSpec(List.of(1, 8, 8), 0, 255, null));
                NDManager manager = NDManager.newBaseManager()) {
            float[] sources = dataset.batch(manager, 3, 0, PAIRS).source().toFloatArray();
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < PAIRS; i++) {
                assertEquals(3, sources[i * 64 + 1] - sources[i * 64], 1e-3);
                assertEquals(20, sources[i * 64 + 8] - sources[i * 64], 1e-3);
                seen.add(Math.round(sources[i * 64]));
            }
            assertEquals(Set.of(0, 1, 2), seen, "one epoch shows every pair once");
        }
    }

    @Test
    void testSplitCarriesTheTruePairsCutAtTheCentre() throws IOException {
        pairs();
        for (int i = 0; i < 2; i++) {
            int index = i;
            grey(dir.resolve("test-a/" + i + ".png"), 8, 8, (x, y) -> 3 * x + 20 * y + index);
            grey(dir.resolve("test-b/" + i + ".bmp"), 8, 8, (x, y) -> 3 * x + 20 * y + index + OFFSET);
        }
        PluginRef ref = paired().with("load-size", 8.0).with("test-a", dir.resolve("test-a").toString())
                .with("test-b", dir.resolve("test-b").toString());
        try (GanDataset dataset = open(ref, GREY_4); NDManager manager = NDManager.newBaseManager()) {
            Batch test = dataset.split(Split.TEST).orElseThrow().slice(manager, 0, 2);
            float[] samples = test.samples().toFloatArray();
            float[] sources = test.source().toFloatArray();
            for (int i = 0; i < 2; i++) {
                assertEquals("(2,2) as is", cut(sources, i), "the centre window, of pair " + i);
                assertEquals(3 * 2 + 20 * 2 + i, sources[i * 16], 1e-3, "pair " + i + " in its stored order");
                assertEquals(sources[i * 16] + OFFSET, samples[i * 16], 1e-3);
            }
        }
    }

    @Test
    void anImageWithoutAPartnerIsNamed() throws IOException {
        pairs();
        grey(dir.resolve("a/extra.png"), 8, 8, (x, y) -> 0);
        IOException error = assertThrows(IOException.class, () -> open(paired(), GREY_4));
        assertEquals("the image " + dir.resolve("a/extra.png") + " in 'a' has no partner in 'b' (" + dir.resolve("b")
                + "): paired folders need an image of the same name, any image suffix, in each; add its partner or"
                + " remove it", error.getMessage());
        Files.delete(dir.resolve("a/extra.png"));
        grey(dir.resolve("b/lonely.png"), 8, 8, (x, y) -> 0);
        error = assertThrows(IOException.class, () -> open(paired(), GREY_4));
        assertEquals("the image " + dir.resolve("b/lonely.png") + " in 'b' has no partner in 'a' (" + dir.resolve("a")
                + "): paired folders need an image of the same name, any image suffix, in each; add its partner or"
                + " remove it", error.getMessage());
    }

    @Test
    void missingFoldersAreFoundWithoutReadingAndBlamedOnTheirParameters() {
        Path absent = dir.resolve("absent");
        DatasetSource source = source(PluginRef.of("paired-folders").with("a", absent.toString())
                .with("b", dir.toString()).with("test-a", dir.toString()).with("test-b", absent.toString()));
        assertEquals(Pairing.PAIRED, source.pairing());
        assertEquals(List.of(
                new MissingData("a", "the image folder " + absent + " does not exist or is not a folder; set the"
                        + " dataset's 'a' to the folder of domain A's images, the translation's input"),
                new MissingData("test-b", "the image folder " + absent + " does not exist or is not a folder; set the"
                        + " dataset's 'test-b' to a folder of held-out domain B images, or to '' for no test split")),
                source.missing());
        DatasetSource aligned = source(PluginRef.of("aligned-folder").with("directory", absent.toString()));
        assertEquals(Pairing.PAIRED, aligned.pairing());
        assertEquals(List.of(new MissingData("directory", "the image folder " + absent + " does not exist or is not a"
                + " folder; set the dataset's 'directory' to a folder of side-by-side pairs, A left and B right")),
                aligned.missing());
    }

    @Test
    void aTestFolderForOneDomainOnlyIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> source(PluginRef.of("unpaired-folders").with("a", "x").with("b", "y").with("test-a", "z")));
        assertEquals("dataset plugin 'unpaired-folders' has 'test-a' but no 'test-b'; set both, or neither for no test"
                + " split", error.getMessage());
    }

    @Test
    void unpairedFoldersDrawEachDomainInItsOwnOrder() throws IOException {
        for (int i = 0; i < 3; i++) {
            int index = i;
            grey(dir.resolve("a/a" + i + ".png"), 4, 4, (x, y) -> 10 + index);
        }
        for (int i = 0; i < 5; i++) {
            int index = i;
            grey(dir.resolve("b/sub/b" + i + ".png"), 4, 4, (x, y) -> 100 + index);
        }
        PluginRef ref = PluginRef.of("unpaired-folders").with("a", dir.resolve("a").toString())
                .with("b", dir.resolve("b").toString()).with("flip", false);
        assertEquals(Pairing.UNPAIRED, source(ref).pairing());
        try (GanDataset dataset = open(ref, GREY_4); NDManager manager = NDManager.newBaseManager()) {
            assertEquals(Pairing.UNPAIRED, dataset.pairing());
            assertEquals(1, dataset.classes(), "b's one class folder");
            Batch batch = dataset.batch(manager, 9, 0, 15);
            float[] samples = batch.samples().toFloatArray();
            float[] sources = batch.source().toFloatArray();
            List<Integer> sampleLevels = new java.util.ArrayList<>();
            List<Integer> sourceLevels = new java.util.ArrayList<>();
            for (int i = 0; i < 15; i++) {
                sampleLevels.add(Math.round(samples[i * 16]));
                sourceLevels.add(Math.round(sources[i * 16]));
            }
            // 15 draws are three epochs of b's five images and five epochs of a's three.
            for (int epoch = 0; epoch < 3; epoch++) {
                assertEquals(Set.of(100, 101, 102, 103, 104), Set.copyOf(sampleLevels.subList(5 * epoch, 5 * epoch + 5)));
            }
            for (int epoch = 0; epoch < 5; epoch++) {
                assertEquals(Set.of(10, 11, 12), Set.copyOf(sourceLevels.subList(3 * epoch, 3 * epoch + 3)));
            }
        }
    }

    @Test
    void alignedHalvesAreInputAndTargetInTheDirectionAsked() throws IOException {
        // 16×8 files: the left half is grey level 40 + i, the right half 200 + i.
        for (int i = 0; i < 3; i++) {
            int index = i;
            grey(dir.resolve("pairs/" + i + ".png"), 16, 8, (x, y) -> (x < 8 ? 40 : 200) + index);
            grey(dir.resolve("test/" + i + ".png"), 16, 8, (x, y) -> (x < 8 ? 60 : 220) + index);
        }
        PluginRef ref = PluginRef.of("aligned-folder").with("directory", dir.resolve("pairs").toString())
                .with("test-directory", dir.resolve("test").toString()).with("load-size", 8.0);
        for (String direction : List.of("a-to-b", "b-to-a")) {
            int sign = direction.equals("a-to-b") ? 1 : -1;
            try (GanDataset dataset = open(ref.with("direction", direction), GREY_4);
                    NDManager manager = NDManager.newBaseManager()) {
                Batch batch = dataset.batch(manager, 1, 0, 6);
                float[] samples = batch.samples().toFloatArray();
                float[] sources = batch.source().toFloatArray();
                for (int v = 0; v < samples.length; v++) {
                    assertEquals(sign * 160, samples[v] - sources[v], 1e-3, direction + ", value " + v);
                }
                Batch test = dataset.split(Split.TEST).orElseThrow().slice(manager, 0, 3);
                assertNotNull(test.source(), "the test split carries its sources");
                assertEquals(sign * 160, test.samples().toFloatArray()[0] - test.source().toFloatArray()[0], 1e-3);
            }
        }
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> source(ref.with("direction", "sideways")));
        assertEquals("parameter 'direction' of dataset plugin 'aligned-folder' must be 'a-to-b' or 'b-to-a', found"
                + " 'sideways'", error.getMessage());
    }

    @Test
    void loadSizeBelowTheShapeIsRefused() throws IOException {
        pairs();
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> open(paired().with("load-size", 3.0), GREY_4));
        assertEquals("the load size 3×3 is smaller than data.shape's 4×4; set 'load-size' to at least 4, or to 0 to"
                + " read images at data.shape", error.getMessage());
    }

    /** Where sample {@code i} of a batch of 4×4 windows of {@link #pairs} was cut, and whether it was mirrored. */
    private static String cut(float[] values, int i) {
        float first = values[i * 16];
        float step = values[i * 16 + 1] - first;
        assertEquals(20, values[i * 16 + 4] - first, 1e-3, "rows are 20 apart");
        assertEquals(3, Math.abs(step), 1e-3, "columns are 3 apart");
        boolean mirrored = step < 0;
        int top = Math.round(first) / 20;
        // The row's first value is 3x + i, x the window's left column, or its right one if mirrored.
        int column = Math.round(first) % 20 / 3;
        int left = mirrored ? column - 3 : column;
        return "(" + left + "," + top + ") " + (mirrored ? "mirrored" : "as is");
    }

    private PluginRef paired() {
        return PluginRef.of("paired-folders").with("a", dir.resolve("a").toString()).with("b", dir.resolve("b").toString());
    }

    private static DatasetSource source(PluginRef ref) {
        return PLUGINS.create(PluginFamily.DATASET, ref, DatasetSource.class);
    }

    private static GanDataset open(PluginRef ref, DataSpec data) throws IOException {
        return source(ref).open(data);
    }

    /** Writes a grey PNG or BMP whose pixel (x, y) has grey level {@code level(x, y)}. */
    private static void grey(Path file, int width, int height, IntBinaryOperator level) throws IOException {
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int grey = level.applyAsInt(x, y);
                image.setRGB(x, y, (grey << 16) | (grey << 8) | grey);
            }
        }
        String name = file.getFileName().toString();
        assertTrue(ImageIO.write(image, name.substring(name.lastIndexOf('.') + 1), file.toFile()), "wrote " + file);
    }
}
