package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Instance normalisation (Ulyanov et al. 2016), as PyTorch's {@code InstanceNorm2d} without
 * running statistics: each channel of each sample normalised over height and width with its
 * biased variance, then, if affine, scaled and shifted per channel.
 */
public final class DjlInstanceNorm extends AbstractBlock implements InputGradientBlock {

    private final boolean affine;
    private final float epsilon;
    private final Parameter gamma;
    private final Parameter beta;

    /** Normalises with {@code epsilon} added to the variance; learns a scale and shift if {@code affine}. */
    public DjlInstanceNorm(boolean affine, double epsilon) {
        this.affine = affine;
        this.epsilon = (float) epsilon;
        this.gamma = affine ? addParameter(Parameter.builder().setName("gamma").setType(Parameter.Type.GAMMA).build())
                : null;
        this.beta = affine ? addParameter(Parameter.builder().setName("beta").setType(Parameter.Type.BETA).build())
                : null;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray input = inputs.singletonOrThrow();
        NDArray normalised = normalised(input);
        if (!affine) {
            return new NDList(normalised);
        }
        return new NDList(normalised.mul(channelwise(store, gamma, input)).add(channelwise(store, beta, input)));
    }

    private NDArray normalised(NDArray input) {
        Shape shape = input.getShape();
        NDArray flat = input.reshape(shape.get(0), shape.get(1), shape.get(2) * shape.get(3));
        NDArray centred = flat.sub(flat.mean(new int[] {2}, true));
        NDArray deviation = centred.square().mean(new int[] {2}, true).add(epsilon).sqrt();
        return centred.div(deviation).reshape(shape);
    }

    private static NDArray channelwise(ParameterStore store, Parameter parameter, NDArray like) {
        NDArray value = store.getValue(parameter, like.getDevice(), true);
        return value.reshape(1, value.getShape().get(0), 1, 1);
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        if (affine) {
            gamma.setShape(new Shape(inputShapes[0].get(1)));
            beta.setShape(new Shape(inputShapes[0].get(1)));
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    /**
     * With x̂ the normalised input and g the upstream gradient times the scale:
     * (g − mean(g) − x̂·mean(g·x̂)) / σ, means over height and width.
     */
    @Override
    public NDArray inputGradient(ParameterStore store, NDArray input, NDArray output, NDArray upstream) {
        Shape shape = input.getShape();
        long[] flat = {shape.get(0), shape.get(1), shape.get(2) * shape.get(3)};
        NDArray g = affine ? upstream.mul(channelwise(store, gamma, input)) : upstream;
        NDArray x = input.reshape(flat);
        NDArray centred = x.sub(x.mean(new int[] {2}, true));
        NDArray deviation = centred.square().mean(new int[] {2}, true).add(epsilon).sqrt();
        NDArray normalised = centred.div(deviation);
        NDArray gFlat = g.reshape(flat);
        NDArray gradient = gFlat.sub(gFlat.mean(new int[] {2}, true))
                .sub(normalised.mul(gFlat.mul(normalised).mean(new int[] {2}, true)))
                .div(deviation);
        return gradient.reshape(shape);
    }
}
