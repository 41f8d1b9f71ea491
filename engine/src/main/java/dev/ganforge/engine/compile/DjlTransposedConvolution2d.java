package dev.ganforge.engine.compile;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import dev.ganforge.spec.Padding;
import dev.ganforge.validate.ShapeInference;

/**
 * A 2-D transposed convolution, exact against PyTorch's {@code ConvTranspose2d} (weight layout
 * (in, out, k, k), padding, output padding) and Keras' "same", built from one ordinary
 * convolution so that it runs on any DJL engine (DJL's own {@code Conv2dTranspose} does not run
 * on PyTorch).
 *
 * <p>Why not insert zeros between input pixels and convolve? At stride s that multiplies
 * zeros in all but 1/s² of the products. Instead the kernel is split into its s×s phases: the
 * output pixels whose position is congruent to (r, c) modulo s only ever meet kernel taps
 * {@code r + s·m} and {@code c + s·n}, so each phase is an ordinary stride-1 convolution of the
 * input with a sub-kernel of ⌈k/s⌉×⌈k/s⌉ taps. All s² phases are computed by one convolution with
 * s²·out output channels, interleaved back into the image (depth-to-space), and cropped to the
 * requested padding. When k is a multiple of s (the DCGAN's k4/s2) no product is wasted; otherwise
 * the phases are padded to a common size, which costs {@code (s·⌈k/s⌉/k)²} of the minimum.
 */
final class DjlTransposedConvolution2d extends AbstractBlock {

    private final int filters;
    private final int kernel;
    private final int stride;
    private final Padding padding;
    private final int outputPadding;
    private final int phaseKernel;
    private final Parameter weight;
    private final Parameter bias;

    DjlTransposedConvolution2d(int filters, int kernel, int stride, Padding padding, int outputPadding, boolean bias) {
        this.filters = filters;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
        this.outputPadding = outputPadding;
        this.phaseKernel = (kernel + stride - 1) / stride;
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
        int height = (int) in.get(2);
        int width = (int) in.get(3);

        NDArray phases = Conv2d.conv2d(input, phaseWeights(store.getValue(weight, device, training)), null,
                new Shape(1, 1), new Shape(phaseKernel - 1, phaseKernel - 1)).singletonOrThrow();
        NDArray full = interleave(phases, in.get(0));

        int[] rows = SamePadding.transposedWindow(padding, height, kernel, stride, outputPadding);
        int[] columns = SamePadding.transposedWindow(padding, width, kernel, stride, outputPadding);
        // Output padding (or "same" with a kernel smaller than the stride) can reach past the full
        // output; those positions receive no input and are zero, as in PyTorch.
        full = ZeroPadding.pad(full, 2, 0, Math.max(0, rows[0] + rows[1] - (int) full.getShape().get(2)));
        full = ZeroPadding.pad(full, 3, 0, Math.max(0, columns[0] + columns[1] - (int) full.getShape().get(3)));
        NDArray out = full.get(new NDIndex(":, :, {}:{}, {}:{}", rows[0], rows[0] + rows[1], columns[0], columns[0] + columns[1]));
        if (bias != null) {
            out = out.add(store.getValue(bias, device, training).reshape(1, filters, 1, 1));
        }
        return new NDList(out);
    }

    /**
     * The stride-1 convolution weight (s·s·out, in, m, m) holding every phase's sub-kernel, flipped
     * because a transposed convolution is a true convolution and DJL convolves by correlation.
     */
    private NDArray phaseWeights(NDArray w) {
        long channels = w.getShape().get(0);
        int padded = phaseKernel * stride;
        NDArray taps = ZeroPadding.pad(ZeroPadding.pad(w, 2, 0, padded - kernel), 3, 0, padded - kernel);
        // tap index = m·s + r  →  axes (in, out, m_h, r_h, m_w, r_w)
        return taps.reshape(channels, filters, phaseKernel, stride, phaseKernel, stride)
                .transpose(1, 3, 5, 0, 2, 4)
                .flip(4, 5)
                .reshape((long) filters * stride * stride, channels, phaseKernel, phaseKernel);
    }

    /** Depth-to-space: (N, out·s·s, Q, Q') → (N, out, Q·s, Q'·s), output position q·s + r. */
    private NDArray interleave(NDArray phases, long batch) {
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
                ShapeInference.transposedLength((int) in.get(2), kernel, stride, padding, outputPadding),
                ShapeInference.transposedLength((int) in.get(3), kernel, stride, padding, outputPadding))};
    }
}
