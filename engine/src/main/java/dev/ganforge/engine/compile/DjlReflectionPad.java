package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

/**
 * Reflection padding of images, as PyTorch's {@code ReflectionPad2d(size)}: each side mirrored
 * about its edge row or column, the edge itself not repeated. Built from slices, flips and
 * concatenations, so that its input gradient is plain autograd-differentiable operations too.
 */
public final class DjlReflectionPad extends ShapeOnlyBlock implements InputGradientBlock {

    private final int size;

    /** Pads {@code size} pixels on every side; less than the height and the width. */
    public DjlReflectionPad(int size) {
        this.size = size;
    }

    @Override
    protected NDArray apply(NDArray input, boolean training) {
        return size == 0 ? input : reflect(reflect(input, 2), 3);
    }

    private NDArray reflect(NDArray input, int axis) {
        long length = input.getShape().get(axis);
        NDArray before = slice(input, axis, 1, size + 1).flip(axis);
        NDArray after = slice(input, axis, length - 1 - size, length - 1).flip(axis);
        return before.concat(input, axis).concat(after, axis);
    }

    @Override
    protected Shape outputShape(Shape input) {
        return new Shape(input.get(0), input.get(1), input.get(2) + 2L * size, input.get(3) + 2L * size);
    }

    /** Each padded pixel came from a mirrored input pixel: its gradient goes back there. */
    @Override
    public NDArray inputGradient(ParameterStore store, NDArray input, NDArray output, NDArray upstream) {
        return size == 0 ? upstream : fold(fold(upstream, 3), 2);
    }

    private NDArray fold(NDArray upstream, int axis) {
        long length = upstream.getShape().get(axis) - 2L * size;
        NDArray centre = slice(upstream, axis, size, size + length);
        NDArray before = slice(upstream, axis, 0, size).flip(axis);
        NDArray after = slice(upstream, axis, size + length, length + 2L * size).flip(axis);
        NDArray zero = centre.zerosLike();
        // before feeds rows 1..size, after rows length-1-size..length-2.
        NDArray fromBefore = slice(zero, axis, 0, 1).concat(before, axis).concat(slice(zero, axis, 0, length - 1 - size), axis);
        NDArray fromAfter = slice(zero, axis, 0, length - 1 - size).concat(after, axis).concat(slice(zero, axis, 0, 1), axis);
        return centre.add(fromBefore).add(fromAfter);
    }

    private static NDArray slice(NDArray array, int axis, long from, long to) {
        return axis == 2 ? array.get(":, :, " + from + ":" + to) : array.get(":, :, :, " + from + ":" + to);
    }
}
