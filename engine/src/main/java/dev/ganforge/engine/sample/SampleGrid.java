package dev.ganforge.engine.sample;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Images tiled into a grid with a one-pixel gap, filled a batch at a time and written as PNG.
 * Samples beyond the grid's size are passed over, so that a grid of the first images can be drawn
 * while any number are generated.
 */
public final class SampleGrid {

    /**
     * The most images {@code ganforge sample} shows in one grid: 32×32 of them. More would make a
     * picture too large to look at, whose pixels alone grow with the count; the IDX file beside it
     * holds every sample.
     */
    public static final int MAX_IMAGES = 1024;

    private final int count;
    private final int columns;
    private final int channels;
    private final int height;
    private final int width;
    private final double min;
    private final double max;
    private final BufferedImage image;

    /**
     * An empty grid.
     *
     * @param count the images it shows: samples 0 to count − 1
     * @param columns images per row, e.g. one per class for a conditional GAN
     * @param shape C, H, W (C is 1 for grey or 3 for RGB)
     * @param min the value shown black
     * @param max the value shown white
     */
    public SampleGrid(int count, int columns, List<Integer> shape, double min, double max) {
        if (columns < 1) {
            throw new IllegalArgumentException("a grid needs at least one column, found " + columns);
        }
        this.count = count;
        this.columns = columns;
        this.channels = shape.get(0);
        this.height = shape.get(1);
        this.width = shape.get(2);
        this.min = min;
        this.max = max;
        int rows = (count + columns - 1) / columns;
        this.image = new BufferedImage(columns * (width + 1) + 1, rows * (height + 1) + 1, BufferedImage.TYPE_INT_RGB);
    }

    /**
     * How many of {@code samples} a grid of {@code columns} columns shows: all of them up to
     * {@link #MAX_IMAGES}, else as many whole rows as fit in it (at least one).
     */
    public static int shown(int samples, int columns) {
        return samples <= MAX_IMAGES ? samples : Math.max(columns, MAX_IMAGES - MAX_IMAGES % columns);
    }

    /** The number of images the grid shows. */
    public int count() {
        return count;
    }

    /**
     * Draws the samples {@code first} to {@code first + n − 1} that fall within the grid.
     *
     * @param values their n×C×H×W values, row-major
     */
    public void add(float[] values, int first, int n) {
        int plane = height * width;
        for (int k = 0; k < n && first + k < count; k++) {
            int at = first + k;
            int left = 1 + (at % columns) * (width + 1);
            int top = 1 + (at / columns) * (height + 1);
            int base = k * channels * plane;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int value = base + y * width + x;
                    int red = SampleImages.level(values[value], min, max);
                    int green = channels == 3 ? SampleImages.level(values[value + plane], min, max) : red;
                    int blue = channels == 3 ? SampleImages.level(values[value + 2 * plane], min, max) : red;
                    image.setRGB(left + x, top + y, (red << 16) | (green << 8) | blue);
                }
            }
        }
    }

    /** Writes the grid as PNG. */
    public void write(Path file) throws IOException {
        SampleImages.writePng(image, file);
    }

    /** Writes the grid as PNG to {@code out}, leaving it open. */
    public void write(OutputStream out) throws IOException {
        SampleImages.writePng(image, out);
    }
}
