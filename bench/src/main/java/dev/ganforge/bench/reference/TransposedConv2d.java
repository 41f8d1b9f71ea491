package dev.ganforge.bench.reference;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.XavierInitializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's own transposed convolution, written directly against DJL (whose {@code
 * Conv2dTranspose} does not run on PyTorch). Weight layout (in, out, k, k) as PyTorch's; the output
 * is the window of {@code outputLength} pixels that starts at {@code crop} of the full output.
 *
 * <p>Input pixel i reaches full-output pixel i·s + t through tap t. Writing t = a·s + r splits the
 * output into s phases per axis: phase r holds the pixels q·s + r, and each is a stride-1
 * convolution of the input with the taps r, r + s, … of the kernel (flipped: DJL correlates). Each
 * layer takes the formulation that is fastest for its shape as far as anyone has measured (ganforge
 * measured both on the seed networks, bench/RESULTS.md), so that the baseline is not handicapped:
 * <ul>
 *   <li>k a multiple of s (DCGAN-64's k4/s2, and every s = 1): every phase has k/s taps per axis,
 *       so all s² phases are one convolution whose output channels are (phase, filter), followed
 *       by a depth-to-space rearrangement;</li>
 *   <li>otherwise (the seed DCGAN's k5/s2): phases have different tap counts, and padding them to
 *       a common one would spend (s·⌈k/s⌉ / k)² of the multiply-adds on zeros (1.44× at k5/s2), so
 *       each phase is its own convolution with its exact sub-kernel, computed for exactly its
 *       output pixels, and the phases are interleaved.</li>
 * </ul>
 * Neither spends a multiply-add on an inserted zero or on a cropped border pixel beyond the
 * (at most s − 1 per side) that the single convolution computes and crops.
 */
final class TransposedConv2d extends AbstractBlock {

    private final int filters;
    private final int kernel;
    private final int stride;
    private final int crop;
    private final int outputLength;
    private final Parameter weight;
    private final Parameter bias;

    /**
     * @param crop where the output window starts in the full transposed-convolution output (PyTorch's padding)
     * @param outputLength the output's spatial length (a multiple of the stride)
     */
    TransposedConv2d(int filters, int kernel, int stride, int crop, int outputLength, boolean bias) {
        if (kernel < stride || outputLength % stride != 0) {
            throw new IllegalArgumentException("needs kernel >= stride and an output length divisible by the stride");
        }
        this.filters = filters;
        this.kernel = kernel;
        this.stride = stride;
        this.crop = crop;
        this.outputLength = outputLength;
        this.weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT)
                .optInitializer(new XavierInitializer()).build());
        this.bias = bias ? addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS).build()) : null;
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        weight.setShape(new Shape(inputShapes[0].get(1), filters, kernel, kernel));
        if (bias != null) {
            bias.setShape(new Shape(filters));
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.head();
        // A view on the step's manager: arrays computed from the parameter itself would stay on
        // the parameter's manager after the step.
        NDArray w = store.getValue(weight, x.getDevice(), training).reshape(-1, filters, kernel, kernel);
        w.attach(x.getManager());
        NDArray out = kernel % stride == 0 ? allPhasesAtOnce(x, w) : phaseByPhase(x, w);
        if (bias != null) {
            NDArray b = store.getValue(bias, x.getDevice(), training).reshape(1, filters, 1, 1);
            b.attach(x.getManager());
            out = out.add(b);
        }
        return new NDList(out);
    }

    /** k = m·s: one stride-1 convolution with m×m phase kernels and s²·filters output channels. */
    private NDArray allPhasesAtOnce(NDArray x, NDArray w) {
        int taps = kernel / stride;
        int length = (int) x.getShape().get(2);
        // The phase positions q whose pixels q·s + r meet the window; phase position q reads the
        // inputs q − m + 1 … q, so the input is padded (trimmed where negative) to exactly these.
        int first = Math.floorDiv(crop, stride);
        int last = Math.floorDiv(crop + outputLength - 1, stride);
        int before = taps - 1 - first;
        int after = last - (length - 1);
        // The convolution pads the part both sides share itself, which saves a copy of the input.
        int shared = Math.max(0, Math.min(before, after));
        NDArray fitted = padOrTrim(x, before - shared, after - shared);
        long channels = w.getShape().get(0);
        // (in, out, a_h, r_h, a_w, r_w) → (r_h, r_w, out, in, a_h, a_w), taps a reversed.
        NDArray phaseKernels = w.reshape(channels, filters, taps, stride, taps, stride)
                .flip(2, 4)
                .transpose(3, 5, 1, 0, 2, 4)
                .reshape((long) stride * stride * filters, channels, taps, taps);
        NDArray phases = Conv2d.conv2d(fitted, phaseKernels, null, new Shape(1, 1), new Shape(shared, shared))
                .singletonOrThrow();
        int count = last - first + 1;
        NDArray image = phases;
        if (stride > 1) {
            long batch = x.getShape().get(0);
            // Depth-to-space: (B, r_h, r_w, out, q_h, q_w) → (B, out, q_h, r_h, q_w, r_w).
            image = phases.reshape(batch, stride, stride, filters, count, count)
                    .transpose(0, 3, 4, 1, 5, 2)
                    .reshape(batch, filters, (long) count * stride, (long) count * stride);
        }
        int offset = crop - first * stride;
        if (offset == 0 && count * stride == outputLength) {
            return image;
        }
        return image.get(":, :, {}:{}, {}:{}", offset, offset + outputLength, offset, offset + outputLength);
    }

    /** Pads both spatial axes by {@code before} / {@code after} pixels, trimming where one is negative. */
    private static NDArray padOrTrim(NDArray x, int before, int after) {
        NDArray padded = before > 0 || after > 0
                ? x.pad(new Shape(Math.max(before, 0), Math.max(after, 0), Math.max(before, 0), Math.max(after, 0)), 0)
                : x;
        if (before >= 0 && after >= 0) {
            return padded;
        }
        long length = padded.getShape().get(2);
        long from = Math.max(-before, 0);
        long to = length - Math.max(-after, 0);
        return padded.get(":, :, {}:{}, {}:{}", from, to, from, to);
    }

    /** k not a multiple of s: one stride-1 convolution per phase, with its own sub-kernel, interleaved. */
    private NDArray phaseByPhase(NDArray x, NDArray w) {
        int length = (int) x.getShape().get(2);
        int phaseOutputs = outputLength / stride;
        Phase[] phases = new Phase[stride];
        int padBefore = 0;
        int padAfter = 0;
        for (int r = 0; r < stride; r++) {
            phases[r] = new Phase(r);
            padBefore = Math.max(padBefore, -phases[r].firstInput);
            padAfter = Math.max(padAfter, phases[r].firstInput + phaseOutputs + phases[r].taps - 2 - (length - 1));
        }
        NDArray padded = padBefore + padAfter == 0 ? x
                : x.pad(new Shape(padBefore, padAfter, padBefore, padAfter), 0);
        List<NDArray> outputs = new ArrayList<>(stride * stride);
        for (Phase row : phases) {
            for (Phase column : phases) {
                NDArray subKernel = w.get("..., {}::{}, {}::{}", row.firstTap, stride, column.firstTap, stride)
                        .flip(2, 3).transpose(1, 0, 2, 3);
                int r0 = row.firstInput + padBefore;
                int c0 = column.firstInput + padBefore;
                NDArray window = padded.get(":, :, {}:{}, {}:{}", r0, r0 + phaseOutputs + row.taps - 1,
                        c0, c0 + phaseOutputs + column.taps - 1);
                outputs.add(Conv2d.conv2d(window, subKernel, null).singletonOrThrow());
            }
        }
        long batch = x.getShape().get(0);
        return NDArrays.stack(new NDList(outputs), 2)
                .reshape(batch, filters, stride, stride, phaseOutputs, phaseOutputs)
                .transpose(0, 1, 4, 2, 5, 3)
                .reshape(batch, filters, outputLength, outputLength);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), filters, outputLength, outputLength)};
    }

    /** Output phase r of one axis (separate-phase formulation): its first kernel tap, number of taps and first input position. */
    private final class Phase {
        final int firstTap;
        final int taps;
        final int firstInput;

        Phase(int r) {
            // Output o = i·s + t − crop; phase r meets the taps t ≡ r + crop (mod s).
            firstTap = (r + crop) % stride;
            taps = (kernel - firstTap + stride - 1) / stride;
            // Output q·s + r takes input q + (r + crop − firstTap)/s − j with tap firstTap + j·s;
            // as a correlation with the flipped sub-kernel it starts at the j = taps − 1 input.
            firstInput = (r + crop - firstTap) / stride - (taps - 1);
        }
    }
}
