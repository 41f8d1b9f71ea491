package dev.ganforge.bench.reference;

/**
 * One convolution of a network as an unpadded strided convolution of a square input: (batch,
 * {@code channels}, {@code size}, {@code size}) → {@code filters} channels. Padding is folded into
 * {@code size}. A transposed convolution is given as the ordinary convolution it is the adjoint of
 * (its full output back to its input): the same multiply-adds, and its forward pass is that
 * convolution's input gradient.
 */
public record ConvolutionShape(int channels, int filters, int kernel, int stride, int size, boolean transposed) {

    /** The output's side length. */
    public int outputSize() {
        return (size - kernel) / stride + 1;
    }

    /** Multiply-adds of one sample's pass. */
    public long macs() {
        long out = outputSize();
        return out * out * filters * channels * kernel * kernel;
    }

    @Override
    public String toString() {
        return transposed
                ? String.format("transposed %d → %d, k%d s%d, %d² → %d²", filters, channels, kernel, stride,
                        outputSize(), size)
                : String.format("%d → %d, k%d s%d, %d² → %d²", channels, filters, kernel, stride, size, outputSize());
    }
}
