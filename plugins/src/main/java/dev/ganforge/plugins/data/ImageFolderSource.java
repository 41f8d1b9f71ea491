package dev.ganforge.plugins.data;

import dev.ganforge.engine.data.DatasetSource;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.spec.DataSpec;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A folder of images: either the images themselves (unlabelled), or one sub-folder per class
 * holding that class's images at any depth, the classes numbered in the sorted order of the
 * sub-folders' names. Files that are not images (by their suffix) and hidden files are skipped.
 * An optional second folder of the same layout is the test split.
 *
 * @param directory the training images
 * @param testDirectory the test images, or {@code null} for none
 * @param fit how images of another aspect ratio are brought to the spec's
 */
record ImageFolderSource(Path directory, Path testDirectory, ImageFiles.Fit fit) implements DatasetSource {

    /** Image formats people may have that {@link javax.imageio.ImageIO} cannot decode. */
    private static final Set<String> UNSUPPORTED = Set.of("webp", "heic", "heif", "avif", "jxl", "svg", "psd");

    /**
     * The images of one folder.
     *
     * @param classes the class names, sorted; empty for unlabelled images
     * @param files the images, class by class, each class's in the sorted order of their paths
     * @param labels each file's class, or {@code null} if unlabelled
     */
    record Listing(List<String> classes, List<Path> files, int[] labels) {}

    @Override
    public List<MissingData> missing() {
        List<MissingData> missing = new ArrayList<>(2);
        if (!Files.isDirectory(directory)) {
            missing.add(new MissingData("directory", notAFolder(directory)
                    + "; set the dataset's 'directory' to a folder of images, or of one sub-folder of images per class"));
        }
        if (testDirectory != null && !Files.isDirectory(testDirectory)) {
            missing.add(new MissingData("test-directory", notAFolder(testDirectory)
                    + "; set the dataset's 'test-directory' to a folder laid out as 'directory' is, or to '' for no test split"));
        }
        return missing;
    }

    @Override
    public OptionalInt classes() throws IOException {
        return OptionalInt.of(list(directory).classes().size());
    }

    @Override
    public GanDataset open(DataSpec data) throws IOException {
        List<Integer> shape = data.shape();
        requireImageShape(data, "image-folder");
        Listing train = list(directory);
        ImageFiles trainImages = images(train, shape);
        // Decode one image now, so that a folder of undecodable files fails before training starts.
        trainImages.decode(0, new float[trainImages.sampleSize()], 0);
        ImageFiles testImages = null;
        if (testDirectory != null) {
            Listing test = list(testDirectory);
            requireSameClasses(test, testDirectory, train, directory);
            testImages = images(test, shape);
        }
        return new TableDataset(data, trainImages, testImages, train.classes().size());
    }

    /** Refuses a test folder whose classes are not the training folder's. */
    static void requireSameClasses(Listing test, Path testFolder, Listing train, Path trainFolder) throws IOException {
        if (!test.classes().equals(train.classes())) {
            throw new IOException("the test folder " + testFolder + " has the classes " + test.classes()
                    + " but the training folder " + trainFolder + " has " + train.classes() + "; they must be the same");
        }
    }

    /** Refuses a {@code data.shape} that is not one of grey or RGB images, for dataset plugin {@code plugin}. */
    static void requireImageShape(DataSpec data, String plugin) {
        List<Integer> shape = data.shape();
        if (shape.size() != 3 || (shape.get(0) != 1 && shape.get(0) != 3)) {
            throw new IllegalArgumentException("data.shape is " + shape + " but " + plugin + " reads images of"
                    + " [channels, height, width] with 1 (grey) or 3 (RGB) channels; set data.shape to e.g. [3, 64, 64]");
        }
    }

    private ImageFiles images(Listing listing, List<Integer> shape) {
        return new ImageFiles(listing.files(), listing.labels(), shape.get(0), shape.get(1), shape.get(2), fit);
    }

    static String notAFolder(Path path) {
        return "the image folder " + path + " does not exist or is not a folder";
    }

    /** Lists the images of {@code root} and their classes. */
    static Listing list(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new FileNotFoundException(notAFolder(root));
        }
        List<Path> entries = visible(root);
        List<Path> folders = entries.stream().filter(Files::isDirectory).toList();
        List<Path> images = images(entries);
        if (folders.isEmpty()) {
            if (images.isEmpty()) {
                throw new IOException("the image folder " + root + " holds no images (PNG or JPEG files, or one"
                        + " sub-folder of them per class)");
            }
            return new Listing(List.of(), images, null);
        }
        if (!images.isEmpty()) {
            throw new IOException("the image folder " + root + " holds both images (e.g. " + images.get(0).getFileName()
                    + ") and sub-folders; put every image in the sub-folder of its class, or remove the sub-folders");
        }
        List<String> classes = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Path folder : folders) {
            List<Path> members;
            try (Stream<Path> walk = Files.walk(folder)) {
                members = images(walk.filter(path -> !hidden(folder.relativize(path))).sorted().toList());
            } catch (IOException | java.io.UncheckedIOException unreadable) {
                throw new IOException("cannot read the class folder " + folder + ": " + unreadable.getMessage(), unreadable);
            }
            if (members.isEmpty()) {
                throw new IOException("the class folder " + folder + " holds no images; add some or remove it");
            }
            for (Path member : members) {
                files.add(member);
                labels.add(classes.size());
            }
            classes.add(folder.getFileName().toString());
        }
        return new Listing(classes, files, labels.stream().mapToInt(Integer::intValue).toArray());
    }

    private static List<Path> visible(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(path -> !hidden(path.getFileName()))
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .toList();
        } catch (IOException unreadable) {
            throw new IOException("cannot read the image folder " + folder + ": " + unreadable, unreadable);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The regular files among {@code paths} that are images, refusing images ImageIO cannot decode. */
    private static List<Path> images(List<Path> paths) throws IOException {
        List<Path> images = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isRegularFile(path)) {
                continue;
            }
            String suffix = suffix(path);
            if (UNSUPPORTED.contains(suffix)) {
                throw new IOException(path + " is a " + suffix.toUpperCase(Locale.ROOT) + " image, which ganforge cannot"
                        + " read; convert it to PNG or JPEG");
            }
            if (ImageFiles.READABLE.contains(suffix)) {
                images.add(path);
            }
        }
        return images;
    }

    private static String suffix(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
