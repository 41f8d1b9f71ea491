package dev.ganforge.plugins.data;

import dev.ganforge.engine.data.DatasetSource;
import java.io.IOException;
import java.util.List;

/** A built-in dataset of images that another dataset can build on, as the edges task builds on Fashion-MNIST. */
interface ImageSource extends DatasetSource {

    /**
     * Reads the images at {@code shape}.
     *
     * @param shape one image's {@code [channels, height, width]}
     * @throws IllegalArgumentException if the images cannot be had at {@code shape}; the message
     *     names {@code data.shape}
     * @throws IOException if they cannot be read
     */
    ImageSplits images(List<Integer> shape) throws IOException;
}
