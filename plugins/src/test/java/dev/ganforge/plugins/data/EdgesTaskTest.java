package dev.ganforge.plugins.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The built-in edges ↔ images task: true pairs, padding, and the unpaired variant's disjoint halves. */
class EdgesTaskTest {

    private static final PluginRegistry PLUGINS = PluginRegistry.of(List.of(new DatasetPlugins()));
    private static final DataSpec FASHION = new DataSpec(List.of(1, 28, 28), 0, 1, null);

    @Test
    void eachFashionImageComesWithItsOwnEdgesAndClass() throws IOException {
        try (GanDataset dataset = open(fashion(), FASHION); NDManager manager = NDManager.newBaseManager()) {
            assertEquals(Pairing.PAIRED, dataset.pairing());
            assertEquals(10, dataset.classes());
            Batch batch = dataset.batch(manager, 3, 2, 8);
            assertEquals(8, batch.labels().size());
            assertPairs(batch, 28, 28);
            Batch test = dataset.split(Split.TEST).orElseThrow().slice(manager, 5, 4);
            assertPairs(test, 28, 28);
            assertEquals(FashionMnistSubset.TEST_SIZE, dataset.split(Split.TEST).orElseThrow().size());
        }
    }

    @Test
    void fashionImagesArePaddedWithBlackToALargerShape() throws IOException {
        DataSpec padded = new DataSpec(List.of(1, 32, 32), -1, 1, null);
        try (GanDataset small = open(fashion(), FASHION); GanDataset large = open(fashion(), padded);
                NDManager manager = NDManager.newBaseManager()) {
            float[] image = small.split(Split.TRAIN).orElseThrow().slice(manager, 0, 1).samples().toFloatArray();
            Batch first = large.split(Split.TRAIN).orElseThrow().slice(manager, 0, 1);
            float[] paddedImage = first.samples().toFloatArray();
            float[] paddedEdges = first.source().toFloatArray();
            for (int y = 0; y < 32; y++) {
                for (int x = 0; x < 32; x++) {
                    boolean inside = y >= 2 && y < 30 && x >= 2 && x < 30;
                    float expected = inside ? 2 * image[(y - 2) * 28 + x - 2] - 1 : -1;
                    assertEquals(expected, paddedImage[y * 32 + x], 1e-5, "(" + x + ", " + y + ")");
                    if (x == 0 || y == 0 || x == 31 || y == 31) {
                        // Two pixels from the image: black all around, so no edge.
                        assertEquals(-1, paddedEdges[y * 32 + x], 1e-6, "(" + x + ", " + y + ")");
                    }
                }
            }
        }
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> open(fashion(), new DataSpec(List.of(1, 16, 16), 0, 1, null)));
        assertEquals("images of [1, 16, 16] cannot be had from the IDX files in " + FashionMnistSubset.directory()
                + ", which hold 1×28×28 images; set data.shape to [1, H, W] with H ≥ 28 and W ≥ 28 (larger images are"
                + " padded with black)", error.getMessage());
    }

    @Test
    void unpairedEdgesAndImagesComeFromDisjointHalvesAndTheTestSplitStaysPaired() throws IOException {
        DataSpec shape = new DataSpec(List.of(1, 16, 16), 0, 1, null);
        PluginRef shapes = PluginRef.of("edges").with("images", "synthetic-shapes").with("train-size", 20.0)
                .with("test-size", 4.0);
        try (GanDataset paired = open(shapes, shape); GanDataset unpaired = open(shapes.with("pairing", "unpaired"), shape);
                NDManager manager = NDManager.newBaseManager()) {
            assertEquals(Pairing.UNPAIRED, unpaired.pairing());
            // The paired task's training split lists every image beside its edges, in stored order.
            Batch all = paired.split(Split.TRAIN).orElseThrow().slice(manager, 0, 20);
            List<float[]> images = rows(all.samples().toFloatArray(), 256);
            List<float[]> edges = rows(all.source().toFloatArray(), 256);
            Set<Integer> imagesSeen = new HashSet<>();
            Set<Integer> edgesSeen = new HashSet<>();
            for (int position = 0; position < 6; position++) {
                Batch batch = unpaired.batch(manager, 8, position, 5);
                for (float[] image : rows(batch.samples().toFloatArray(), 256)) {
                    imagesSeen.add(indexOf(images, image));
                }
                for (float[] edge : rows(batch.source().toFloatArray(), 256)) {
                    edgesSeen.add(indexOf(edges, edge));
                }
            }
            assertEquals(Set.of(10, 11, 12, 13, 14, 15, 16, 17, 18, 19), imagesSeen, "images of the second half");
            assertEquals(Set.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), edgesSeen, "edges of the first half");
            Batch test = unpaired.split(Split.TEST).orElseThrow().slice(manager, 0, 4);
            assertPairs(test, 16, 16);
            assertArrayEquals(paired.split(Split.TEST).orElseThrow().slice(manager, 0, 4).source().toFloatArray(),
                    test.source().toFloatArray());
        }
    }

    @Test
    void augmentedPairsAreCutAlikeSoTheEdgesStayThoseOfTheImage() throws IOException {
        // Edges are made at the load size and cut with their image: away from the window's
        // border (where the edges saw pixels outside it) they are the edges of the cut image.
        DataSpec shape = new DataSpec(List.of(1, 16, 16), 0, 1, null);
        PluginRef ref = PluginRef.of("edges").with("images", "synthetic-shapes").with("train-size", 20.0)
                .with("test-size", 2.0).with("load-size", 20.0).with("flip", true).with("threshold", 0.0);
        try (GanDataset dataset = open(ref, shape); NDManager manager = NDManager.newBaseManager()) {
            Batch batch = dataset.batch(manager, 4, 1, 6);
            List<float[]> images = rows(batch.samples().toFloatArray(), 256);
            List<float[]> sources = rows(batch.source().toFloatArray(), 256);
            for (int i = 0; i < images.size(); i++) {
                float[] expected = new float[256];
                SobelEdges.edges(images.get(i), 16, 16, 0, expected, 0);
                for (int y = 1; y < 15; y++) {
                    for (int x = 1; x < 15; x++) {
                        assertEquals(expected[y * 16 + x], sources.get(i)[y * 16 + x], 1e-5, "sample " + i);
                    }
                }
            }
        }
    }

    @Test
    void pairingIsToldFromTheParametersAndAMissingFolderIsASpecProblem() {
        DatasetSource source = PLUGINS.create(PluginFamily.DATASET, PluginRef.of("edges")
                .with("directory", "/nonexistent/fashion").with("pairing", "unpaired"), DatasetSource.class);
        assertEquals(Pairing.UNPAIRED, source.pairing());
        assertEquals(List.of("directory"), source.missing().stream().map(MissingData::parameter).toList());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PLUGINS.create(PluginFamily.DATASET, PluginRef.of("edges").with("pairing", "both"), DatasetSource.class));
        assertEquals("parameter 'pairing' of dataset plugin 'edges' must be 'paired' or 'unpaired', found 'both'",
                error.getMessage());
        error = assertThrows(IllegalArgumentException.class,
                () -> PLUGINS.create(PluginFamily.DATASET, PluginRef.of("edges").with("images", "mnist"), DatasetSource.class));
        assertEquals("parameter 'images' of dataset plugin 'edges' must be 'fashion-mnist' or 'synthetic-shapes', found"
                + " 'mnist'", error.getMessage());
    }

    /** Every source of {@code batch} is the thresholded Sobel edge map of the sample beside it. */
    private static void assertPairs(Batch batch, int height, int width) {
        List<float[]> images = rows(batch.samples().toFloatArray(), height * width);
        List<float[]> sources = rows(batch.source().toFloatArray(), height * width);
        for (int i = 0; i < images.size(); i++) {
            float[] expected = new float[height * width];
            SobelEdges.edges(images.get(i), height, width, (float) DatasetPlugins.EDGE_THRESHOLD, expected, 0);
            assertArrayEquals(expected, sources.get(i), "sample " + i);
            double edgePixels = 0;
            for (float value : expected) {
                edgePixels += value;
            }
            assertTrue(edgePixels > 0, "sample " + i + " has edges");
        }
    }

    private static List<float[]> rows(float[] values, int size) {
        List<float[]> rows = new java.util.ArrayList<>();
        for (int from = 0; from < values.length; from += size) {
            rows.add(Arrays.copyOfRange(values, from, from + size));
        }
        return rows;
    }

    private static int indexOf(List<float[]> rows, float[] row) {
        for (int i = 0; i < rows.size(); i++) {
            if (Arrays.equals(rows.get(i), row)) {
                return i;
            }
        }
        throw new AssertionError("a sample that is not among the rows");
    }

    private static PluginRef fashion() {
        return PluginRef.of("edges").with("directory", FashionMnistSubset.directory());
    }

    private static GanDataset open(PluginRef ref, DataSpec data) throws IOException {
        return PLUGINS.create(PluginFamily.DATASET, ref, DatasetSource.class).open(data);
    }
}
