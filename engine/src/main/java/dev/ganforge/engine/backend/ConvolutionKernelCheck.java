package dev.ganforge.engine.backend;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.GradientCollector;
import java.util.List;
import java.util.Random;

/**
 * Checks an engine's native convolution kernels on this CPU: the forward pass, the input gradient
 * and the weight gradient of a few convolutions, against the same sums computed in plain Java.
 *
 * <p>Why: libtorch 2.7.1's oneDNN computes wrong convolution input gradients with its AVX2 and
 * AVX-512 kernels on some CPUs and right ones on others (docs/engine-notes.md). A GAN's generator
 * learns through exactly those gradients, and nothing else fails, so the fault is silent unless
 * it is looked for. The cases include the small shapes that exposed it and larger ones with
 * channel counts that select oneDNN's blocked kernels. The whole check is a few dozen million
 * multiply-adds, well under a second.
 */
public final class ConvolutionKernelCheck {

    /**
     * The largest error allowed, relative to the largest reference value of a quantity: float32
     * sums of a few thousand products stay well below it, the faults seen were of order 1.
     */
    public static final double TOLERANCE = 1e-3;

    /** One convolution: input (batch, channels, size, size), weight (filters, channels, kernel, kernel). */
    public record Case(int batch, int channels, int filters, int size, int kernel, int stride, int padding) {

        int outputSize() {
            return (size + 2 * padding - kernel) / stride + 1;
        }

        @Override
        public String toString() {
            return batch + "×" + channels + "×" + size + "×" + size + " → " + filters + " filters, kernel " + kernel
                    + ", stride " + stride + ", padding " + padding;
        }
    }

    /**
     * What the check found: the worst relative error over all cases and quantities, and where.
     *
     * @param worstError the largest error relative to the reference's scale
     * @param worstCase the case it occurred in
     * @param quantity "forward pass", "input gradient" or "weight gradient"
     * @param cases how many cases were checked
     */
    public record Result(double worstError, Case worstCase, String quantity, int cases) {

        /** Whether every quantity of every case was within {@link #TOLERANCE}. */
        public boolean isRight() {
            return worstError <= TOLERANCE;
        }

        @Override
        public String toString() {
            return String.format("%s: worst relative error %.1e (%s of %s) over %d convolutions",
                    isRight() ? "right" : "WRONG", worstError, quantity, worstCase, cases);
        }
    }

    /** A 2-D convolution without bias, as the engine computes it, differentiable by its gradient collector. */
    @FunctionalInterface
    public interface Convolution {
        NDArray apply(NDArray input, NDArray weight, int stride, int padding);
    }

    /** The cases: the four that showed the fault on AMD EPYC, then shapes of the seed networks' layers. */
    static final List<Case> CASES = List.of(
            new Case(2, 2, 3, 7, 3, 1, 1),
            new Case(2, 2, 3, 7, 3, 2, 1),
            new Case(2, 8, 3, 7, 5, 1, 2),
            new Case(2, 8, 3, 7, 5, 2, 2),
            new Case(2, 32, 64, 14, 5, 2, 2),
            new Case(2, 64, 32, 14, 5, 1, 2),
            new Case(2, 128, 64, 8, 4, 2, 1),
            new Case(2, 64, 64, 8, 3, 1, 1));

    private ConvolutionKernelCheck() {}

    /** Checks the engine's own {@code Conv2d.conv2d} on {@code manager}'s engine. */
    public static Result check(NDManager manager) {
        return check(manager, (input, weight, stride, padding) -> Conv2d.conv2d(input, weight, null,
                new Shape(stride, stride), new Shape(padding, padding)).singletonOrThrow());
    }

    /** Checks {@code convolution} on {@code manager}'s engine: for tests, which pass a faulty one. */
    public static Result check(NDManager manager, Convolution convolution) {
        Random random = new Random(20261201L);
        Result worst = null;
        for (Case c : CASES) {
            Result result = check(manager, convolution, c, random);
            if (worst == null || result.worstError() > worst.worstError()) {
                worst = result;
            }
        }
        return new Result(worst.worstError(), worst.worstCase(), worst.quantity(), CASES.size());
    }

