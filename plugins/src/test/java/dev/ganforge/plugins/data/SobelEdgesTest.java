package dev.ganforge.plugins.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Sobel edge maps of small images, against values computed by hand. */
class SobelEdgesTest {

    private static final float CORNER = (float) (Math.sqrt(2) / 4);

    /** One white pixel in the middle of a black 3×3 image. */
    private static final float[] DOT = {0, 0, 0, 0, 1, 0, 0, 0, 0};

    @Test
    void magnitudeOfADotIsOneHalfBesideItAndARootTwoQuarterDiagonally() {
        // At (1, 0): the row above repeats row 0, so gy = (0 + 2·1 + 0) − 0 = 2 and gx = 0: 2/4.
        // At (0, 0): the dot is below and to the right, weight 1 in both kernels: gx = gy = 1, √2/4.
        // At the dot itself both kernels cancel: 0.
        float[] edges = new float[9];
        SobelEdges.edges(DOT, 3, 3, 0, edges, 0);
        assertArrayEquals(new float[] {CORNER, 0.5f, CORNER, 0.5f, 0, 0.5f, CORNER, 0.5f, CORNER}, edges, 1e-6f);
    }

    @Test
    void thresholdKeepsOnlyMagnitudesAtLeastIt() {
        float[] edges = new float[9];
        SobelEdges.edges(DOT, 3, 3, 0.4f, edges, 0);
        assertArrayEquals(new float[] {0, 1, 0, 1, 0, 1, 0, 1, 0}, edges);
    }

    @Test
    void stepFromBlackToWhiteIsOneOnBothSidesAndTheFrameIsNoEdge() {
        // Columns 0, 0, 1, 1: gx = 1 + 2 + 1 = 4 at columns 1 and 2, 0 at the border columns,
        // which repeat themselves outward; gy = 0 everywhere.
        float[] step = {0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1};
        float[] edges = new float[12];
        SobelEdges.edges(step, 3, 4, 0, edges, 0);
        assertArrayEquals(new float[] {0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0}, edges, 1e-6f);
    }

    @Test
    void colourImagesGiveTheEdgesOfTheirLumaInEveryChannel() {
        // A pure-green dot: luma 0.587, so the edge beside it is 0.587 / 2.
        float[] green = new float[27];
        green[9 + 4] = 1;
        SampleTable image = new ByteSampleTable(toBytes(green), 27, null);
        float[] edges = new float[27];
        new SobelEdges(image, 3, 3, 3, 0).read(0, edges, 0);
        for (int c = 0; c < 3; c++) {
            assertEquals(0.587f / 2, edges[c * 9 + 1], 1e-3f, "channel " + c);
            assertEquals(0f, edges[c * 9 + 4], 1e-6f, "channel " + c);
        }
    }

    private static byte[] toBytes(float[] values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) Math.round(values[i] * 255);
        }
        return bytes;
    }
}
