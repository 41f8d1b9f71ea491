package dev.ganforge.plugins.data;

import dev.ganforge.engine.data.DatasetSource;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.plugin.ParameterSpec;
import dev.ganforge.engine.plugin.ParameterType;
import dev.ganforge.engine.plugin.PluginDescriptor;
import dev.ganforge.engine.plugin.PluginFactory;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginModule;
import dev.ganforge.engine.plugin.PluginParameters;
import dev.ganforge.spec.DataSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;

/** Registers the built-in datasets under their YAML names. */
public final class DatasetPlugins extends PluginModule {

    /** Where Debian's {@code dataset-fashion-mnist} package installs Fashion-MNIST. */
    static final String FASHION_MNIST_DIRECTORY = "/usr/share/datasets/fashion-mnist";

    static final String FASHION_MNIST_HINT = "; on Debian or Ubuntu install Fashion-MNIST there with"
            + " 'apt-get install dataset-fashion-mnist', or set the dataset's 'directory' to where its IDX files are";
    static final String DIRECTORY_HINT = "; set the dataset's 'directory' to the folder that holds the IDX files";

    /** The default least Sobel magnitude of an edge. */
    static final double EDGE_THRESHOLD = 0.3;

    @Override
    protected void configure() {
        register(dataset(PluginDescriptor.of(PluginFamily.DATASET, "gaussian-ring",
                        "2-D points from Gaussians on a circle: the ring of 8 of the unrolled-GAN and WGAN-GP papers",
                        ParameterSpec.integer("modes", 8, "number of Gaussians"),
                        ParameterSpec.number("radius", 2.0, "radius of the circle"),
                        ParameterSpec.number("sigma", 0.02, "standard deviation of each Gaussian")),
                parameters -> points("gaussian-ring", () -> GaussianMixture2d.ring(parameters.integer("modes"),
                        parameters.number("radius"), parameters.number("sigma")))));
        register(dataset(PluginDescriptor.of(PluginFamily.DATASET, "gaussian-grid",
                        "2-D points from a square grid of Gaussians: the 5x5 grid of VEEGAN and PacGAN",
                        ParameterSpec.integer("size", 5, "Gaussians per side"),
                        ParameterSpec.number("spacing", 2.0, "distance between neighbouring centres"),
                        ParameterSpec.number("sigma", 0.05, "standard deviation of each Gaussian")),
                parameters -> points("gaussian-grid", () -> GaussianMixture2d.grid(parameters.integer("size"),
                        parameters.number("spacing"), parameters.number("sigma")))));
        register(dataset(PluginDescriptor.of(PluginFamily.DATASET, "idx",
                        "Images (and labels, if present) from IDX files, gzipped or not, as MNIST and Fashion-MNIST ship",
                        ParameterSpec.string("directory", FASHION_MNIST_DIRECTORY, "the folder that holds the files"),
                        ParameterSpec.string("train-images", IdxSource.Names.MNIST.trainImages(),
                                "training images (name without .gz; either form is found)"),
                        ParameterSpec.string("train-labels", IdxSource.Names.MNIST.trainLabels(),
                                "training labels; if missing or '', the data is unlabelled"),
                        ParameterSpec.string("test-images", IdxSource.Names.MNIST.testImages(),
                                "test images; if missing or '', there is no test split"),
                        ParameterSpec.string("test-labels", IdxSource.Names.MNIST.testLabels(), "test labels")),
                parameters -> idx(parameters.string("directory"), new IdxSource.Names(parameters.string("train-images"),
                        parameters.string("train-labels"), parameters.string("test-images"),
                        parameters.string("test-labels")), "train-images")));
        register(dataset(PluginDescriptor.of(PluginFamily.DATASET, "fashion-mnist",
                        "Fashion-MNIST (Xiao et al. 2017): 60000 + 10000 greyscale 28x28 clothing images in 10 classes,"
                        + " from Debian's dataset-fashion-mnist",
                        ParameterSpec.string("directory", FASHION_MNIST_DIRECTORY, "the folder of its IDX files")),
                parameters -> idx(parameters.string("directory"), IdxSource.Names.MNIST, "directory")));
        register(dataset(PluginDescriptor.of(PluginFamily.DATASET, "mnist",
                        "MNIST (LeCun et al. 1998): 60000 + 10000 greyscale 28x28 handwritten digits in 10 classes",
                        ParameterSpec.required("directory", ParameterType.STRING,
                                "the folder of its IDX files (train-images-idx3-ubyte[.gz] and the others)")),
                parameters -> idx(parameters.string("directory"), IdxSource.Names.MNIST, "directory")));
        register(dataset(PluginDescriptor.of(PluginFamily.DATASET, "image-folder",
                        "PNG or JPEG images from a folder, labelled by class sub-folder if it has them,"
                        + " resized to data.shape",
                        ParameterSpec.required("directory", ParameterType.STRING,
                                "the folder of images, or of one sub-folder of images per class"),
                        ParameterSpec.string("test-directory", "", "a folder of test images laid out alike; '' for none"),
                        ParameterSpec.string("fit", "crop",
                                "'crop' (scale to cover, cut the centre) or 'stretch' for other aspect ratios")),
                parameters -> new ImageFolderSource(Path.of(parameters.string("directory")),
                        optionalPath(parameters.string("test-directory")), ImageFiles.Fit.named(parameters.string("fit"), "image-folder"))));
        register(dataset(PluginDescriptor.of(PluginFamily.DATASET, "synthetic-shapes",
                        "10 classes of jittered shapes drawn in code, white on black like MNIST, at any data.shape:"
                        + " image GANs without a download",
                        ParameterSpec.integer("train-size", 10000, "training samples"),
                        ParameterSpec.integer("test-size", 2000, "held-out test samples")),
                parameters -> new SyntheticShapes(parameters.integer("train-size"), parameters.integer("test-size"))));
        for (GanDataset.Pairing pairing : List.of(GanDataset.Pairing.PAIRED, GanDataset.Pairing.UNPAIRED)) {
            boolean paired = pairing == GanDataset.Pairing.PAIRED;
            String name = paired ? "paired-folders" : "unpaired-folders";
            register(dataset(PluginDescriptor.of(PluginFamily.DATASET, name, paired
                            ? "Image-to-image pairs (pix2pix): folder 'a' (inputs) and folder 'b' (targets) hold images"
                            + " of the same names, e.g. a/12.png and b/12.jpg, cut and mirrored alike"
                            : "Two domains of images for unpaired translation (CycleGAN): folders 'a' and 'b', any names"
                            + " and counts, each drawn in its own order",
                            translation(List.of(
                                    ParameterSpec.required("a", ParameterType.STRING,
                                            "the folder of domain A's images, the translation's input"),
                                    ParameterSpec.required("b", ParameterType.STRING, paired
                                            ? "the folder of domain B's images, the targets, each named as its input"
                                            : "the folder of domain B's images"),
                                    ParameterSpec.string("test-a", "", "a folder of held-out domain A images; '' for none"),
                                    ParameterSpec.string("test-b", "", "a folder of held-out domain B images; '' for none")),
                                    true)),
                    parameters -> FolderPairsSource.of(name, pairing, parameters.string("a"), parameters.string("b"),
                            parameters.string("test-a"), parameters.string("test-b"),
                            ImageFiles.Fit.named(parameters.string("fit"), name), parameters.integer("load-size"),
                            parameters.bool("flip"))));
        }
        register(dataset(PluginDescriptor.of(PluginFamily.DATASET, "aligned-folder",
                        "Image-to-image pairs side by side, as pix2pix's datasets ship them: domain A in each file's"
                        + " left half, domain B in its right half",
                        translation(List.of(
                                ParameterSpec.required("directory", ParameterType.STRING, "the folder of side-by-side pairs"),
                                ParameterSpec.string("test-directory", "", "a folder of held-out pairs; '' for none"),
                                ParameterSpec.string("direction", "a-to-b",
                                        "'a-to-b' (left halves are the inputs) or 'b-to-a' (right halves are)")),
                                true)),
                parameters -> new AlignedFolderSource(Path.of(parameters.string("directory")),
                        optionalPath(parameters.string("test-directory")),
                        AlignedFolderSource.isAToB(parameters.string("direction")),
                        ImageFiles.Fit.named(parameters.string("fit"), "aligned-folder"), parameters.integer("load-size"),
                        parameters.bool("flip"))));
        register(dataset(PluginDescriptor.of(PluginFamily.DATASET, "edges",
                        "Edges to images without a download: Sobel edge maps (domain A) of fashion-mnist's or"
                        + " synthetic-shapes' images (domain B), paired, or unpaired from disjoint halves",
                        translation(List.of(
                                ParameterSpec.string("images", "fashion-mnist", "'fashion-mnist' or 'synthetic-shapes'"),
                                ParameterSpec.string("directory", FASHION_MNIST_DIRECTORY,
                                        "fashion-mnist's folder of IDX files"),
                                ParameterSpec.integer("train-size", 10000, "synthetic-shapes' training samples"),
                                ParameterSpec.integer("test-size", 2000, "synthetic-shapes' held-out test samples"),
                                ParameterSpec.string("pairing", "paired", "'paired', or 'unpaired': edges of the first"
                                        + " half of the training images, images of the second; the test split is paired"),
                                ParameterSpec.number("threshold", EDGE_THRESHOLD, "an edge is where the Sobel magnitude,"
                                        + " 1 for a black-to-white step, is at least this; 0 keeps the magnitude")),
                                false)),
                parameters -> new EdgesSource(edgeImages(parameters), EdgesSource.pairingNamed(parameters.string("pairing")),
                        parameters.number("threshold"), parameters.integer("load-size"), parameters.bool("flip"))));
    }

