package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Products and quotients of an array and a constant that are safe inside a training step's graph.
 * Use them, not {@code NDArray.mul(Number)} or {@code div(Number)}, for any array a backward pass
 * runs through.
 *
 * <p>Why: on DJL's PyTorch engine, {@code mul(Number)} (likewise {@code div}, {@code pow},
 * {@code maximum}, {@code minimum}) makes the constant a 0-dimensional array whose memory is a
 * Java direct buffer, and closes that array as soon as the operation returns. A product's
 * backward pass reads the constant again (the gradient of x·c is c), and the graph still refers
 * to the buffer's memory, but nothing in Java does any more: once the garbage collector has freed
 * the buffer, the backward pass reads freed memory, and the gradient is wrong — 10⁻⁴⁵ or 10³³
 * where it should be 10 — with the right loss (issue 19; docs/engine-notes.md). Here the constant
 * is made by the engine itself ({@code NDManager.full}), in memory the graph holds for as long as
 * it needs it. {@code add} and {@code sub} need no such care: their gradients do not read the
 * constant.
 */
public final class Scalars {

    private Scalars() {}

    /** {@code array} × {@code factor}, element by element, with a gradient that stays right. */
    public static NDArray times(NDArray array, double factor) {
        try (NDArray constant = constant(array, factor)) {
            return array.mul(constant);
        }
    }

    /** {@code array} ÷ {@code divisor}, element by element, with a gradient that stays right. */
    public static NDArray dividedBy(NDArray array, double divisor) {
        try (NDArray constant = constant(array, divisor)) {
            return array.div(constant);
        }
    }

    /** A 0-dimensional array of {@code value} (as a float) on {@code like}'s manager, of its type, in engine memory. */
    private static NDArray constant(NDArray like, double value) {
        return like.getManager().full(new Shape(), (float) value, like.getDataType());
    }
}
