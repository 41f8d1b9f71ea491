package dev.ganforge.bench.reference;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import java.util.ArrayList;
import java.util.List;

/**
 * A network of the benchmark's hand-written step, built layer by layer from DJL's own blocks, that
 * follows the shape of one sample and counts the nominal multiply-adds of its forward pass:
 * out-pixels × in-channels × k² for a convolution, in-pixels × out-channels × k² for a transposed
 * one, in × out for a dense layer.
 */
final class ReferenceNetwork {

    private final SequentialBlock block = new SequentialBlock();
    private final Shape inputShape;
    private long[] shape;
    private long macs;
    private long firstLayerMacs = -1;
    private final List<ConvolutionShape> convolutions = new ArrayList<>();

    ReferenceNetwork(long... sampleShape) {
        this.inputShape = new Shape(sampleShape);
        this.shape = sampleShape.clone();
    }

    SequentialBlock block() {
        return block;
    }

    /** The sample shape this network takes. */
    Shape inputShape() {
        return inputShape;
    }

    /** Multiply-adds of one sample's forward pass. */
    long macs() {
        return macs;
    }

    /**
     * Multiply-adds of one sample's forward pass through the first layer with weights: also what
     * its input gradient would cost, which a step never computes (its input is noise or data).
     */
    long firstLayerMacs() {
        return Math.max(firstLayerMacs, 0);
    }

    private void count(long layerMacs) {
        if (firstLayerMacs < 0) {
            firstLayerMacs = layerMacs;
        }
        macs += layerMacs;
    }

    /** The convolutions of the forward pass, in order. */
    List<ConvolutionShape> convolutions() {
        return List.copyOf(convolutions);
    }

    ReferenceNetwork dense(int units) {
        long in = shape[0];
        block.add(Linear.builder().setUnits(units).build());
        count(in * units);
        shape = new long[] {units};
        return this;
    }

    /** A convolution with padding {@code before} / {@code after} on each spatial axis (Keras' "same" can be asymmetric). */
    ReferenceNetwork conv(int filters, int kernel, int stride, int before, int after, boolean bias) {
        if (before != after) {
            Shape pad = new Shape(before, after, before, after);
            block.add(new LambdaBlock(list -> new NDList(list.singletonOrThrow().pad(pad, 0)), "pad"));
        }
        int symmetric = before == after ? before : 0;
        long padded = shape[1] + (before == after ? 0 : before + after);
        block.add(Conv2d.builder().setKernelShape(new Shape(kernel, kernel)).setFilters(filters)
                .optStride(new Shape(stride, stride)).optPadding(new Shape(symmetric, symmetric)).optBias(bias).build());
        ConvolutionShape convolution = new ConvolutionShape((int) shape[0], filters, kernel, stride,
                (int) (padded + 2L * symmetric), false);
        convolutions.add(convolution);
        count(convolution.macs());
        long out = convolution.outputSize();
        shape = new long[] {filters, out, out};
        return this;
    }

    /** A transposed convolution whose output window starts at {@code crop} of the full output. */
    ReferenceNetwork convTranspose(int filters, int kernel, int stride, int crop, int outputLength, boolean bias) {
        block.add(new TransposedConv2d(filters, kernel, stride, crop, outputLength, bias));
        // Its adjoint: the unpadded strided convolution from the full output back to the input, with
        // the same multiply-adds.
        int full = (int) (shape[1] - 1) * stride + kernel;
        ConvolutionShape adjoint = new ConvolutionShape(filters, (int) shape[0], kernel, stride, full, true);
        convolutions.add(adjoint);
        count(adjoint.macs());
        shape = new long[] {filters, outputLength, outputLength};
        return this;
    }

    ReferenceNetwork batchNorm() {
        block.add(BatchNorm.builder().build());
        return this;
    }

    ReferenceNetwork relu() {
        block.add(Activation.reluBlock());
        return this;
    }

    ReferenceNetwork leakyRelu() {
        block.add(Activation.leakyReluBlock(0.2f));
        return this;
    }

    ReferenceNetwork sigmoid() {
        block.add(Activation.sigmoidBlock());
        return this;
    }

    ReferenceNetwork tanh() {
        block.add(Activation.tanhBlock());
        return this;
    }

    ReferenceNetwork reshape(long... sampleShape) {
        Shape target = new Shape(-1).addAll(new Shape(sampleShape));
        block.add(new LambdaBlock(list -> new NDList(list.singletonOrThrow().reshape(target)), "reshape"));
        shape = sampleShape.clone();
        return this;
    }

    ReferenceNetwork flatten() {
        block.add(Blocks.batchFlattenBlock());
        long size = 1;
        for (long length : shape) {
            size *= length;
        }
        shape = new long[] {size};
        return this;
    }
}
