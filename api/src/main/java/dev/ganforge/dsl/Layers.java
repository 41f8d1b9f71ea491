package dev.ganforge.dsl;

import dev.ganforge.spec.Activation;
import dev.ganforge.spec.ActivationBlock;
import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.spec.DropoutBlock;
import dev.ganforge.spec.FlattenBlock;
import dev.ganforge.spec.GlobalAvgPoolBlock;
import dev.ganforge.spec.ReshapeBlock;
import dev.ganforge.spec.UpsampleBlock;
import dev.ganforge.spec.ZeroPadBlock;
import java.util.Arrays;

/**
 * The block vocabulary, for {@code import static dev.ganforge.dsl.Layers.*}. Composite stages
 * ({@link #projection}, {@link #decoder}, {@link #encoder}) and primitives; the builders return
 * objects with {@code opt} methods for everything that has a default.
 */
public final class Layers {

    private Layers() {}

    /** Dense onto {@code C·H·W} values, reshaped to {@code C×H×W} (or any other shape). */
    public static Projection projection(int... shape) {
        return new Projection(shape);
    }

    /** One up-sampling stage per filter count. */
    public static Decoder decoder(int... filters) {
        return new Decoder(filters);
    }

    /** One down-sampling stage per filter count. */
    public static Encoder encoder(int... filters) {
        return new Encoder(filters);
    }

    /** A fully connected layer with {@code units} outputs. */
    public static Dense dense(int units) {
        return new Dense(units);
    }

    /** One convolution per filter count. */
    public static Conv conv(int... filters) {
        return new Conv(filters);
    }

    /** One transposed convolution per filter count. */
    public static ConvTranspose convTranspose(int... filters) {
        return new ConvTranspose(filters);
    }

    /** Nearest-neighbour up-sampling by {@code factor}. */
    public static Layer upsample(int factor) {
        return Layer.of(new UpsampleBlock(factor));
    }

    /** Batch normalisation with PyTorch's defaults (momentum 0.9 here, epsilon 1e-5). */
    public static Layer batchNorm() {
        return Layer.of(BatchNormBlock.DEFAULT);
    }

    /** Batch normalisation; momentum is the weight of the old statistic (Keras' convention). */
    public static Layer batchNorm(double momentum) {
        return Layer.of(new BatchNormBlock(momentum, BatchNormBlock.DEFAULT.epsilon()));
    }

    /** Batch normalisation with its momentum and epsilon (Keras' defaults are 0.99 and 1e-3). */
    public static Layer batchNorm(double momentum, double epsilon) {
        return Layer.of(new BatchNormBlock(momentum, epsilon));
    }

    /** An activation block. */
    public static Layer activation(Activation activation) {
        return Layer.of(new ActivationBlock(activation));
    }

    public static Layer relu() {
        return activation(Activation.relu());
    }

    public static Layer leakyRelu(double alpha) {
        return activation(Activation.leakyRelu(alpha));
    }

    public static Layer tanh() {
        return activation(Activation.tanh());
    }

    public static Layer sigmoid() {
        return activation(Activation.sigmoid());
    }

    /** Dropout of {@code rate} of the values during training. */
    public static Layer dropout(double rate) {
        return Layer.of(new DropoutBlock(rate));
    }

    /** Zero padding of an image: rows above and below, columns left and right. */
    public static Layer zeroPad(int top, int bottom, int left, int right) {
        return Layer.of(new ZeroPadBlock(top, bottom, left, right));
    }

    public static Layer flatten() {
        return Layer.of(new FlattenBlock());
    }

    /** Reshapes each sample to {@code shape}. */
    public static Layer reshape(int... shape) {
        return Layer.of(new ReshapeBlock(Arrays.stream(shape).boxed().toList()));
    }

    public static Layer globalAvgPool() {
        return Layer.of(new GlobalAvgPoolBlock());
    }
}
