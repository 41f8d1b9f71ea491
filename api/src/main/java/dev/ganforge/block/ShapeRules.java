package dev.ganforge.block;

import dev.ganforge.spec.Padding;
import dev.ganforge.validate.Shapes;
import java.util.List;

/**
 * The shape arithmetic block kinds share: what an input must be, and what convolutions make of
 * it. Messages read after the block's name, as {@link ShapeMismatch}'s do.
 */
public final class ShapeRules {

    private ShapeRules() {}

    /**
     * The features of a vector input.
     *
     * @throws ShapeMismatch if {@code in} is not a vector
     */
    public static int requireVector(List<Integer> in, String kind) throws ShapeMismatch {
        if (in.size() != 1) {
            throw new ShapeMismatch("needs a vector input but gets " + Shapes.format(in)
                    + "; put a 'flatten' (or 'global-avg-pool') block before this " + kind);
        }
        return in.get(0);
    }

    /**
     * Requires an image input, channels×height×width.
     *
     * @throws ShapeMismatch if {@code in} is not one
     */
    public static void requireImage(List<Integer> in, String kind) throws ShapeMismatch {
        if (in.size() != 3) {
            throw new ShapeMismatch("needs an image input (channels×height×width) but gets " + Shapes.format(in)
                    + "; put a 'reshape' (or 'projection') block before this " + kind);
        }
    }

    /**
     * Requires a vector or an image.
     *
     * @throws ShapeMismatch if {@code in} is neither
     */
    public static void requireVectorOrImage(List<Integer> in) throws ShapeMismatch {
        if (in.size() != 1 && in.size() != 3) {
            throw new ShapeMismatch("needs a vector or an image but gets " + Shapes.format(in));
        }
    }

    /** The weights and biases of a convolution (or a transposed one). */
    public static long convParameters(int inChannels, int filters, int kernel, boolean bias) {
        return (long) inChannels * filters * kernel * kernel + (bias ? filters : 0);
    }

    /** The output length of a convolution along one axis, or -1 if the kernel does not fit. */
    public static int convLength(int in, int kernel, int stride, Padding padding) {
        if (padding instanceof Padding.Same) {
            return (in + stride - 1) / stride;
        }
        int padded = in + 2 * explicitAmount(padding);
        return padded < kernel ? -1 : (padded - kernel) / stride + 1;
    }

    /** The output length of a transposed convolution along one axis. */
    public static int transposedLength(int in, int kernel, int stride, Padding padding, int outputPadding) {
        if (padding instanceof Padding.Same) {
            return in * stride;
        }
        return (in - 1) * stride + kernel - 2 * explicitAmount(padding) + outputPadding;
    }

    /**
     * The output of a convolution of an image.
     *
     * @throws ShapeMismatch if the kernel does not fit the padded image
     */
    public static List<Integer> convOutput(List<Integer> in, int filters, int kernel, int stride, Padding padding)
            throws ShapeMismatch {
        int height = convLength(in.get(1), kernel, stride, padding);
        int width = convLength(in.get(2), kernel, stride, padding);
        if (height <= 0 || width <= 0) {
            throw new ShapeMismatch("gets " + Shapes.format(in) + ", smaller than its " + kernel + "×" + kernel
                    + " kernel with padding " + padding + "; use padding 'same' or a smaller kernel");
        }
        return List.of(filters, height, width);
    }

    /**
     * The output of a transposed convolution of an image.
     *
     * @throws ShapeMismatch if it would be empty
     */
    public static List<Integer> transposedOutput(List<Integer> in, int filters, int kernel, int stride, Padding padding,
            int outputPadding) throws ShapeMismatch {
        int height = transposedLength(in.get(1), kernel, stride, padding, outputPadding);
        int width = transposedLength(in.get(2), kernel, stride, padding, outputPadding);
        if (height <= 0 || width <= 0) {
            throw new ShapeMismatch("would output an empty image from " + Shapes.format(in)
                    + " with padding " + padding + "; reduce the padding");
        }
        return List.of(filters, height, width);
    }

    /** The padding on each side: the explicit amount, or 0 for {@code same} and {@code valid}. */
    public static int explicitAmount(Padding padding) {
        return padding instanceof Padding.Explicit explicit ? explicit.amount() : 0;
    }
}
