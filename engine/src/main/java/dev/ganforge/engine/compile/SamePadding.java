package dev.ganforge.engine.compile;

import dev.ganforge.spec.Padding;

/**
 * The padding (for a convolution) or cropping (for a transposed convolution) of one axis,
 * split into the amount at the start and at the end. Keras' "same" can be asymmetric: the odd
 * one goes at the end, as in TensorFlow.
 *
 * @param before amount at the start
 * @param after amount at the end
 */
record SamePadding(int before, int after) {

    /** The padding a convolution adds to an axis of length {@code in}. */
    static SamePadding forConvolution(Padding padding, int in, int kernel, int stride) {
        if (padding instanceof Padding.Same) {
            int out = (in + stride - 1) / stride;
            int total = Math.max((out - 1) * stride + kernel - in, 0);
            return new SamePadding(total / 2, total - total / 2);
        }
        int amount = padding instanceof Padding.Explicit explicit ? explicit.amount() : 0;
        return new SamePadding(amount, amount);
    }

    /**
     * Where the output of a transposed convolution starts within its full (uncropped) output,
     * and how long it is, for an axis of length {@code in}.
     */
    static int[] transposedWindow(Padding padding, int in, int kernel, int stride, int outputPadding) {
        if (padding instanceof Padding.Same) {
            return new int[] {Math.max(kernel - stride, 0) / 2, in * stride};
        }
        int amount = padding instanceof Padding.Explicit explicit ? explicit.amount() : 0;
        return new int[] {amount, (in - 1) * stride + kernel - 2 * amount + outputPadding};
    }
}
