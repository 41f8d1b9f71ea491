package dev.ganforge.plugins.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The small Fashion-MNIST subset in the test resources ({@code fashion-mnist-subset/}, MIT-licensed,
 * see its README), which lets tests read real IDX images on a machine without Debian's package.
 * Other modules' tests reach it through this module's test jar.
 */
public final class FashionMnistSubset {

    /** Training images in the subset. */
    public static final int TRAIN_SIZE = 512;
    /** Test images in the subset. */
    public static final int TEST_SIZE = 128;

    private static final List<String> FILES = List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
            "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz");

    private static Path directory;

    private FashionMnistSubset() {}

    /**
     * The folder of the subset's IDX files, for a dataset's {@code directory} parameter: a copy in a
     * temporary folder made once per JVM, since the resources may sit inside a jar.
     */
    public static synchronized String directory() {
        if (directory == null) {
            try {
                Path copy = Files.createTempDirectory("fashion-mnist-subset");
                for (String file : FILES) {
                    try (InputStream in = FashionMnistSubset.class.getResourceAsStream("/fashion-mnist-subset/" + file)) {
                        if (in == null) {
                            throw new IllegalStateException("fashion-mnist-subset/" + file + " is not on the test class path");
                        }
                        Files.copy(in, copy.resolve(file));
                    }
                    copy.resolve(file).toFile().deleteOnExit();
                }
                copy.toFile().deleteOnExit();
                directory = copy;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return directory.toString();
    }
}