    /**
     * A translation dataset's own parameters, then those of its augmentation (pix2pix's and
     * CycleGAN's resize, random crop and flip).
     *
     * @param files whether the images are read from files: then a parameter 'fit' says how files
     *     of other aspect ratios are resized, and images are mirrored by default, as the
     *     reference code does; built-in images are not
     */
    private static ParameterSpec[] translation(List<ParameterSpec> own, boolean files) {
        List<ParameterSpec> all = new java.util.ArrayList<>(own);
        if (files) {
            all.add(ParameterSpec.string("fit", "crop",
                    "'crop' (scale to cover, cut the centre) or 'stretch' for other aspect ratios"));
        }
        all.add(ParameterSpec.integer("load-size", 0, "the side images are resized to before a random crop to"
                + " data.shape's height and width (the test split is cut at the centre); 0 reads them at data.shape"));
        all.add(ParameterSpec.bool("flip", files, "whether training images are mirrored left to right at random,"
                + " both images of a pair alike"));
        return all.toArray(ParameterSpec[]::new);
    }

    private static ImageSource edgeImages(PluginParameters parameters) {
        return switch (parameters.string("images")) {
            case "fashion-mnist" -> idx(parameters.string("directory"), IdxSource.Names.MNIST, "directory");
            case "synthetic-shapes" -> new SyntheticShapes(parameters.integer("train-size"), parameters.integer("test-size"));
            default -> throw new IllegalArgumentException("parameter 'images' of dataset plugin 'edges' must be"
                    + " 'fashion-mnist' or 'synthetic-shapes', found '" + parameters.string("images") + "'");
        };
    }

    private static PluginFactory<DatasetSource> dataset(PluginDescriptor descriptor,
            Function<PluginParameters, DatasetSource> creator) {
        return PluginFactory.of(descriptor, creator);
    }

    /** A source of 2-D points, which refuses data of any other shape. */
    private static DatasetSource points(String name, Supplier<GanDataset> dataset) {
        return new DatasetSource() {
            @Override
            public GanDataset open(DataSpec data) {
                if (!data.shape().equals(List.of(2))) {
                    throw new IllegalArgumentException("data.shape is " + data.shape() + " but " + name
                            + " gives points in the plane; set data.shape to [2]");
                }
                return dataset.get();
            }

            @Override
            public OptionalInt classes() {
                return OptionalInt.of(0);
            }
        };
    }

    private static IdxSource idx(String directory, IdxSource.Names files, String trainImagesParameter) {
        String hint = directory.equals(FASHION_MNIST_DIRECTORY) ? FASHION_MNIST_HINT : DIRECTORY_HINT;
        return new IdxSource(Path.of(directory), files, hint, trainImagesParameter);
    }

    private static Path optionalPath(String path) {
        return path.isEmpty() ? null : Path.of(path);
    }
}
