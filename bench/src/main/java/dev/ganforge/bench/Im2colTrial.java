package dev.ganforge.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Whether a k4/s2 convolution written as im2col and one matrix product, in DJL's engine-neutral
 * operations, beats libtorch's own convolution (oneDNN): the formulation {@link ConvolutionCeiling}
 * bounds with "matrix products". The input is rearranged space-to-depth into channels-last (a k4/s2
 * convolution is then a 2×2 stride-1 one), its four shifted views are concatenated into the columns
 * matrix, and that is multiplied by the rearranged weight; autograd differentiates all of it. Each
 * layer is checked against the convolution once, then both are timed alternately, forward alone and
 * forward with both gradients, best of {@code RUNS}, at batch 64.
 *
 * <p>Usage: {@code Im2colTrial RUNS [IN OUT SIZE ...]} (default: DCGAN-64's four discriminator
 * convolutions, SIZE the padded input's side).
 */
public final class Im2colTrial {

    private static final int BATCH = 64;

    private Im2colTrial() {}

    public static void main(String[] args) {
        int runs = Integer.parseInt(args[0]);
        int[] layers = args.length > 1
                ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {3, 64, 66, 64, 128, 34, 128, 256, 18, 256, 512, 10};
        System.out.println("| convolution k4 s2 | oneDNN: forward, with both gradients (ms) | im2col + matMul: the same (ms) | ratio with gradients |");
        System.out.println("|---|---|---|---|");
        for (int i = 0; i + 2 < layers.length; i += 3) {
            trial(layers[i], layers[i + 1], layers[i + 2], runs);
        }
    }

    private static void trial(int channels, int filters, int size, int runs) {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray input = manager.randomNormal(new Shape(BATCH, channels, size, size));
            NDArray weight = manager.randomNormal(new Shape(filters, channels, 4, 4)).mul(0.05);
            input.setRequiresGradient(true);
            weight.setRequiresGradient(true);
            int out = (size - 4) / 2 + 1;
            try (NDManager check = manager.newSubManager()) {
                check.tempAttachAll(input, weight);
                NDArray expected = convolution(input, weight);
                NDArray actual = im2col(input, weight).reshape(BATCH, out, out, filters).transpose(0, 3, 1, 2);
                float error = expected.sub(actual).abs().max().getFloat() / expected.abs().max().getFloat();
                if (error > 1e-4) {
                    throw new IllegalStateException("im2col differs from the convolution by " + error);
                }
            }
            double[][] best = {{Double.MAX_VALUE, Double.MAX_VALUE}, {Double.MAX_VALUE, Double.MAX_VALUE}};
            for (int run = 0; run < runs + 2; run++) {
                for (int formulation = 0; formulation < 2; formulation++) {
                    for (int pass = 0; pass < 2; pass++) {
                        double seconds = time(manager, input, weight, formulation == 1, pass == 1);
                        if (run >= 2) {
                            best[formulation][pass] = Math.min(best[formulation][pass], seconds);
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "| %d → %d, %d² → %d² | %.1f, %.1f | %.1f, %.1f | %.2f |%n", channels, filters, size, out,
                    best[0][0] * 1e3, best[0][1] * 1e3, best[1][0] * 1e3, best[1][1] * 1e3, best[1][1] / best[0][1]);
        }
    }

    private static double time(NDManager manager, NDArray input, NDArray weight, boolean asMatrixProduct, boolean backward) {
        Supplier<NDArray> forward = asMatrixProduct ? () -> im2col(input, weight) : () -> convolution(input, weight);
        Runnable pass = backward ? () -> ScratchTiming.forwardAndBackward(forward) : forward::get;
        return ScratchTiming.seconds(manager, pass, input, weight);
    }

    private static NDArray convolution(NDArray input, NDArray weight) {
        return Conv2d.conv2d(input, weight, null, new Shape(2, 2)).singletonOrThrow();
    }

    /** The k4/s2 convolution as (B·out², 16·in) columns × (16·in, filters): channels-last output rows. */
    private static NDArray im2col(NDArray input, NDArray weight) {
        long channels = input.getShape().get(1);
        long filters = weight.getShape().get(0);
        long half = input.getShape().get(2) / 2;
        long out = half - 1;
        // z[b, i, j, (row phase, column phase, c)] = x[b, c, 2i + row phase, 2j + column phase]
        NDArray spaceToDepth = input.reshape(BATCH, channels, half, 2, half, 2).transpose(0, 2, 4, 3, 5, 1)
                .reshape(BATCH, half, half, 4 * channels);
        NDList views = new NDList(4);
        for (int row = 0; row < 2; row++) {
            for (int column = 0; column < 2; column++) {
                views.add(spaceToDepth.get(new NDIndex(":, {}:{}, {}:{}, :", row, row + out, column, column + out)));
            }
        }
        NDArray columns = NDArrays.concat(views, 3).reshape(BATCH * out * out, 16 * channels);
        // tap (2·row + row phase, 2·column + column phase) → (row, column, row phase, column phase, c) × filters
        NDArray matrix = weight.reshape(filters, channels, 2, 2, 2, 2).transpose(2, 4, 3, 5, 1, 0).reshape(16 * channels, filters);
        return columns.matMul(matrix);
    }
}
