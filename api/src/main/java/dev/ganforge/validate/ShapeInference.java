package dev.ganforge.validate;

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
import dev.ganforge.spec.Padding;
import dev.ganforge.spec.ProjectionBlock;
import dev.ganforge.spec.ReshapeBlock;
import dev.ganforge.spec.UpsampleBlock;
import dev.ganforge.spec.ZeroPadBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Infers the shape of one sample after every block of a network, and counts each block's
 * trainable parameters, by arithmetic alone: no tensor is allocated. The engine checks its
 * compiled blocks against these figures.
 */
public final class ShapeInference {

    private ShapeInference() {}

    /**
     * The outcome of inferring one network.
     *
     * @param blocks the shapes of every block that could be inferred, in order
     * @param problem why inference stopped early, or {@code null} if every block fitted
     */
    public record Result(List<BlockShape> blocks, SpecProblem problem) {

        public Result {
            blocks = List.copyOf(blocks);
        }

        /** Whether every block fitted its input. */
        public boolean ok() {
            return problem == null;
        }

        /** The shape of one sample leaving the last block (the input shape if there are none). */
        public List<Integer> output(List<Integer> input) {
            return blocks.isEmpty() ? input : blocks.get(blocks.size() - 1).output();
        }

        /** The sum of every block's trainable parameters. */
        public long trainableParameters() {
            return blocks.stream().mapToLong(BlockShape::trainableParameters).sum();
        }
    }

    /**
     * Infers the shapes of a network.
     *
     * @param networkName {@code generator} or {@code discriminator}, for messages and paths
     * @param blocks the network's blocks
     * @param input the shape of one input sample
     * @return every block's shape, or the first block that does not fit its input
     */
    public static Result infer(String networkName, List<BlockSpec> blocks, List<Integer> input) {
        List<BlockShape> shapes = new ArrayList<>();
        List<Integer> current = List.copyOf(input);
        for (int i = 0; i < blocks.size(); i++) {
            BlockSpec block = blocks.get(i);
            String where = networkName + " block " + (i + 1) + " (" + block.kind() + ")";
            try {
                Step step = step(block, current);
                shapes.add(new BlockShape(i + 1, block.kind(), current, step.output, step.parameters));
                current = step.output;
            } catch (ShapeMismatch mismatch) {
                String path = networkName + ".blocks[" + i + "]";
                return new Result(shapes, SpecProblem.at(path, where + " " + mismatch.getMessage()));
            }
        }
        return new Result(shapes, null);
    }

    private record Step(List<Integer> output, long parameters) {}

    /** Why a block cannot take the shape it is given; the message reads after "block N (kind)". */
    private static final class ShapeMismatch extends Exception {
        ShapeMismatch(String message) {
            super(message, null, false, false);
        }
    }

    private static Step step(BlockSpec block, List<Integer> in) throws ShapeMismatch {
        if (block instanceof DenseBlock dense) {
            int features = requireVector(in, "dense");
            return new Step(List.of(dense.units()), (long) features * dense.units() + (dense.bias() ? dense.units() : 0));
        }
        if (block instanceof ConvBlock conv) {
            requireImage(in, "conv");
            return new Step(
                    convOutput(in, conv.filters(), conv.kernel(), conv.stride(), conv.padding()),
                    convParameters(in.get(0), conv.filters(), conv.kernel(), conv.bias()));
        }
        if (block instanceof ConvTransposeBlock deconv) {
            requireImage(in, "conv-transpose");
            return new Step(
                    transposedOutput(in, deconv.filters(), deconv.kernel(), deconv.stride(), deconv.padding(), deconv.outputPadding()),
                    convParameters(in.get(0), deconv.filters(), deconv.kernel(), deconv.bias()));
        }
        if (block instanceof UpsampleBlock up) {
            requireImage(in, "upsample");
            return new Step(List.of(in.get(0), in.get(1) * up.factor(), in.get(2) * up.factor()), 0);
        }
        if (block instanceof BatchNormBlock) {
            requireVectorOrImage(in);
            return new Step(in, 2L * in.get(0));
        }
        if (block instanceof ActivationBlock || block instanceof DropoutBlock) {
            return new Step(in, 0);
        }
        if (block instanceof ZeroPadBlock pad) {
            requireImage(in, "zero-pad");
            return new Step(List.of(in.get(0), in.get(1) + pad.top() + pad.bottom(), in.get(2) + pad.left() + pad.right()), 0);
        }
        if (block instanceof FlattenBlock) {
            return new Step(List.of(Math.toIntExact(Shapes.size(in))), 0);
        }
        if (block instanceof ReshapeBlock reshape) {
            if (Shapes.size(reshape.shape()) != Shapes.size(in)) {
                throw new ShapeMismatch("cannot reshape " + Shapes.format(in) + " (" + Shapes.size(in)
                        + " values) to " + Shapes.format(reshape.shape()) + " (" + Shapes.size(reshape.shape())
                        + " values); choose a shape with " + Shapes.size(in) + " values");
            }
            return new Step(reshape.shape(), 0);
        }
        if (block instanceof GlobalAvgPoolBlock) {
            requireImage(in, "global-avg-pool");
            return new Step(List.of(in.get(0)), 0);
        }
        if (block instanceof ProjectionBlock projection) {
            int features = requireVector(in, "projection");
            long units = Shapes.size(projection.shape());
            long parameters = features * units + (projection.bias() ? units : 0) + (projection.norm() == null ? 0 : 2 * units);
            return new Step(projection.shape(), parameters);
        }
        if (block instanceof DecoderBlock decoder) {
            requireImage(in, "decoder");
            List<Integer> out = transposedOutput(in, decoder.filters(), decoder.kernel(), decoder.stride(), decoder.padding(), decoder.outputPadding());
            long normChannels = decoder.order() == Order.PRE ? in.get(0) : decoder.filters();
            long parameters = convParameters(in.get(0), decoder.filters(), decoder.kernel(), decoder.bias())
                    + (decoder.norm() == null ? 0 : 2 * normChannels);
            return new Step(out, parameters);
        }
        if (block instanceof EncoderBlock encoder) {
            return encoderStep(encoder, in);
        }
        throw new IllegalStateException("no shape rule for " + block.kind());
    }

