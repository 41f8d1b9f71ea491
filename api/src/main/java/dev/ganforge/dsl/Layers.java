package dev.ganforge.dsl;

import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BlockSpec;
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
        return Layer.of(BlockSpec.of("upsample").with("factor", factor));
    }

    /** Batch normalisation with PyTorch's defaults (momentum 0.9 here, epsilon 1e-5). */
    public static Layer batchNorm() {
        return Layer.of(BlockSpec.of("batch-norm"));
    }

    /** Batch normalisation; momentum is the weight of the old statistic (Keras' convention). */
    public static Layer batchNorm(double momentum) {
        return Layer.of(BlockSpec.of("batch-norm").with("momentum", momentum));
    }

    /** Batch normalisation with its momentum and epsilon (Keras' defaults are 0.99 and 1e-3). */
    public static Layer batchNorm(double momentum, double epsilon) {
        return Layer.of(BlockSpec.of("batch-norm").with("momentum", momentum).with("epsilon", epsilon));
    }

    /**
     * Class-conditional batch normalisation, {@code γ[y]·BN(x) + β[y]} with a gain and bias per
     * class (de Vries et al. 2017), as SNGAN's conditional generators use it; PyTorch's defaults
     * for the normalisation. Only a conditional GAN can use it: the classes are the spec's.
     */
    public static Layer conditionalBatchNorm() {
        return Layer.of(BlockSpec.of("conditional-batch-norm"));
    }

    /** Class-conditional batch normalisation; momentum is the weight of the old statistic. */
    public static Layer conditionalBatchNorm(double momentum) {
        return Layer.of(BlockSpec.of("conditional-batch-norm").with("momentum", momentum));
    }

    /** Class-conditional batch normalisation with its momentum and epsilon. */
    public static Layer conditionalBatchNorm(double momentum, double epsilon) {
        return Layer.of(BlockSpec.of("conditional-batch-norm").with("momentum", momentum).with("epsilon", epsilon));
    }

    /** An activation block. */
    public static Layer activation(Activation activation) {
        return Layer.of(BlockSpec.of("activation").with("function", activation));
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
        return Layer.of(BlockSpec.of("dropout").with("rate", rate));
    }

    /** Zero padding of an image: rows above and below, columns left and right. */
    public static Layer zeroPad(int top, int bottom, int left, int right) {
        return Layer.of(BlockSpec.of("zero-pad").with("top", top).with("bottom", bottom).with("left", left)
                .with("right", right));
    }

    public static Layer flatten() {
        return Layer.of(BlockSpec.of("flatten"));
    }

    /** Reshapes each sample to {@code shape}. */
    public static Layer reshape(int... shape) {
        return Layer.of(BlockSpec.of("reshape").with("shape", Arrays.stream(shape).boxed().toList()));
    }

    public static Layer globalAvgPool() {
        return Layer.of(BlockSpec.of("global-avg-pool"));
    }

    /** The sum of each channel over height and width: SNGAN's critics pool so (Miyato et al. 2018). */
    public static Layer globalSumPool() {
        return Layer.of(BlockSpec.of("global-sum-pool"));
    }

    /** Averages each {@code size}×{@code size} window, windows side by side: down-sampling by {@code size}. */
    public static Layer avgPool(int size) {
        return Layer.of(BlockSpec.of("avg-pool").with("size", size));
    }

    /** Instance normalisation without a learned scale and shift, as CycleGAN uses it (Ulyanov et al. 2016). */
    public static Layer instanceNorm() {
        return Layer.of(BlockSpec.of("instance-norm"));
    }

    /** Instance normalisation that learns a scale and shift per channel when {@code affine}. */
    public static Layer instanceNorm(boolean affine) {
        return Layer.of(BlockSpec.of("instance-norm").with("affine", affine));
    }

    /** Pads every side with {@code size} mirrored pixels, as PyTorch's ReflectionPad2d. */
    public static Layer reflectionPad(int size) {
        return Layer.of(BlockSpec.of("reflection-pad").with("size", size));
    }

    /** A residual block, {@code body(x) + shortcut(x)}; the shortcut is the identity unless set. */
    public static Residual residual(Layer... body) {
        return new Residual(body);
    }

    /** A U-Net skip connection, {@code concat(x, body(x))} along the channels (pix2pix). */
    public static Layer skip(Layer... body) {
        return Layer.of(BlockSpec.of("skip").with("body", Residual.blocks(body)));
    }

    /**
     * A block of any installed kind by its YAML name, with parameters set by name: how Java uses
     * a block kind a plugin jar adds, e.g. {@code block("self-attention").with("channels", 64)}.
     */
    public static GenericBlock block(String kind) {
        return new GenericBlock(kind);
    }
}
