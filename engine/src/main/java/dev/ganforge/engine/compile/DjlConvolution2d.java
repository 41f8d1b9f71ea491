package dev.ganforge.engine.compile;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import dev.ganforge.spec.Padding;
import dev.ganforge.block.ShapeRules;

/**
 * A 2-D convolution with a square kernel, PyTorch's weight layout (out, in, k, k) and
 * initialisation, and Keras' asymmetric "same" padding. The symmetric part of the padding goes
 * to the convolution itself; only an odd remainder is padded explicitly. Optionally spectrally
 * normalised.
 */
public final class DjlConvolution2d extends AbstractBlock implements InputGradientBlock {

    private final int filters;
    private final int kernel;
    private final int stride;
    private final Padding padding;
    private final Parameter weight;
    private final Parameter bias;
    private final SpectralNorm spectralNorm;

    public DjlConvolution2d(int filters, int kernel, int stride, Padding padding, boolean bias) {
        this(filters, kernel, stride, padding, bias, false);
    }

    public DjlConvolution2d(int filters, int kernel, int stride, Padding padding, boolean bias, boolean spectralNorm) {
        this.filters = filters;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = padding;
        this.weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT).build());
        this.bias = bias ? addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS).build()) : null;
        this.spectralNorm = spectralNorm
                ? new SpectralNorm(addParameter(SpectralNorm.vector("weight_u")), addParameter(SpectralNorm.vector("weight_v")))
                : null;
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        long channels = inputShapes[0].get(1);
        Shape weightShape = new Shape(filters, channels, kernel, kernel);
        weight.setShape(weightShape);
        weight.setInitializer(FanInUniformInitializer.forWeight(weightShape));
        if (spectralNorm != null) {
            spectralNorm.prepare(weightShape);
        }
        if (bias != null) {
            bias.setShape(new Shape(filters));
            bias.setInitializer(new FanInUniformInitializer(channels * kernel * kernel));
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray input = inputs.head();
        Device device = input.getDevice();
        Shape shape = input.getShape();
        SamePadding rows = SamePadding.forConvolution(padding, (int) shape.get(2), kernel, stride);
        SamePadding columns = SamePadding.forConvolution(padding, (int) shape.get(3), kernel, stride);
        int symmetricRows = Math.min(rows.before(), rows.after());
        int symmetricColumns = Math.min(columns.before(), columns.after());
        NDArray padded = ZeroPadding.pad(input, 2, rows.before() - symmetricRows, rows.after() - symmetricRows);
        padded = ZeroPadding.pad(padded, 3, columns.before() - symmetricColumns, columns.after() - symmetricColumns);
        NDArray w = weight(store, input, training, training);
        NDArray b = bias == null ? null : store.getValue(bias, device, training);
        return Conv2d.conv2d(padded, w, b, new Shape(stride, stride), new Shape(symmetricRows, symmetricColumns));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape in = inputShapes[0];
        return new Shape[] {new Shape(in.get(0), filters,
                ShapeRules.convLength((int) in.get(2), kernel, stride, padding),
                ShapeRules.convLength((int) in.get(3), kernel, stride, padding))};
    }

    /**
     * The adjoint of the convolution: a transposed convolution of the upstream gradient with the
     * same weight, cropped to the input (the explicit and the symmetric padding removed).
     */
    @Override
    public NDArray inputGradient(ParameterStore store, NDArray input, NDArray output, NDArray upstream) {
        Shape shape = input.getShape();
        SamePadding rows = SamePadding.forConvolution(padding, (int) shape.get(2), kernel, stride);
        SamePadding columns = SamePadding.forConvolution(padding, (int) shape.get(3), kernel, stride);
        // Padding at the start, the symmetric part included, is where the input begins in the full output.
        int[] rowWindow = {rows.before(), (int) shape.get(2)};
        int[] columnWindow = {columns.before(), (int) shape.get(3)};
        NDArray w = weight(store, upstream, true, false);
        return DjlTransposedConvolution2d.transposed(upstream, w, stride, rowWindow, columnWindow);
    }

    /** The weight the forward uses: the parameter, or its spectral normalisation. */
    private NDArray weight(ParameterStore store, NDArray input, boolean training, boolean iterate) {
        NDArray w = store.getValue(weight, input.getDevice(), training);
        return spectralNorm == null ? w : spectralNorm.normalise(w, iterate, input.getManager());
    }
}
