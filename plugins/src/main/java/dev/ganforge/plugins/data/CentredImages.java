package dev.ganforge.plugins.data;

/**
 * Another table's images placed in the centre of larger black ones, as LeNet pads MNIST's 28×28
 * digits to 32×32: the image is unchanged, where resizing would blur it.
 */
final class CentredImages implements SampleTable {

    private final SampleTable images;
    private final int channels;
    private final int innerHeight;
    private final int innerWidth;
    private final int height;
    private final int width;

    /**
     * @param images images of {@code channels × innerHeight × innerWidth}
     * @param height the padded height, at least {@code innerHeight}
     * @param width the padded width, at least {@code innerWidth}
     */
    CentredImages(SampleTable images, int channels, int innerHeight, int innerWidth, int height, int width) {
        if (height < innerHeight || width < innerWidth) {
            throw new IllegalArgumentException(innerHeight + "×" + innerWidth + " images do not fit in " + height + "×" + width);
        }
        this.images = images;
        this.channels = channels;
        this.innerHeight = innerHeight;
        this.innerWidth = innerWidth;
        this.height = height;
        this.width = width;
    }

    @Override
    public int size() {
        return images.size();
    }

    @Override
    public int sampleSize() {
        return channels * height * width;
    }

    @Override
    public int[] labels() {
        return images.labels();
    }

    @Override
    public void read(int index, float[] target, int offset) {
        float[] inner = new float[images.sampleSize()];
        images.read(index, inner, 0);
        java.util.Arrays.fill(target, offset, offset + sampleSize(), 0f);
        int top = (height - innerHeight) / 2;
        int left = (width - innerWidth) / 2;
        for (int c = 0; c < channels; c++) {
            for (int y = 0; y < innerHeight; y++) {
                System.arraycopy(inner, (c * innerHeight + y) * innerWidth, target,
                        offset + (c * height + top + y) * width + left, innerWidth);
            }
        }
    }
}
