package dev.ganforge.plugins.data;

import dev.ganforge.engine.data.DatasetSource.MissingData;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.data.GanDataset.Pairing;
import dev.ganforge.spec.DataSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the datasets of image-to-image translation share: images read at the load size of their
 * {@link CropAndFlip}, a missing folder reported at its parameter, and the dataset made of the
 * two domains' tables.
 */
final class TranslationImages {

    private TranslationImages() {}

    /**
     * The images of {@code files} as read before the crop, one of them decoded now so that a
     * folder of undecodable files fails before training starts.
     *
     * @param labels one class per file, or {@code null}
     * @param part which part of each file is the image
     */
    static ImageFiles read(List<Path> files, int[] labels, CropAndFlip augmentation, ImageFiles.Fit fit,
            ImageFiles.Part part) throws IOException {
        ImageFiles images = new ImageFiles(files, labels, augmentation.channels(), augmentation.loadHeight(),
                augmentation.loadWidth(), fit, part);
        images.decode(0, new float[images.sampleSize()], 0);
        return images;
    }

    /**
     * The problem of a folder parameter that names no folder, if it does not.
     *
     * @param folder the folder, or {@code null} if the parameter is unset
     * @param fix what to set the parameter to, e.g. {@code the folder of domain A's images}
     */
    static Optional<MissingData> missing(String parameter, Path folder, String fix) {
        if (folder == null || Files.isDirectory(folder)) {
            return Optional.empty();
        }
        return Optional.of(new MissingData(parameter, ImageFolderSource.notAFolder(folder) + "; set the dataset's '"
                + parameter + "' to " + fix));
    }

    /** The dataset of two domains' tables, which reads the tables directly if the augmentation does nothing. */
    static GanDataset dataset(DataSpec data, Pairing pairing, TableDataset.Domains train, TableDataset.Domains test,
            int classes, CropAndFlip augmentation) {
        return new TableDataset(data, pairing, train, test, classes, augmentation.isIdentity() ? null : augmentation);
    }
}
