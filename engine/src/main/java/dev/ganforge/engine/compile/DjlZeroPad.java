package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/** Zero padding of images (N, C, H, W). */
public final class DjlZeroPad extends ShapeOnlyBlock implements InputGradientBlock {

    private final int top;
    private final int bottom;
    private final int left;
    private final int right;

    /** Pads with this many zero rows above and below, and columns left and right. */
    public DjlZeroPad(int top, int bottom, int left, int right) {
        this.top = top;
        this.bottom = bottom;
        this.left = left;
        this.right = right;
    }

    @Override
    protected NDArray apply(NDArray input, boolean training) {
        NDArray rows = ZeroPadding.pad(input, 2, top, bottom);
        return ZeroPadding.pad(rows, 3, left, right);
    }

    @Override
    protected Shape outputShape(Shape input) {
        return new Shape(input.get(0), input.get(1),
                input.get(2) + top + bottom, input.get(3) + left + right);
    }

    @Override
    public NDArray inputGradient(ai.djl.training.ParameterStore store, NDArray input, NDArray output, NDArray upstream) {
        Shape shape = input.getShape();
        return upstream.get(new ai.djl.ndarray.index.NDIndex(":, :, {}:{}, {}:{}", top, top + shape.get(2),
                left, left + shape.get(3)));
    }
}
