package dev.ganforge.engine.compile;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import dev.ganforge.spec.Padding;
import dev.ganforge.block.ShapeRules;

/**
 * A 2-D transposed convolution, exact against PyTorch's {@code ConvTranspose2d} (weight layout
 * (in, out, k, k), padding, output padding) and Keras' "same", built from ordinary convolutions
 * so that it runs on any DJL engine (DJL's own {@code Conv2dTranspose} does not run on PyTorch).
 *
 * <p>Why not insert zeros between input pixels and convolve? At stride s that multiplies
 * zeros in all but 1/s² of the products. Instead the kernel is split into its s×s phases: the
 * output pixels whose position is congruent to (r, c) modulo s only ever meet kernel taps
 * {@code r + s·m} and {@code c + s·n}, so each phase is an ordinary stride-1 convolution of the
 * input with a sub-kernel, and the phases are interleaved back into the image. How the phases
 * are grouped into convolutions depends on whether k is a multiple of s; see {@link #transposed}.
 */
public final class DjlTransposedConvolution2d extends AbstractBlock implements InputGradientBlock {

    private final int filters;
    private final int kernel;
    private final int stride;
    private final Padding padding;
    private final int outputPadding;
    private final Parameter weight;
    private final Parameter bias;

    public DjlTransposedConvolution2d(int filters, int kernel, int stride, Padding padding, int outputPadding, boolean bias) {
        this.filters = filters;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
        this.outputPadding = outputPadding;
        this.weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT).build());
        this.bias = bias ? addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS).build()) : null;
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        long channels = inputShapes[0].get(1);
        Shape weightShape = new Shape(channels, filters, kernel, kernel);
        weight.setShape(weightShape);
        // PyTorch computes a transposed convolution's fan-in from dimension 1 of its weight.
        weight.setInitializer(FanInUniformInitializer.forWeight(weightShape));
        if (bias != null) {
            bias.setShape(new Shape(filters));
            bias.setInitializer(new FanInUniformInitializer((long) filters * kernel * kernel));
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray input = inputs.head();
        Device device = input.getDevice();
        Shape in = input.getShape();
        int[] rows = SamePadding.transposedWindow(padding, (int) in.get(2), kernel, stride, outputPadding);
        int[] columns = SamePadding.transposedWindow(padding, (int) in.get(3), kernel, stride, outputPadding);
        NDArray out = transposed(input, store.getValue(weight, device, training), stride, rows, columns);
        if (bias != null) {
            out = out.add(StepLocal.view(store.getValue(bias, device, training), input.getManager())
                    .reshape(1, filters, 1, 1));
        }
        return new NDList(out);
    }

    /**
     * The gradient of a scalar with respect to the input: the adjoint of the transposed
     * convolution, an ordinary strided convolution of the upstream gradient (zero-padded back to
     * the full, uncropped output) with the same weight.
     */
    @Override
    public NDArray inputGradient(ParameterStore store, NDArray input, NDArray output, NDArray upstream) {
        Shape in = input.getShape();
        int[] rows = SamePadding.transposedWindow(padding, (int) in.get(2), kernel, stride, outputPadding);
        int[] columns = SamePadding.transposedWindow(padding, (int) in.get(3), kernel, stride, outputPadding);
        int fullRows = ((int) in.get(2) - 1) * stride + kernel;
        int fullColumns = ((int) in.get(3) - 1) * stride + kernel;
        NDArray full = placeInFull(upstream, 2, rows, fullRows);
        full = placeInFull(full, 3, columns, fullColumns);
        NDArray w = store.getValue(weight, input.getDevice(), true);
        return Conv2d.conv2d(full, w, null, new Shape(stride, stride)).singletonOrThrow();
    }

    /** Puts the window [start, start + length) back at its place in an axis of {@code full} positions. */
    private static NDArray placeInFull(NDArray window, int axis, int[] startAndLength, int full) {
        int start = startAndLength[0];
        int length = startAndLength[1];
        NDArray fitted = window;
        if (start + length > full) {
            // Positions past the full output (output padding) depend on no input.
            String index = axis == 2 ? ":, :, 0:{}" : ":, :, :, 0:{}";
            fitted = window.get(new NDIndex(index, full - start));
            length = full - start;
        }
        return ZeroPadding.pad(fitted, axis, start, full - start - length);
    }

    /**
     * A transposed convolution of {@code input} with {@code weight} (in, out, k, k), returning the
     * window [start, start + length) of each spatial axis of its full output; positions past the
     * full output are zero. Shared with the input gradient of {@link DjlConvolution2d}.
     *
     * <p>When k is a multiple of s (the DCGAN's k4/s2) every phase has the same ⌈k/s⌉² taps, and
     * all phases run as one convolution with s²·out output channels ({@link #transposedAsOne}).
     * Otherwise (k5/s2: phases of 3×3, 3×2, 2×3 and 2×2 taps) padding the phases to a common size
     * would waste (s·⌈k/s⌉/k)² of the products, 1.44× at k5/s2, so each phase runs as its own
     * stride-1 convolution with its exact sub-kernel over exactly the phase outputs the window
     * needs, and the phases are interleaved. Measured in the same run (bench/RESULTS.md): the
     * separate phases make the seed MNIST DCGAN's step 10 % faster, the single convolution the
     * DCGAN-64's 13 %.
     */
    static NDArray transposed(NDArray input, NDArray parameter, int stride, int[] rows, int[] columns) {
        int kernel = (int) parameter.getShape().get(2);
        if (kernel % stride == 0) {
            return transposedAsOne(input, parameter, stride, rows, columns);
        }
        NDArray weight = StepLocal.view(parameter, input.getManager());
        Phase[] rowPhases = Phase.of(rows, stride, kernel, (int) input.getShape().get(2));
        Phase[] columnPhases = Phase.of(columns, stride, kernel, (int) input.getShape().get(3));
        NDList interleavedRows = new NDList(stride);
        for (Phase row : rowPhases) {
            NDList phases = new NDList(stride);
            for (Phase column : columnPhases) {
                phases.add(phase(input, weight, row, column));
            }
            interleavedRows.add(interleave(phases, 4));
        }
        NDArray out = interleave(interleavedRows, 3);
        Shape shape = out.getShape();
        if (shape.get(2) == rows[1] && shape.get(3) == columns[1]) {
            return out;
        }
        return out.get(new NDIndex(":, :, 0:{}, 0:{}", rows[1], columns[1]));
    }

    /** One output phase: a stride-1 convolution of the fitted input with the phase's flipped sub-kernel. */
    private static NDArray phase(NDArray input, NDArray weight, Phase row, Phase column) {
        long batch = input.getShape().get(0);
        long filters = weight.getShape().get(1);
        if (row.taps == 0 || column.taps == 0) {
            // Stride above the kernel: these outputs meet no tap at all.
            return input.getManager().zeros(new Shape(batch, filters, row.count, column.count), input.getDataType());
        }
        int kernel = (int) weight.getShape().get(2);
        int stride = row.stride;
        NDArray subKernel = weight
                .get(new NDIndex(":, :, {}:{}:{}, {}:{}:{}", row.residue, kernel, stride, column.residue, kernel, stride))
                .transpose(1, 0, 2, 3)
                .flip(2, 3);
        int symmetricRows = sharedPadding(row.padBefore, row.padAfter);
        int symmetricColumns = sharedPadding(column.padBefore, column.padAfter);
        NDArray fitted = fit(input, 2, row.padBefore, row.padAfter, symmetricRows);
        fitted = fit(fitted, 3, column.padBefore, column.padAfter, symmetricColumns);
        return Conv2d.conv2d(fitted, subKernel, null, new Shape(1, 1), new Shape(symmetricRows, symmetricColumns))
                .singletonOrThrow();
    }

    /** The part of an axis' padding the convolution can add itself: the same on both sides, never negative. */
    private static int sharedPadding(int padBefore, int padAfter) {
        return Math.max(0, Math.min(padBefore, padAfter));
    }

    /**
     * Pads (or, where negative, trims) {@code array} along {@code axis} by {@code padBefore} and
     * {@code padAfter}, less {@code symmetric} on each side, which the convolution pads itself.
     */
    private static NDArray fit(NDArray array, int axis, int padBefore, int padAfter, int symmetric) {
        int before = padBefore - symmetric;
        int after = padAfter - symmetric;
        NDArray fitted = ZeroPadding.pad(array, axis, Math.max(before, 0), Math.max(after, 0));
        if (before >= 0 && after >= 0) {
            return fitted;
        }
        long length = fitted.getShape().get(axis);
        long start = Math.max(-before, 0);
        long end = length - Math.max(-after, 0);
        String index = axis == 2 ? ":, :, {}:{}" : ":, :, :, {}:{}";
        return fitted.get(new NDIndex(index, start, end));
    }

    /** Interleaves the phases along {@code axis} − 1: (N, C, A, B) each → output position t·s + ρ. */
    private static NDArray interleave(NDList phases, int axis) {
        if (phases.size() == 1) {
            return phases.head();
        }
        NDArray stacked = NDArrays.stack(phases, axis);
        Shape shape = stacked.getShape();
        return axis == 4
                ? stacked.reshape(shape.get(0), shape.get(1), shape.get(2), shape.get(3) * shape.get(4))
                : stacked.reshape(shape.get(0), shape.get(1), shape.get(2) * shape.get(3), shape.get(4));
    }

    /**
     * One output phase of one axis, numbered from the window's start: window positions ρ, ρ + s,
     * ρ + 2s, …. Its outputs p = q·s + r (r the absolute residue) meet kernel taps r, r + s, …
     * ({@code taps} of them) and read inputs q − taps + 1 … q; {@code padBefore} and {@code
     * padAfter} are the input padding (negative: trimming) that makes a stride-1 convolution yield
     * exactly its {@code count} outputs. Every phase computes the same count, so that they
     * interleave; positions past the window are cropped afterwards.
     */
    private record Phase(int stride, int residue, int taps, int count, int padBefore, int padAfter) {

        static Phase[] of(int[] window, int stride, int kernel, int inputLength) {
            int count = (window[1] + stride - 1) / stride;
            Phase[] phases = new Phase[stride];
            for (int rho = 0; rho < stride; rho++) {
                int first = window[0] + rho;
                int residue = Math.floorMod(first, stride);
                int q0 = Math.floorDiv(first, stride);
                int taps = residue < kernel ? (kernel - residue + stride - 1) / stride : 0;
                phases[rho] = new Phase(stride, residue, taps, count, taps - 1 - q0, q0 + count - 1 - (inputLength - 1));
            }
            return phases;
        }
    }

    /**
     * All s² phases in one stride-1 convolution with s²·out output channels, each phase's
     * sub-kernel padded to ⌈k/s⌉×⌈k/s⌉ taps, interleaved back into the image (depth-to-space).
     * The input is padded (or trimmed) so that the convolution yields only the phase outputs the
     * window reaches.
     */
    private static NDArray transposedAsOne(NDArray input, NDArray parameter, int stride, int[] rows, int[] columns) {
        NDArray weight = StepLocal.view(parameter, input.getManager());
        int kernel = (int) weight.getShape().get(2);
        int outChannels = (int) weight.getShape().get(1);
        int phaseKernel = (kernel + stride - 1) / stride;
        PhaseWindow rowPhases = new PhaseWindow(rows, stride, phaseKernel, (int) input.getShape().get(2));
        PhaseWindow columnPhases = new PhaseWindow(columns, stride, phaseKernel, (int) input.getShape().get(3));
        int symmetricRows = sharedPadding(rowPhases.padBefore, rowPhases.padAfter);
        int symmetricColumns = sharedPadding(columnPhases.padBefore, columnPhases.padAfter);
        NDArray fitted = rowPhases.fit(input, 2, symmetricRows);
        fitted = columnPhases.fit(fitted, 3, symmetricColumns);
        NDArray phases = Conv2d.conv2d(fitted, phaseWeights(weight, stride, phaseKernel), null,
                new Shape(1, 1), new Shape(symmetricRows, symmetricColumns)).singletonOrThrow();
        NDArray out = stride == 1 ? phases : interleaveChannels(phases, input.getShape().get(0), outChannels, stride);
        int rowOffset = rows[0] - rowPhases.first * stride;
        int columnOffset = columns[0] - columnPhases.first * stride;
        Shape shape = out.getShape();
        if (rowOffset == 0 && columnOffset == 0 && shape.get(2) == rows[1] && shape.get(3) == columns[1]) {
            return out;
        }
        return out.get(new NDIndex(":, :, {}:{}, {}:{}", rowOffset, rowOffset + rows[1], columnOffset, columnOffset + columns[1]));
    }

    /**
     * The phase outputs q ∈ [first, last] of one axis that cover an output window (output position
     * q·s + r), and the input padding that makes a stride-1 convolution with an m-tap phase kernel
     * yield exactly them: phase output q reads inputs q − (m − 1) … q. A negative padding trims the
     * input instead.
     */
    private static final class PhaseWindow {
        final int first;
        final int padBefore;
        final int padAfter;

        PhaseWindow(int[] window, int stride, int phaseKernel, int inputLength) {
            first = Math.floorDiv(window[0], stride);
            int last = Math.floorDiv(window[0] + window[1] - 1, stride);
            padBefore = phaseKernel - 1 - first;
            padAfter = last - (inputLength - 1);
        }

        /** Pads or trims {@code array} along {@code axis}, leaving {@code symmetric} on each side to the convolution. */
        NDArray fit(NDArray array, int axis, int symmetric) {
            return DjlTransposedConvolution2d.fit(array, axis, padBefore, padAfter, symmetric);
        }
    }

    /**
     * The stride-1 convolution weight (s·s·out, in, m, m) holding every phase's sub-kernel, flipped
     * because a transposed convolution is a true convolution and DJL convolves by correlation.
     */
    private static NDArray phaseWeights(NDArray w, int stride, int phaseKernel) {
        long channels = w.getShape().get(0);
        long filters = w.getShape().get(1);
        int kernel = (int) w.getShape().get(2);
        int padded = phaseKernel * stride;
        NDArray taps = ZeroPadding.pad(ZeroPadding.pad(w, 2, 0, padded - kernel), 3, 0, padded - kernel);
        // tap index = m·s + r  →  axes (in, out, m_h, r_h, m_w, r_w)
        return taps.reshape(channels, filters, phaseKernel, stride, phaseKernel, stride)
                .transpose(1, 3, 5, 0, 2, 4)
                .flip(4, 5)
                .reshape(filters * stride * stride, channels, phaseKernel, phaseKernel);
    }

    /** Depth-to-space: (N, out·s·s, Q, Q') → (N, out, Q·s, Q'·s), output position q·s + r. */
    private static NDArray interleaveChannels(NDArray phases, long batch, int filters, int stride) {
        Shape shape = phases.getShape();
        long rows = shape.get(2);
        long columns = shape.get(3);
        return phases.reshape(batch, filters, stride, stride, rows, columns)
                .transpose(0, 1, 4, 2, 5, 3)
                .reshape(batch, filters, rows * stride, columns * stride);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), filters,
                ShapeRules.transposedLength((int) in.get(2), kernel, stride, padding, outputPadding),
                ShapeRules.transposedLength((int) in.get(3), kernel, stride, padding, outputPadding))};
    }
}
