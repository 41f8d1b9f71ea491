package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import dev.ganforge.spec.ZeroPadBlock;

/** Zero padding of images (N, C, H, W). */
final class DjlZeroPad extends ShapeOnlyBlock implements InputGradientBlock {

    private final ZeroPadBlock spec;

    DjlZeroPad(ZeroPadBlock spec) {
        this.spec = spec;
    }

    @Override
    protected NDArray apply(NDArray input, boolean training) {
        NDArray rows = ZeroPadding.pad(input, 2, spec.top(), spec.bottom());
        return ZeroPadding.pad(rows, 3, spec.left(), spec.right());
    }

    @Override
    protected Shape outputShape(Shape input) {
        return new Shape(input.get(0), input.get(1),
                input.get(2) + spec.top() + spec.bottom(), input.get(3) + spec.left() + spec.right());
    }

    @Override
    public NDArray inputGradient(ai.djl.training.ParameterStore store, NDArray input, NDArray output, NDArray upstream) {
        Shape shape = input.getShape();
        return upstream.get(new ai.djl.ndarray.index.NDIndex(":, :, {}:{}, {}:{}", spec.top(), spec.top() + shape.get(2),
                spec.left(), spec.left() + shape.get(3)));
    }
}
