package dev.ganforge.plugins.recipe;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import dev.ganforge.engine.data.Batch;

/** What the translation recipes share: their inputs, pairs for a critic and the L1 distance. */
final class Translation {

    private Translation() {}

    /** The batch's domain-A images, which a recipe of {@code name} translates. */
    static NDArray inputs(Batch batch, String name) {
        if (batch.source() == null) {
            throw new IllegalStateException("recipe '" + name + "' translates images but the dataset gives no second"
                    + " domain; use a dataset of two domains (paired-folders, aligned-folder, unpaired-folders, edges)");
        }
        return batch.source();
    }

    /** An input and its translation side by side along the channels, as a critic of pairs sees them. */
    static NDArray pair(NDArray input, NDArray output) {
        return NDArrays.concat(new NDList(input, output), 1);
    }

    /** The mean absolute difference of two batches of images. */
    static NDArray l1(NDArray a, NDArray b) {
        return a.sub(b).abs().mean();
    }
}
