package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;

/**
 * Zero padding along one axis by concatenation. {@code NDArray.pad} would be shorter, but the
 * MXNet engine does not implement it; concatenation runs on every engine.
 */
final class ZeroPadding {

    private ZeroPadding() {}

    /** {@code array} with {@code before} zeros prepended and {@code after} appended along {@code axis}. */
    static NDArray pad(NDArray array, int axis, int before, int after) {
        if (before == 0 && after == 0) {
            return array;
        }
        NDList parts = new NDList(3);
        if (before > 0) {
            parts.add(zeros(array, axis, before));
        }
        parts.add(array);
        if (after > 0) {
            parts.add(zeros(array, axis, after));
        }
        return NDArrays.concat(parts, axis);
    }

    private static NDArray zeros(NDArray like, int axis, int length) {
        long[] dims = like.getShape().getShape().clone();
        dims[axis] = length;
        return like.getManager().zeros(new Shape(dims), like.getDataType());
    }
}
