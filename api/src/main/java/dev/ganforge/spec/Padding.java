package dev.ganforge.spec;

/**
 * How a convolution treats the border. {@link Same} and {@link Valid} follow Keras; an explicit
 * amount follows PyTorch's {@code padding} argument.
 */
public sealed interface Padding {

    /**
     * Keras "same": a convolution's output is {@code ceil(in / stride)} long, a transposed
     * convolution's is {@code in * stride}; any odd padding goes to the end, as in TensorFlow.
     */
    record Same() implements Padding {
        @Override
        public String toString() {
            return "same";
        }
    }

    /** No padding: only positions where the kernel fits wholly inside the input. */
    record Valid() implements Padding {
        @Override
        public String toString() {
            return "valid";
        }
    }

    /**
     * PyTorch-style padding of {@code amount} on each side (for a transposed convolution, the
     * amount cropped from each side of the full output).
     *
     * @param amount the padding on each side, at least 0
     */
    record Explicit(int amount) implements Padding {
        @Override
        public String toString() {
            return Integer.toString(amount);
        }
    }

    static Padding same() {
        return new Same();
    }

    static Padding valid() {
        return new Valid();
    }

    static Padding of(int amount) {
        return new Explicit(amount);
    }
}
