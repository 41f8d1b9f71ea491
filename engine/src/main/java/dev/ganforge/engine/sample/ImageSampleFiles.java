package dev.ganforge.engine.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Generated images as {@code ganforge sample} writes them: a PNG grid of the first of them (at
 * most {@link SampleGrid#MAX_IMAGES}), every one in an IDX file beside it and, for a conditional
 * GAN, their labels in another ({@link IdxFiles#imagesBeside}, {@link IdxFiles#labelsBeside}).
 */
public final class ImageSampleFiles implements SampleFiles {

    private final double min;
    private final double max;
    private final IntUnaryOperator labelOf;
    private final SampleGrid grid;
    private final Path imagesFile;
    private final Path labelsFile;
    private FileInProgress png;
    private IdxWriter images;
    private IdxWriter labels;

    /**
     * Creates the files.
     *
     * @param gridFile the PNG; the IDX files are named after it
     * @param count the number of samples
     * @param columns the grid's images per row
     * @param shape C, H, W
     * @param min the value shown black and written 0
     * @param max the value shown white and written 255
     * @param labelOf the class of sample i of a conditional GAN, or {@code null}: no label file
     */
    public ImageSampleFiles(Path gridFile, int count, int columns, List<Integer> shape, double min, double max,
            IntUnaryOperator labelOf) throws IOException {
        this.min = min;
        this.max = max;
        this.labelOf = labelOf;
        this.grid = new SampleGrid(SampleGrid.shown(count, columns), columns, shape, min, max);
        this.imagesFile = IdxFiles.imagesBeside(gridFile, shape);
        this.labelsFile = labelOf == null ? null : IdxFiles.labelsBeside(gridFile);
        try {
            // The file the user named first, so that it is the one a failure names.
            png = FileInProgress.create(gridFile);
            images = IdxFiles.openImages(imagesFile, count, shape);
            labels = labelOf == null ? null : IdxFiles.openLabels(labelsFile, count);
        } catch (IOException | RuntimeException failed) {
            try {
                close();
            } catch (IOException alsoFailed) {
                failed.addSuppressed(alsoFailed);
            }
            throw failed;
        }
    }

    /** The IDX file of the images. */
    public Path imagesFile() {
        return imagesFile;
    }

    /** The IDX file of the labels, or {@code null} for an unconditional GAN. */
    public Path labelsFile() {
        return labelsFile;
    }

    /** The number of images the grid shows: the first ones. */
    public int gridImages() {
        return grid.count();
    }

    @Override
    public void add(float[] values, int first, int n) throws IOException {
        grid.add(values, first, n);
        images.write(IdxFiles.levels(values, min, max));
        if (labels != null) {
            int[] classes = new int[n];
            for (int i = 0; i < n; i++) {
                classes[i] = labelOf.applyAsInt(first + i);
            }
            labels.write(IdxFiles.labelBytes(classes));
        }
    }

    @Override
    public void finish() throws IOException {
        grid.write(png.stream());
        png.complete();
    }

    @Override
    public void close() throws IOException {
        try (FileInProgress closingPng = png; IdxWriter closingImages = images; IdxWriter closingLabels = labels) {
            // closes whichever were opened, all of them even if one fails; those not whole are not kept
        }
    }
}
