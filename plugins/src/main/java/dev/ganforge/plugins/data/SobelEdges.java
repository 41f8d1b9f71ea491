package dev.ganforge.plugins.data;

/**
 * The edge maps of another table's images, computed as they are read: the Sobel operator's
 * gradient magnitude (Sobel and Feldman 1968) on the image's grey values (the luma, ITU-R BT.601,
 * of colour images), with the border pixels repeated outward so that the image's frame is no
 * edge. The magnitude is divided by 4, so that a step from black to white gives 1; with a
 * threshold {@code t > 0} a pixel is an edge (1) where that is at least {@code t} and 0 elsewhere,
 * as pix2pix's edge inputs are lines, not shades; with {@code t = 0} it is the magnitude itself,
 * clamped to [0, 1]. Every channel of the edge map holds the same values.
 */
final class SobelEdges implements SampleTable {

    /** The magnitude of a black-to-white step, which becomes 1. */
    private static final float STEP = 4;

    private final SampleTable images;
    private final int channels;
    private final int height;
    private final int width;
    private final float threshold;

    /**
     * @param images images of {@code channels × height × width}, values in [0, 1]
     * @param threshold the least normalised magnitude of an edge, or 0 for the magnitude itself
     */
    SobelEdges(SampleTable images, int channels, int height, int width, double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("an edge threshold must be in [0, 1], found " + threshold);
        }
        this.images = images;
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.threshold = (float) threshold;
    }

    @Override
    public int size() {
        return images.size();
    }

    @Override
    public int sampleSize() {
        return images.sampleSize();
    }

    @Override
    public int[] labels() {
        return images.labels();
    }

    @Override
    public void read(int index, float[] target, int offset) {
        int pixels = height * width;
        float[] image = new float[sampleSize()];
        images.read(index, image, 0);
        float[] grey = image;
        if (channels == 3) {
            grey = new float[pixels];
            for (int p = 0; p < pixels; p++) {
                grey[p] = 0.299f * image[p] + 0.587f * image[pixels + p] + 0.114f * image[2 * pixels + p];
            }
        }
        edges(grey, height, width, threshold, target, offset);
        for (int c = 1; c < channels; c++) {
            System.arraycopy(target, offset, target, offset + c * pixels, pixels);
        }
    }

    /**
     * Writes the edge map of a grey {@code height × width} image into {@code target} from
     * {@code offset}, as the class comment describes.
     */
    static void edges(float[] grey, int height, int width, float threshold, float[] target, int offset) {
        for (int y = 0; y < height; y++) {
            int up = Math.max(y - 1, 0) * width;
            int row = y * width;
            int down = Math.min(y + 1, height - 1) * width;
            for (int x = 0; x < width; x++) {
                int left = Math.max(x - 1, 0);
                int right = Math.min(x + 1, width - 1);
                float gx = grey[up + right] + 2 * grey[row + right] + grey[down + right]
                        - grey[up + left] - 2 * grey[row + left] - grey[down + left];
                float gy = grey[down + left] + 2 * grey[down + x] + grey[down + right]
                        - grey[up + left] - 2 * grey[up + x] - grey[up + right];
                float magnitude = (float) Math.sqrt(gx * gx + gy * gy) / STEP;
                target[offset + row + x] = threshold > 0 ? (magnitude >= threshold ? 1f : 0f) : Math.min(1f, magnitude);
            }
        }
    }
}
