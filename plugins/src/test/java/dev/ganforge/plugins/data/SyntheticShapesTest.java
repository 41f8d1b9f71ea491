package dev.ganforge.plugins.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.data.GanDataset.Split;
import dev.ganforge.engine.data.SampleSet;
import dev.ganforge.spec.DataSpec;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticShapesTest {

    private static final DataSpec MNIST_LIKE = new DataSpec(List.of(1, 28, 28), 0, 1, null);
    private static final int PIXELS = 28 * 28;

    @Test
    void everySplitIsTheSameEveryTimeItIsDrawn() {
        try (GanDataset first = new SyntheticShapes(300, 100).open(MNIST_LIKE);
                GanDataset second = new SyntheticShapes(500, 50).open(MNIST_LIKE);
                NDManager manager = NDManager.newBaseManager()) {
            for (Split split : Split.values()) {
                Batch a = first.split(split).orElseThrow().slice(manager, 0, 50);
                Batch b = second.split(split).orElseThrow().slice(manager, 0, 50);
                assertArrayEquals(a.samples().toFloatArray(), b.samples().toFloatArray(), split + " samples");
                assertArrayEquals(a.labels().toIntArray(), b.labels().toIntArray(), split + " labels");
            }
        }
    }

    @Test
    void splitsHaveTheirSizesDifferAndEveryClassEquallyOften() {
        try (GanDataset dataset = new SyntheticShapes(1000, 200).open(MNIST_LIKE);
                NDManager manager = NDManager.newBaseManager()) {
            assertEquals(10, dataset.classes());
            SampleSet train = dataset.split(Split.TRAIN).orElseThrow();
            SampleSet test = dataset.split(Split.TEST).orElseThrow();
            assertEquals(1000, train.size());
            assertEquals(200, test.size());
            int[] counts = new int[10];
            Arrays.stream(train.slice(manager, 0, 1000).labels().toIntArray()).forEach(label -> counts[label]++);
            assertArrayEquals(new int[] {100, 100, 100, 100, 100, 100, 100, 100, 100, 100}, counts);
            assertFalse(Arrays.equals(train.slice(manager, 0, 10).samples().toFloatArray(),
                    test.slice(manager, 0, 10).samples().toFloatArray()), "test samples are others than training ones");
        }
    }

    @Test
    void samplesAreWhiteShapesOnBlackInsideTheImage() {
        try (GanDataset dataset = new SyntheticShapes(200, 10).open(MNIST_LIKE);
                NDManager manager = NDManager.newBaseManager()) {
            float[] values = dataset.split(Split.TRAIN).orElseThrow().slice(manager, 0, 200).samples().toFloatArray();
            for (int i = 0; i < 200; i++) {
                int lit = 0;
                float border = 0;
                for (int p = 0; p < PIXELS; p++) {
                    float value = values[i * PIXELS + p];
                    lit += value > 0.5f ? 1 : 0;
                    int row = p / 28;
                    int column = p % 28;
                    if (row == 0 || row == 27 || column == 0 || column == 27) {
                        border = Math.max(border, value);
                    }
                }
                assertTrue(lit >= 20 && lit <= PIXELS / 2, "sample " + i + " has " + lit + " lit pixels");
                assertTrue(border < 0.5f, "sample " + i + " stays off the image's edge");
            }
        }
    }

    @Test
    void classesAreTellableApartByTheirMeanImages() {
        // A nearest-class-mean classifier, trained on the training split, on the test split: far
        // above chance (10 %), so the classes differ in the pixels, as a conditional GAN needs.
        try (GanDataset dataset = new SyntheticShapes(2000, 500).open(MNIST_LIKE);
                NDManager manager = NDManager.newBaseManager()) {
            Batch train = dataset.split(Split.TRAIN).orElseThrow().slice(manager, 0, 2000);
            float[] x = train.samples().toFloatArray();
            int[] y = train.labels().toIntArray();
            double[][] means = new double[10][PIXELS];
            for (int i = 0; i < y.length; i++) {
                for (int p = 0; p < PIXELS; p++) {
                    means[y[i]][p] += x[i * PIXELS + p] / 200.0;
                }
            }
            Batch test = dataset.split(Split.TEST).orElseThrow().slice(manager, 0, 500);
            float[] tx = test.samples().toFloatArray();
            int[] ty = test.labels().toIntArray();
            int right = 0;
            for (int i = 0; i < ty.length; i++) {
                int best = 0;
                double bestDistance = Double.MAX_VALUE;
                for (int c = 0; c < 10; c++) {
                    double distance = 0;
                    for (int p = 0; p < PIXELS; p++) {
                        double difference = tx[i * PIXELS + p] - means[c][p];
                        distance += difference * difference;
                    }
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = c;
                    }
                }
                right += best == ty[i] ? 1 : 0;
            }
            assertTrue(right / 500.0 > 0.5, "nearest class mean is right for " + right + " of 500");
        }
    }

    @Test
    void drawsAtTheSpecsSizeChannelsAndRange() {
        try (GanDataset dataset = new SyntheticShapes(20, 10).open(new DataSpec(List.of(3, 16, 12), -1, 1, null));
                NDManager manager = NDManager.newBaseManager()) {
            Batch batch = dataset.batch(manager, 1, 0, 4);
            assertEquals(new Shape(4, 3, 16, 12), batch.samples().getShape());
            float[] values = batch.samples().toFloatArray();
            assertEquals(-1, Arrays.stream(box(values)).min().orElseThrow(), 1e-6, "black background at the range's min");
            assertTrue(Arrays.stream(box(values)).max().orElseThrow() > 0, "shapes are bright");
        }
    }

    @Test
    void vectorShapeIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new SyntheticShapes(10, 10).open(new DataSpec(List.of(2), 0, 1, null)));
        assertEquals("data.shape is [2] but synthetic-shapes draws images of [channels, height, width] with 1 or 3"
                + " channels and sides of at least 8; set data.shape to e.g. [1, 28, 28]", error.getMessage());
    }

    private static double[] box(float[] values) {
        double[] boxed = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
