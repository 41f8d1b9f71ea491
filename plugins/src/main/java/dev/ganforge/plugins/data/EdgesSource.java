package dev.ganforge.plugins.data;

import dev.ganforge.engine.data.DatasetSource;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.data.GanDataset.Pairing;
import dev.ganforge.spec.DataSpec;
import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;

/**
 * The built-in image-to-image task: edge maps ({@link SobelEdges}) of a built-in dataset's images
 * (domain A) translate to the images themselves (domain B), with the images' class labels. Paired,
 * each image comes with its own edges. Unpaired, the training images are split in halves: the
 * edges are those of the first half, the images the second half, so that no image's edges are
 * ever seen beside it. The test split is in true pairs either way, so translations of held-out
 * edges can be compared with their images.
 *
 * @param images the images the task is made of
 * @param pairing {@link Pairing#PAIRED} or {@link Pairing#UNPAIRED}
 * @param threshold the least normalised Sobel magnitude of an edge, 0 for the magnitude itself
 * @param loadSize the side images are made at before the random crop, 0 for data.shape
 * @param flip whether training samples are mirrored at random
 */
record EdgesSource(ImageSource images, Pairing pairing, double threshold, int loadSize, boolean flip)
        implements DatasetSource {

    EdgesSource {
        if (!pairing.hasSource()) {
            throw new IllegalArgumentException("edges and images are two domains");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("parameter 'threshold' of dataset plugin 'edges' must be in [0, 1],"
                    + " found " + threshold);
        }
    }

    /** The pairing named {@code paired} or {@code unpaired} in a spec. */
    static Pairing pairingNamed(String name) {
        return switch (name) {
            case "paired" -> Pairing.PAIRED;
            case "unpaired" -> Pairing.UNPAIRED;
            default -> throw new IllegalArgumentException("parameter 'pairing' of dataset plugin 'edges' must be"
                    + " 'paired' or 'unpaired', found '" + name + "'");
        };
    }

    @Override
    public List<MissingData> missing() {
        return images.missing();
    }

    @Override
    public OptionalInt classes() throws IOException {
        return images.classes();
    }

    @Override
    public Pairing pairing() {
        return pairing;
    }

    @Override
    public GanDataset open(DataSpec data) throws IOException {
        ImageFolderSource.requireImageShape(data, "edges");
        CropAndFlip augmentation = CropAndFlip.of(data, loadSize, flip);
        ImageSplits read = images.images(List.of(augmentation.channels(), augmentation.loadHeight(),
                augmentation.loadWidth()));
        SampleTable train = read.train();
        TableDataset.Domains trainTables;
        if (pairing == Pairing.PAIRED) {
            trainTables = new TableDataset.Domains(train, edges(train, augmentation));
        } else {
            if (train.size() < 2) {
                throw new IllegalArgumentException("unpaired edges need at least two training images, one per half");
            }
            int half = train.size() / 2;
            trainTables = new TableDataset.Domains(new TableRange(train, half, train.size() - half),
                    edges(new TableRange(train, 0, half), augmentation));
        }
        TableDataset.Domains testTables = read.test() == null ? null
                : new TableDataset.Domains(read.test(), edges(read.test(), augmentation));
        return TranslationImages.dataset(data, pairing, trainTables, testTables, read.classes(), augmentation);
    }

    private SampleTable edges(SampleTable images, CropAndFlip augmentation) {
        return new SobelEdges(images, augmentation.channels(), augmentation.loadHeight(), augmentation.loadWidth(),
                threshold);
    }
}
