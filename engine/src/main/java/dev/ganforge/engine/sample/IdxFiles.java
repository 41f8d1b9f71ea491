package dev.ganforge.engine.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes samples in the IDX format of MNIST and Fashion-MNIST (LeCun et al.), which other tools
 * read to score images: a big-endian header — two zero bytes, the element type ({@code 0x08},
 * unsigned byte), the number of dimensions — then each dimension as a 32-bit integer, then the
 * values row-major.
 */
public final class IdxFiles {

    private static final int UNSIGNED_BYTE = 0x08;

    private IdxFiles() {}

    /**
     * The file name of images written next to a PNG {@code grid}: {@code x.png} gives
     * {@code x-images-idx3-ubyte} for grey images (N×H×W, as MNIST) and {@code x-images-idx4-ubyte}
     * for colour ones (N×C×H×W).
     */
    public static Path imagesBeside(Path grid, List<Integer> shape) {
        return beside(grid, shape.get(0) == 1 ? "-images-idx3-ubyte" : "-images-idx4-ubyte");
    }

    /** The label file written next to a PNG {@code grid}: {@code x.png} gives {@code x-labels-idx1-ubyte}. */
    public static Path labelsBeside(Path grid) {
        return beside(grid, "-labels-idx1-ubyte");
    }

    private static Path beside(Path grid, String suffix) {
        String name = grid.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return grid.resolveSibling(stem + suffix);
    }

    /**
     * Writes images as unsigned bytes, {@code min} as 0 and {@code max} as 255 (rounded, clamped).
     *
     * @param values N×C×H×W values, row-major
     * @param shape C, H, W; grey images (C = 1) are written N×H×W, as MNIST is
     */
    public static void writeImages(float[] values, int count, List<Integer> shape, double min, double max, Path file)
            throws IOException {
        byte[] bytes = levels(values, min, max);
        try (IdxWriter writer = openImages(file, count, shape)) {
            writer.write(bytes);
        }
    }

    /** Writes class labels (each 0 to 255) as a one-dimensional IDX file. */
    public static void writeLabels(int[] labels, Path file) throws IOException {
        byte[] bytes = labelBytes(labels);
        try (IdxWriter writer = openLabels(file, labels.length)) {
            writer.write(bytes);
        }
    }

    /**
     * Opens a file for {@code count} images of {@code shape}, to be written a batch at a time
     * with {@link #levels}: N×H×W for grey images, as MNIST, N×C×H×W for colour ones.
     */
    public static IdxWriter openImages(Path file, int count, List<Integer> shape) throws IOException {
        return IdxWriter.open(file, UNSIGNED_BYTE, shape.get(0) == 1
                ? new int[] {count, shape.get(1), shape.get(2)}
                : new int[] {count, shape.get(0), shape.get(1), shape.get(2)});
    }

    /** Opens a file for {@code count} class labels, to be written a batch at a time with {@link #labelBytes}. */
    public static IdxWriter openLabels(Path file, int count) throws IOException {
        return IdxWriter.open(file, UNSIGNED_BYTE, new int[] {count});
    }

    /** Values as unsigned bytes, {@code min} as 0 and {@code max} as 255 (rounded, clamped). */
    public static byte[] levels(float[] values, double min, double max) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) SampleImages.level(values[i], min, max);
        }
        return bytes;
    }

    /**
     * Class labels as unsigned bytes.
     *
     * @throws IllegalArgumentException if a label is not 0 to 255
     */
    public static byte[] labelBytes(int[] labels) {
        byte[] bytes = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] > 255) {
                throw new IllegalArgumentException("an IDX label file holds labels 0 to 255, found " + labels[i]);
            }
            bytes[i] = (byte) labels[i];
        }
        return bytes;
    }
}
