package dev.ganforge.engine.compile;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.ActivationBlock;
import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.ConvBlock;
import dev.ganforge.spec.ConvTransposeBlock;
import dev.ganforge.spec.DecoderBlock;
import dev.ganforge.spec.DenseBlock;
import dev.ganforge.spec.DropoutBlock;
import dev.ganforge.spec.EncoderBlock;
import dev.ganforge.spec.FlattenBlock;
import dev.ganforge.spec.GlobalAvgPoolBlock;
import dev.ganforge.spec.Order;
import dev.ganforge.spec.ProjectionBlock;
import dev.ganforge.spec.ReshapeBlock;
import dev.ganforge.spec.UpsampleBlock;
import dev.ganforge.spec.ZeroPadBlock;
import dev.ganforge.validate.Shapes;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one spec block into one DJL block. Composite spec blocks become a {@link
 * SequentialBlock} of their layers, in the order PyTorch would run them, so that parameters
 * line up one to one with the equivalent {@code nn.Sequential}.
 */
public final class BlockCompiler {

    private BlockCompiler() {}

    /** The uninitialised DJL block for {@code spec}. */
    public static Block compile(BlockSpec spec) {
        if (spec instanceof DenseBlock dense) {
            return withActivation(new DjlDense(dense.units(), dense.bias(), dense.spectralNorm()), dense.activation());
        }
        if (spec instanceof ConvBlock conv) {
            return withActivation(
                    new DjlConvolution2d(conv.filters(), conv.kernel(), conv.stride(), conv.padding(), conv.bias(),
                            conv.spectralNorm()),
                    conv.activation());
        }
        if (spec instanceof ConvTransposeBlock deconv) {
            return withActivation(
                    new DjlTransposedConvolution2d(deconv.filters(), deconv.kernel(), deconv.stride(),
                            deconv.padding(), deconv.outputPadding(), deconv.bias()),
                    deconv.activation());
        }
        if (spec instanceof UpsampleBlock up) {
            return new DjlUpsample(up.factor());
        }
        if (spec instanceof BatchNormBlock norm) {
            return batchNorm(norm);
        }
        if (spec instanceof ActivationBlock activation) {
            return new DjlActivation(activation.activation());
        }
        if (spec instanceof DropoutBlock dropout) {
            return Dropout.builder().optRate((float) dropout.rate()).build();
        }
        if (spec instanceof ZeroPadBlock pad) {
            return new DjlZeroPad(pad);
        }
        if (spec instanceof FlattenBlock) {
            return new DjlFlatten();
        }
        if (spec instanceof ReshapeBlock reshape) {
            return new DjlReshape(reshape.shape());
        }
        if (spec instanceof GlobalAvgPoolBlock) {
            return new DjlGlobalAvgPool();
        }
        if (spec instanceof ProjectionBlock projection) {
            return projection(projection);
        }
        if (spec instanceof DecoderBlock decoder) {
            return decoder(decoder);
        }
        if (spec instanceof EncoderBlock encoder) {
            return encoder(encoder);
        }
        throw new IllegalArgumentException("no DJL block for " + spec.kind());
    }

    private static Block projection(ProjectionBlock spec) {
        List<Block> layers = new ArrayList<>();
        layers.add(new DjlDense(Shapes.size(spec.shape()), spec.bias()));
        if (spec.norm() != null) {
            layers.add(batchNorm(spec.norm()));
        }
        addActivation(layers, spec.activation());
        layers.add(new DjlReshape(spec.shape()));
        return sequence(layers);
    }

    private static Block decoder(DecoderBlock spec) {
        Block convolution = new DjlTransposedConvolution2d(
                spec.filters(), spec.kernel(), spec.stride(), spec.padding(), spec.outputPadding(), spec.bias());
        List<Block> layers = new ArrayList<>();
        if (spec.order() == Order.POST) {
            layers.add(convolution);
        }
        if (spec.norm() != null) {
            layers.add(batchNorm(spec.norm()));
        }
        addActivation(layers, spec.activation());
        if (spec.order() == Order.PRE) {
            layers.add(convolution);
        }
        return sequence(layers);
    }

    private static Block encoder(EncoderBlock spec) {
        List<Block> layers = new ArrayList<>();
        boolean pre = spec.order() == Order.PRE;
        if (pre) {
            if (spec.norm() != null) {
                layers.add(batchNorm(spec.norm()));
            }
            addActivation(layers, spec.activation());
        }
        for (int i = 0; i < spec.convolutions(); i++) {
            int stride = i == spec.convolutions() - 1 ? spec.stride() : 1;
            layers.add(new DjlConvolution2d(spec.filters(), spec.kernel(), stride, spec.padding(), spec.bias(),
                    spec.spectralNorm()));
            if (!pre && spec.norm() != null) {
                layers.add(batchNorm(spec.norm()));
            }
        }
        if (!pre) {
            addActivation(layers, spec.activation());
        }
        if (spec.dropout() > 0) {
            layers.add(Dropout.builder().optRate((float) spec.dropout()).build());
        }
        return sequence(layers);
    }

    private static Block batchNorm(BatchNormBlock spec) {
        return BatchNorm.builder().optMomentum((float) spec.momentum()).optEpsilon((float) spec.epsilon()).build();
    }

    private static Block withActivation(Block block, Activation activation) {
        if (activation.isIdentity()) {
            return block;
        }
        return new SequentialBlock().add(block).add(new DjlActivation(activation));
    }

    private static void addActivation(List<Block> layers, Activation activation) {
        if (!activation.isIdentity()) {
            layers.add(new DjlActivation(activation));
        }
    }

    private static Block sequence(List<Block> layers) {
        return layers.size() == 1 ? layers.get(0) : new SequentialBlock().addAll(layers);
    }
}