    private static Result check(NDManager parent, Convolution convolution, Case c, Random random) {
        int out = c.outputSize();
        float[] x = normal(random, c.batch() * c.channels() * c.size() * c.size());
        float[] w = normal(random, c.filters() * c.channels() * c.kernel() * c.kernel());
        float[] upstream = normal(random, c.batch() * c.filters() * out * out);
        Reference reference = new Reference(c, x, w, upstream);
        try (NDManager manager = parent.newSubManager()) {
            NDArray input = manager.create(x, new Shape(c.batch(), c.channels(), c.size(), c.size()));
            NDArray weight = manager.create(w, new Shape(c.filters(), c.channels(), c.kernel(), c.kernel()));
            NDArray up = manager.create(upstream, new Shape(c.batch(), c.filters(), out, out));
            input.setRequiresGradient(true);
            weight.setRequiresGradient(true);
            float[] forward;
            try (GradientCollector collector = manager.getEngine().newGradientCollector()) {
                NDArray y = convolution.apply(input, weight, c.stride(), c.padding());
                forward = y.toFloatArray();
                collector.backward(y.mul(up).sum());
            }
            double forwardError = relativeError(forward, reference.forward);
            double inputError = relativeError(input.getGradient().toFloatArray(), reference.inputGradient);
            double weightError = relativeError(weight.getGradient().toFloatArray(), reference.weightGradient);
            if (inputError >= forwardError && inputError >= weightError) {
                return new Result(inputError, c, "input gradient", 1);
            }
            return forwardError >= weightError
                    ? new Result(forwardError, c, "forward pass", 1)
                    : new Result(weightError, c, "weight gradient", 1);
        }
    }

    /** Max |actual − expected| over max(1, max |expected|); infinite if the lengths differ or a value is not finite. */
    private static double relativeError(float[] actual, double[] expected) {
        if (actual.length != expected.length) {
            return Double.POSITIVE_INFINITY;
        }
        double scale = 1;
        double worst = 0;
        for (int i = 0; i < actual.length; i++) {
            scale = Math.max(scale, Math.abs(expected[i]));
            double error = Math.abs(actual[i] - expected[i]);
            worst = Double.isNaN(error) ? Double.POSITIVE_INFINITY : Math.max(worst, error);
        }
        return worst / scale;
    }

    private static float[] normal(Random random, int length) {
        float[] values = new float[length];
        for (int i = 0; i < length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    /**
     * The convolution y = w ⋆ x and the gradients of Σ y·upstream, summed in double precision by
     * direct loops over every (output pixel, input channel, tap) product.
     */
    private static final class Reference {
        final double[] forward;
        final double[] inputGradient;
        final double[] weightGradient;

        Reference(Case c, float[] x, float[] w, float[] upstream) {
            int n = c.batch();
            int channels = c.channels();
            int filters = c.filters();
            int size = c.size();
            int k = c.kernel();
            int out = c.outputSize();
            forward = new double[n * filters * out * out];
            inputGradient = new double[x.length];
            weightGradient = new double[w.length];
            for (int b = 0; b < n; b++) {
                for (int f = 0; f < filters; f++) {
                    for (int oy = 0; oy < out; oy++) {
                        for (int ox = 0; ox < out; ox++) {
                            int o = ((b * filters + f) * out + oy) * out + ox;
                            double sum = 0;
                            double u = upstream[o];
                            for (int ch = 0; ch < channels; ch++) {
                                for (int ky = 0; ky < k; ky++) {
                                    int iy = oy * c.stride() - c.padding() + ky;
                                    if (iy < 0 || iy >= size) {
                                        continue;
                                    }
                                    for (int kx = 0; kx < k; kx++) {
                                        int ix = ox * c.stride() - c.padding() + kx;
                                        if (ix < 0 || ix >= size) {
                                            continue;
                                        }
                                        int xi = ((b * channels + ch) * size + iy) * size + ix;
                                        int wi = ((f * channels + ch) * k + ky) * k + kx;
                                        sum += (double) x[xi] * w[wi];
                                        inputGradient[xi] += u * w[wi];
                                        weightGradient[wi] += u * x[xi];
                                    }
                                }
                            }
                            forward[o] = sum;
                        }
                    }
                }
            }
        }
    }
}
