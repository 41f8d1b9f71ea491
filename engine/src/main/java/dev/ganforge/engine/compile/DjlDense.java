package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A fully connected layer on (N, features) with PyTorch's layout (weight: out × in) and
 * initialisation, so that weights move freely between ganforge and PyTorch; optionally
 * spectrally normalised.
 */
public final class DjlDense extends AbstractBlock implements InputGradientBlock {

    private final long units;
    private final Parameter weight;
    private final Parameter bias;
    private final SpectralNorm spectralNorm;

    public DjlDense(long units, boolean bias) {
        this(units, bias, false);
    }

    public DjlDense(long units, boolean bias, boolean spectralNorm) {
        this.units = units;
        this.weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT).build());
        this.bias = bias ? addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS).build()) : null;
        this.spectralNorm = spectralNorm
                ? new SpectralNorm(addParameter(SpectralNorm.vector("weight_u")), addParameter(SpectralNorm.vector("weight_v")))
                : null;
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        long features = inputShapes[0].get(1);
        Shape weightShape = new Shape(units, features);
        weight.setShape(weightShape);
        weight.setInitializer(FanInUniformInitializer.forWeight(weightShape));
        if (spectralNorm != null) {
            spectralNorm.prepare(weightShape);
        }
        if (bias != null) {
            bias.setShape(new Shape(units));
            bias.setInitializer(new FanInUniformInitializer(features));
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        var device = inputs.head().getDevice();
        NDArray w = weight(store, inputs.head(), training, training);
        return bias == null
                ? Linear.linear(inputs.head(), w)
                : Linear.linear(inputs.head(), w, store.getValue(bias, device, training));
    }

    /** The weight the forward uses: the parameter, or its spectral normalisation. */
    private NDArray weight(ParameterStore store, NDArray input, boolean training, boolean iterate) {
        NDArray w = store.getValue(weight, input.getDevice(), training);
        return spectralNorm == null ? w : spectralNorm.normalise(w, iterate, input.getManager());
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), units)};
    }

    @Override
    public ai.djl.ndarray.NDArray inputGradient(ParameterStore store, ai.djl.ndarray.NDArray input,
            ai.djl.ndarray.NDArray output, ai.djl.ndarray.NDArray upstream) {
        return upstream.matMul(weight(store, upstream, true, false));
    }
}
