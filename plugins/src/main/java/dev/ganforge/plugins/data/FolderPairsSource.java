package dev.ganforge.plugins.data;

import dev.ganforge.engine.data.DatasetSource;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.data.GanDataset.Pairing;
import dev.ganforge.spec.DataSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Image-to-image data in two folders, {@code a} (the translation's input) and {@code b} (its
 * target), each laid out as {@code image-folder} reads one (class sub-folders give labels, taken
 * from {@code b}). Paired ({@code paired-folders}): every image has a partner of the same path
 * in the other folder, any image suffix ({@code a/12.png} and {@code b/12.jpg}), and the two are
 * cut and mirrored alike. Unpaired ({@code unpaired-folders}): any names and counts, each domain
 * drawn in its own order. Optional test folders of the same kind are the test split.
 *
 * @param plugin the plugin's name, for messages
 * @param pairing {@link Pairing#PAIRED} or {@link Pairing#UNPAIRED}
 * @param train the training folders
 * @param test the test folders, or {@code null} for no test split
 * @param fit how images of another aspect ratio are brought to the load size
 * @param loadSize the side images are read at before the random crop, 0 for data.shape
 * @param flip whether training pairs are mirrored at random
 */
record FolderPairsSource(String plugin, Pairing pairing, Folders train, Folders test, ImageFiles.Fit fit, int loadSize,
        boolean flip) implements DatasetSource {

    /**
     * The folders of one split.
     *
     * @param a domain A's images
     * @param b domain B's images
     */
    record Folders(Path a, Path b) {}

    FolderPairsSource {
        Objects.requireNonNull(train, "train");
        if (!pairing.hasSource()) {
            throw new IllegalArgumentException("two folders are two domains");
        }
    }

    /**
     * A source from the plugin's folder parameters ({@code ''} for an unset test folder).
     *
     * @throws IllegalArgumentException if only one of the test folders is set
     */
    static FolderPairsSource of(String plugin, Pairing pairing, String a, String b, String testA, String testB,
            ImageFiles.Fit fit, int loadSize, boolean flip) {
        if (testA.isEmpty() != testB.isEmpty()) {
            throw new IllegalArgumentException("dataset plugin '" + plugin + "' has 'test-" + (testA.isEmpty() ? "b" : "a")
                    + "' but no 'test-" + (testA.isEmpty() ? "a" : "b") + "'; set both, or neither for no test split");
        }
        Folders test = testA.isEmpty() ? null : new Folders(Path.of(testA), Path.of(testB));
        return new FolderPairsSource(plugin, pairing, new Folders(Path.of(a), Path.of(b)), test, fit, loadSize, flip);
    }

    @Override
    public List<MissingData> missing() {
        String layout = pairing == Pairing.PAIRED ? " (the partners of 'a''s, by name)" : "";
        return Stream.of(
                TranslationImages.missing("a", train.a(), "the folder of domain A's images, the translation's input"),
                TranslationImages.missing("b", train.b(), "the folder of domain B's images, its target" + layout),
                TranslationImages.missing("test-a", test == null ? null : test.a(),
                        "a folder of held-out domain A images, or to '' for no test split"),
                TranslationImages.missing("test-b", test == null ? null : test.b(),
                        "a folder of held-out domain B images, or to '' for no test split"))
                .flatMap(java.util.Optional::stream).toList();
    }

    @Override
    public OptionalInt classes() throws IOException {
        return OptionalInt.of(ImageFolderSource.list(train.b()).classes().size());
    }

    @Override
    public Pairing pairing() {
        return pairing;
    }

    @Override
    public GanDataset open(DataSpec data) throws IOException {
        ImageFolderSource.requireImageShape(data, plugin);
        CropAndFlip augmentation = CropAndFlip.of(data, loadSize, flip);
        ImageFolderSource.Listing trainB = ImageFolderSource.list(train.b());
        TableDataset.Domains trainTables = tables(train, trainB, augmentation);
        TableDataset.Domains testTables = null;
        if (test != null) {
            ImageFolderSource.Listing testB = ImageFolderSource.list(test.b());
            ImageFolderSource.requireSameClasses(testB, test.b(), trainB, train.b());
            testTables = tables(test, testB, augmentation);
        }
        return TranslationImages.dataset(data, pairing, trainTables, testTables, trainB.classes().size(), augmentation);
    }

    private TableDataset.Domains tables(Folders folders, ImageFolderSource.Listing b, CropAndFlip augmentation)
            throws IOException {
        List<Path> a = ImageFolderSource.list(folders.a()).files();
        if (pairing == Pairing.PAIRED) {
            a = partners(folders, a, b.files());
        }
        return new TableDataset.Domains(
                TranslationImages.read(b.files(), b.labels(), augmentation, fit, ImageFiles.Part.WHOLE),
                TranslationImages.read(a, null, augmentation, fit, ImageFiles.Part.WHOLE));
    }

    /**
     * The partner in {@code a} of each image in {@code b}, in {@code b}'s order.
     *
     * @throws IOException naming the first image, of {@code a} and then of {@code b}, without a
     *     partner, or two images of {@code a} of one name
     */
    private static List<Path> partners(Folders folders, List<Path> a, List<Path> b) throws IOException {
        Map<String, Path> byName = byName(folders.a(), a, "a", "b");
        Map<String, Path> bByName = byName(folders.b(), b, "b", "a");
        for (Path image : a) {
            if (!bByName.containsKey(name(folders.a(), image))) {
                throw unpartnered(image, "a", "b", folders.b());
            }
        }
        List<Path> partners = new ArrayList<>(b.size());
        for (Path image : b) {
            Path partner = byName.get(name(folders.b(), image));
            if (partner == null) {
                throw unpartnered(image, "b", "a", folders.a());
            }
            partners.add(partner);
        }
        return partners;
    }

    private static Map<String, Path> byName(Path root, List<Path> images, String folder, String other)
            throws IOException {
        Map<String, Path> byName = new HashMap<>();
        for (Path image : images) {
            Path twin = byName.put(name(root, image), image);
            if (twin != null) {
                throw new IOException("the images " + twin + " and " + image + " in '" + folder + "' have the same name,"
                        + " and only one can be the partner of an image in '" + other + "'; remove one of them");
            }
        }
        return byName;
    }

    private static IOException unpartnered(Path image, String folder, String other, Path otherRoot) {
        return new IOException("the image " + image + " in '" + folder + "' has no partner in '" + other + "' ("
                + otherRoot + "): paired folders need an image of the same name, any image suffix, in each; add its"
                + " partner or remove it");
    }

    /** An image's path below its folder without the suffix, '/'-separated: what pairs it with its partner. */
    private static String name(Path root, Path image) {
        String relative = root.relativize(image).toString().replace(java.io.File.separatorChar, '/');
        int dot = relative.lastIndexOf('.');
        return dot > relative.lastIndexOf('/') ? relative.substring(0, dot) : relative;
    }
}
