package dev.ganforge.plugins.data;

import dev.ganforge.engine.data.DatasetSource;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.data.GanDataset.Pairing;
import dev.ganforge.spec.DataSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Pairs stored side by side, as pix2pix's datasets (facades, maps, edges2shoes) ship them: each
 * file holds domain A in its left half and domain B in its right half. {@code a-to-b} translates
 * left to right; {@code b-to-a} the other way, so that the right halves are the sources. The
 * folder is laid out as {@code image-folder} reads one (class sub-folders give labels); an
 * optional test folder of the same kind is the test split.
 *
 * @param directory the training pairs
 * @param testDirectory the test pairs, or {@code null} for no test split
 * @param aToB whether the left halves are the sources
 * @param fit how a half of another aspect ratio is brought to the load size
 * @param loadSize the side halves are read at before the random crop, 0 for data.shape
 * @param flip whether training pairs are mirrored at random
 */
record AlignedFolderSource(Path directory, Path testDirectory, boolean aToB, ImageFiles.Fit fit, int loadSize,
        boolean flip) implements DatasetSource {

    /** Whether {@code direction} ({@code a-to-b} or {@code b-to-a}) reads the left halves as sources. */
    static boolean isAToB(String direction) {
        return switch (direction) {
            case "a-to-b" -> true;
            case "b-to-a" -> false;
            default -> throw new IllegalArgumentException("parameter 'direction' of dataset plugin 'aligned-folder' must"
                    + " be 'a-to-b' or 'b-to-a', found '" + direction + "'");
        };
    }

    @Override
    public List<MissingData> missing() {
        return Stream.of(
                TranslationImages.missing("directory", directory, "a folder of side-by-side pairs, A left and B right"),
                TranslationImages.missing("test-directory", testDirectory,
                        "a folder of held-out pairs laid out alike, or to '' for no test split"))
                .flatMap(java.util.Optional::stream).toList();
    }

    @Override
    public OptionalInt classes() throws IOException {
        return OptionalInt.of(ImageFolderSource.list(directory).classes().size());
    }

    @Override
    public Pairing pairing() {
        return Pairing.PAIRED;
    }

    @Override
    public GanDataset open(DataSpec data) throws IOException {
        ImageFolderSource.requireImageShape(data, "aligned-folder");
        CropAndFlip augmentation = CropAndFlip.of(data, loadSize, flip);
        ImageFolderSource.Listing train = ImageFolderSource.list(directory);
        TableDataset.Domains testTables = null;
        if (testDirectory != null) {
            ImageFolderSource.Listing test = ImageFolderSource.list(testDirectory);
            ImageFolderSource.requireSameClasses(test, testDirectory, train, directory);
            testTables = halves(test, augmentation);
        }
        return TranslationImages.dataset(data, Pairing.PAIRED, halves(train, augmentation), testTables,
                train.classes().size(), augmentation);
    }

    private TableDataset.Domains halves(ImageFolderSource.Listing listing, CropAndFlip augmentation) throws IOException {
        ImageFiles.Part target = aToB ? ImageFiles.Part.RIGHT_HALF : ImageFiles.Part.LEFT_HALF;
        ImageFiles.Part source = aToB ? ImageFiles.Part.LEFT_HALF : ImageFiles.Part.RIGHT_HALF;
        return new TableDataset.Domains(
                TranslationImages.read(listing.files(), listing.labels(), augmentation, fit, target),
                TranslationImages.read(listing.files(), null, augmentation, fit, source));
    }
}
