package dev.ganforge.plugins.data;

import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.spec.DataSpec;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Images (and, if their files are there, labels) from IDX files in one directory, as MNIST and
 * Fashion-MNIST ship: training images are required; training labels, test images and test labels
 * are optional. Each file is found by its name, or by its name with {@code .gz}.
 *
 * @param directory the directory that holds the files
 * @param files the files' names
 * @param hint how to get the files, appended to "missing" messages, e.g. an apt-get command
 * @param trainImagesParameter the plugin parameter that names the training images' file, where a
 *     missing one is reported: {@code train-images}, or {@code directory} for a dataset whose file
 *     names are fixed
 */
record IdxSource(Path directory, Names files, String hint, String trainImagesParameter) implements ImageSource {

    /**
     * The names of the four files, each without {@code .gz}; an empty name means "none".
     *
     * @param trainImages e.g. {@code train-images-idx3-ubyte}
     * @param trainLabels e.g. {@code train-labels-idx1-ubyte}
     * @param testImages e.g. {@code t10k-images-idx3-ubyte}
     * @param testLabels e.g. {@code t10k-labels-idx1-ubyte}
     */
    record Names(String trainImages, String trainLabels, String testImages, String testLabels) {

        /** The names MNIST and Fashion-MNIST use. */
        static final Names MNIST = new Names("train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");
    }

    @Override
    public List<MissingData> missing() {
        if (!Files.isDirectory(directory)) {
            return List.of(new MissingData("directory", "the IDX directory " + directory + " does not exist" + hint));
        }
        if (find(files.trainImages()).isEmpty()) {
            return List.of(new MissingData(trainImagesParameter, "there is no " + files.trainImages() + " (or "
                    + files.trainImages() + ".gz) in " + directory + hint));
        }
        return List.of();
    }

    /** One more than the largest label of the label files, 0 without training labels: labels alone are read. */
    @Override
    public OptionalInt classes() throws IOException {
        if (!missing().isEmpty() || find(files.trainLabels()).isEmpty()) {
            return missing().isEmpty() ? OptionalInt.of(0) : OptionalInt.empty();
        }
        int classes = 0;
        Optional<Path> testLabels = find(files.testImages()).isPresent() ? find(files.testLabels()) : Optional.empty();
        for (Optional<Path> labels : List.of(find(files.trainLabels()), testLabels)) {
            if (labels.isPresent()) {
                for (byte label : IdxFile.read(labels.get(), 1, "labels").values()) {
                    classes = Math.max(classes, (label & 0xFF) + 1);
                }
            }
        }
        return OptionalInt.of(classes);
    }

    @Override
    public GanDataset open(DataSpec data) throws IOException {
        ImageSplits images = read();
        requireShape(data, images.shape());
        return new TableDataset(data, images.train(), images.test(), images.classes());
    }

    /**
     * The images centred on black ones of {@code shape} ({@link CentredImages}), which must be
     * grey and at least as large as the files' images.
     */
    @Override
    public ImageSplits images(List<Integer> shape) throws IOException {
        ImageSplits read = read();
        List<Integer> own = read.shape();
        if (shape.equals(own)) {
            return read;
        }
        if (shape.size() != 3 || shape.get(0) != 1 || shape.get(1) < own.get(1) || shape.get(2) < own.get(2)) {
            throw new IllegalArgumentException("images of " + shape + " cannot be had from the IDX files in " + directory
                    + ", which hold 1×" + own.get(1) + "×" + own.get(2) + " images; set data.shape to [1, H, W] with H ≥ "
                    + own.get(1) + " and W ≥ " + own.get(2) + " (larger images are padded with black)");
        }
        return new ImageSplits(centred(read.train(), own, shape), centred(read.test(), own, shape),
                read.classes(), shape);
    }

    private static SampleTable centred(SampleTable images, List<Integer> own, List<Integer> shape) {
        return images == null ? null : new CentredImages(images, 1, own.get(1), own.get(2), shape.get(1), shape.get(2));
    }

    /** Reads the images and labels, as {@link #open} does before it checks the spec's shape. */
    ImageSplits read() throws IOException {
        List<MissingData> missing = missing();
        if (!missing.isEmpty()) {
            throw new FileNotFoundException(missing.get(0).message());
        }
        IdxFile trainImages = IdxFile.read(find(files.trainImages()).orElseThrow(), 3, "images");
        SampleTable train = table(trainImages, find(files.trainLabels()));
        SampleTable test = null;
        Optional<Path> testImagesFile = find(files.testImages());
        if (testImagesFile.isPresent()) {
            IdxFile testImages = IdxFile.read(testImagesFile.get(), 3, "images");
            if (testImages.dimensions()[1] != trainImages.dimensions()[1]
                    || testImages.dimensions()[2] != trainImages.dimensions()[2]) {
                throw new IOException(testImages.path() + " holds " + imageSize(testImages) + " images but "
                        + trainImages.path().getFileName() + " holds " + imageSize(trainImages) + " ones; they must match");
            }
            test = table(testImages, find(files.testLabels()));
        }
        return new ImageSplits(train, test, classes(train, test),
                List.of(1, trainImages.dimensions()[1], trainImages.dimensions()[2]));
    }

    private Optional<Path> find(String name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return List.of(name, name + ".gz").stream().map(directory::resolve).filter(Files::isRegularFile).findFirst();
    }

    private void requireShape(DataSpec data, List<Integer> image) {
        int rows = image.get(1);
        int columns = image.get(2);
        if (!data.shape().equals(image) && !data.shape().equals(List.of(rows * columns))) {
            throw new IllegalArgumentException("data.shape is " + data.shape() + " but the IDX files in " + directory
                    + " hold 1×" + rows + "×" + columns + " images; set data.shape to " + image + " (or ["
                    + rows * columns + "] for flat vectors)");
        }
    }

    private static String imageSize(IdxFile images) {
        return "1×" + images.dimensions()[1] + "×" + images.dimensions()[2];
    }

    private static SampleTable table(IdxFile images, Optional<Path> labelsFile) throws IOException {
        int count = images.dimensions()[0];
        int[] labels = null;
        if (labelsFile.isPresent()) {
            IdxFile read = IdxFile.read(labelsFile.get(), 1, "labels");
            if (read.dimensions()[0] != count) {
                throw new IOException(read.path() + " holds " + read.dimensions()[0] + " labels but "
                        + images.path().getFileName() + " holds " + count + " images; they must be pairs of the same count");
            }
            labels = new int[count];
            for (int i = 0; i < count; i++) {
                labels[i] = read.values()[i] & 0xFF;
            }
        }
        if (count == 0) {
            throw new IOException(images.path() + " holds no images");
        }
        return new ByteSampleTable(images.values(), images.dimensions()[1] * images.dimensions()[2], labels);
    }

    /** One more than the largest label, if the training samples are labelled; 0 if they are not. */
    private static int classes(SampleTable train, SampleTable test) {
        int classes = 0;
        if (!train.labelled()) {
            return 0;
        }
        for (SampleTable table : new SampleTable[] {train, test}) {
            if (table != null && table.labelled()) {
                for (int i = 0; i < table.size(); i++) {
                    classes = Math.max(classes, table.label(i) + 1);
                }
            }
        }
        return classes;
    }
}
