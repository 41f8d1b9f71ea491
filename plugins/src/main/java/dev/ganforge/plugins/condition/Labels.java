package dev.ganforge.plugins.condition;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/** Class labels as the conditioning blocks use them. */
final class Labels {

    private Labels() {}

    /** (N) integer labels as (N, classes) one-hot rows of {@code type}. */
    static NDArray oneHot(NDArray labels, int classes, DataType type) {
        return labels.toType(DataType.INT32, false).oneHot(classes).toType(type, false);
    }
}