    private static Step encoderStep(EncoderBlock encoder, List<Integer> in) throws ShapeMismatch {
        requireImage(in, "encoder");
        List<Integer> current = in;
        long parameters = 0;
        for (int i = 0; i < encoder.convolutions(); i++) {
            int stride = i == encoder.convolutions() - 1 ? encoder.stride() : 1;
            parameters += convParameters(current.get(0), encoder.filters(), encoder.kernel(), encoder.bias());
            current = convOutput(current, encoder.filters(), encoder.kernel(), stride, encoder.padding());
        }
        if (encoder.norm() != null) {
            parameters += encoder.order() == Order.PRE ? 2L * in.get(0) : 2L * encoder.filters() * encoder.convolutions();
        }
        return new Step(current, parameters);
    }

    private static long convParameters(int inChannels, int filters, int kernel, boolean bias) {
        return (long) inChannels * filters * kernel * kernel + (bias ? filters : 0);
    }

    /** The output length of a convolution along one axis, or -1 if the kernel does not fit. */
    public static int convLength(int in, int kernel, int stride, Padding padding) {
        if (padding instanceof Padding.Same) {
            return (in + stride - 1) / stride;
        }
        int padded = in + 2 * explicitAmount(padding);
        return padded < kernel ? -1 : (padded - kernel) / stride + 1;
    }

    /** The output length of a transposed convolution along one axis. */
    public static int transposedLength(int in, int kernel, int stride, Padding padding, int outputPadding) {
        if (padding instanceof Padding.Same) {
            return in * stride;
        }
        return (in - 1) * stride + kernel - 2 * explicitAmount(padding) + outputPadding;
    }

    private static List<Integer> convOutput(List<Integer> in, int filters, int kernel, int stride, Padding padding) throws ShapeMismatch {
        int height = convLength(in.get(1), kernel, stride, padding);
        int width = convLength(in.get(2), kernel, stride, padding);
        if (height <= 0 || width <= 0) {
            throw new ShapeMismatch("gets " + Shapes.format(in) + ", smaller than its " + kernel + "×" + kernel
                    + " kernel with padding " + padding + "; use padding 'same' or a smaller kernel");
        }
        return List.of(filters, height, width);
    }

    private static List<Integer> transposedOutput(List<Integer> in, int filters, int kernel, int stride, Padding padding, int outputPadding)
            throws ShapeMismatch {
        int height = transposedLength(in.get(1), kernel, stride, padding, outputPadding);
        int width = transposedLength(in.get(2), kernel, stride, padding, outputPadding);
        if (height <= 0 || width <= 0) {
            throw new ShapeMismatch("would output an empty image from " + Shapes.format(in)
                    + " with padding " + padding + "; reduce the padding");
        }
        return List.of(filters, height, width);
    }

    private static int requireVector(List<Integer> in, String kind) throws ShapeMismatch {
        if (in.size() != 1) {
            throw new ShapeMismatch("needs a vector input but gets " + Shapes.format(in)
                    + "; put a 'flatten' (or 'global-avg-pool') block before this " + kind);
        }
        return in.get(0);
    }

    private static void requireImage(List<Integer> in, String kind) throws ShapeMismatch {
        if (in.size() != 3) {
            throw new ShapeMismatch("needs an image input (channels×height×width) but gets " + Shapes.format(in)
                    + "; put a 'reshape' (or 'projection') block before this " + kind);
        }
    }

    private static void requireVectorOrImage(List<Integer> in) throws ShapeMismatch {
        if (in.size() != 1 && in.size() != 3) {
            throw new ShapeMismatch("needs a vector or an image but gets " + Shapes.format(in));
        }
    }

    /** The padding on each side: the explicit amount, or 0 for {@code valid}. */
    private static int explicitAmount(Padding padding) {
        return padding instanceof Padding.Explicit explicit ? explicit.amount() : 0;
    }
}
