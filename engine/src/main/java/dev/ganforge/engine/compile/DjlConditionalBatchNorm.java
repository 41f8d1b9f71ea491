package dev.ganforge.engine.compile;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;
import dev.ganforge.spec.BatchNormBlock;
import java.util.Arrays;

/**
 * Class-conditional batch normalisation (de Vries et al. 2017; Miyato &amp; Koyama 2018), as the
 * SNGAN and BigGAN generators of Mimicry and StudioGAN use it: batch normalisation without an
 * affine part of its own, then a gain and a bias looked up by each sample's class, {@code out =
 * γ[y]·BN(x) + β[y]}. The normalisation is the engine's batch-norm operator, with running
 * statistics exactly as the {@code batch-norm} block keeps them.
 *
 * <p>Parameters, in this order: {@code gain} and {@code bias}, both (classes, channels), γ drawn
 * from N(1, 0.02) as Mimicry does and β zero; then the running mean and variance.
 */
public final class DjlConditionalBatchNorm extends AbstractBlock implements LabelConsumer {

    /** The spread of the initial gains around 1 (Mimicry's {@code ConditionalBatchNorm2d}). */
    private static final float GAIN_SPREAD = 0.02f;

    private final int classes;
    private final float momentum;
    private final float epsilon;
    private final Parameter gain;
    private final Parameter bias;
    private final Parameter runningMean;
    private final Parameter runningVar;

    /** Batch norm with {@code settings}, its gain and bias learned for each of {@code classes} classes. */
    public DjlConditionalBatchNorm(BatchNormBlock settings, int classes) {
        if (classes < 1) {
            throw new IllegalArgumentException("conditional-batch-norm needs the spec's classes, found " + classes
                    + "; it can only be used in a conditional GAN");
        }
        this.classes = classes;
        this.momentum = (float) settings.momentum();
        this.epsilon = (float) settings.epsilon();
        Initializer aroundOne = (manager, shape, dataType) -> manager.randomNormal(1f, GAIN_SPREAD, shape, dataType);
        this.gain = addParameter(Parameter.builder().setName("gain").setType(Parameter.Type.GAMMA)
                .optInitializer(aroundOne).build());
        this.bias = addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BETA).build());
        this.runningMean = addParameter(Parameter.builder().setName("runningMean").setType(Parameter.Type.RUNNING_MEAN)
                .optRequiresGrad(false).build());
        this.runningVar = addParameter(Parameter.builder().setName("runningVar").setType(Parameter.Type.RUNNING_VAR)
                .optRequiresGrad(false).build());
    }

    @Override
    public boolean consumesLabels() {
        return true;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray input = inputs.get(0);
        NDArray labels = LabelConsumer.labels(inputs);
        if (labels == null) {
            throw new IllegalArgumentException("conditional-batch-norm takes the class labels beside its input,"
                    + " and none were given");
        }
        Device device = input.getDevice();
        Shape channels = new Shape(input.getShape().get(1));
        // The operator's own affine part is the identity: the gain and bias are applied per sample below.
        NDArray normalised = BatchNorm.batchNorm(input, store.getValue(runningMean, device, training),
                store.getValue(runningVar, device, training), input.getManager().ones(channels, input.getDataType()),
                input.getManager().zeros(channels, input.getDataType()), 1, momentum, epsilon, training)
                .singletonOrThrow();
        NDArray oneHot = labels.toType(DataType.INT32, false).oneHot(classes).toType(input.getDataType(), false);
        Shape perSample = perSample(input.getShape());
        NDArray scale = oneHot.matMul(store.getValue(gain, device, training)).reshape(perSample);
        NDArray shift = oneHot.matMul(store.getValue(bias, device, training)).reshape(perSample);
        return new NDList(normalised.mul(scale).add(shift));
    }

    /** (N, C) for vectors, (N, C, 1, 1) for images: one value per sample and channel, broadcast over pixels. */
    private static Shape perSample(Shape input) {
        long[] dimensions = new long[input.dimension()];
        Arrays.fill(dimensions, 1);
        dimensions[0] = input.get(0);
        dimensions[1] = input.get(1);
        return new Shape(dimensions);
    }

    @Override
    protected void prepare(Shape[] inputShapes) {
        long channels = inputShapes[0].get(1);
        gain.setShape(new Shape(classes, channels));
        bias.setShape(new Shape(classes, channels));
        runningMean.setShape(new Shape(channels));
        runningVar.setShape(new Shape(channels));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
