package dev.ganforge.examples;

import static dev.ganforge.dsl.Layers.batchNorm;
import static dev.ganforge.dsl.Layers.conv;
import static dev.ganforge.dsl.Layers.convTranspose;
import static dev.ganforge.dsl.Layers.dropout;
import static dev.ganforge.dsl.Layers.encoder;
import static dev.ganforge.dsl.Layers.instanceNorm;
import static dev.ganforge.dsl.Layers.leakyRelu;
import static dev.ganforge.dsl.Layers.reflectionPad;
import static dev.ganforge.dsl.Layers.relu;
import static dev.ganforge.dsl.Layers.residual;
import static dev.ganforge.dsl.Layers.skip;

import dev.ganforge.dsl.Layer;
import dev.ganforge.dsl.Network;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BlockSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The networks of CycleGAN (Zhu et al. 2017) and pix2pix (Isola et al. 2017) written from blocks,
 * in the layouts of their reference implementation's {@code define_G} and {@code define_D}: the
 * ResNet generator, the U-Net generator and the PatchGAN critic. Each method is what a YAML group
 * is in a spec file: a recipe for blocks with parameters. A convolution followed by batch norm has
 * no bias (the norm's shift replaces it); followed by instance norm without affine parameters it
 * keeps one.
 */
public final class ImageToImageNetworks {

    private static final Activation LEAKY = Activation.leakyRelu(0.2);

    private ImageToImageNetworks() {}

    /**
     * CycleGAN's ResNet generator: reflection pad 3, a 7×7 convolution to {@code filters}, two
     * stride-2 3×3 convolutions down to 4·{@code filters}, {@code blocks} residual blocks, two
     * stride-2 transposed convolutions back up (output padding 1 doubles the size exactly), and a
     * reflection-padded 7×7 convolution to {@code channels} with tanh. Instance norm and ReLU after
     * every other convolution; no dropout (CycleGAN trains without it).
     *
     * @param channels the image's channels, in and out
     * @param filters the first convolution's width (the reference's ngf, 64)
     * @param blocks residual blocks: 9 for 256×256, 6 for 128×128
     */
    public static Network resnetGenerator(int channels, int filters, int blocks) {
        Network network = Network.of(reflectionPad(3), conv(filters).optKernel(7).optPadding(0), instanceNorm(), relu(),
                resnetDown(2 * filters), resnetDown(4 * filters));
        for (int i = 0; i < blocks; i++) {
            network.add(resnetBlock(4 * filters));
        }
        return network.add(resnetUp(2 * filters), resnetUp(filters),
                reflectionPad(3), conv(channels).optKernel(7).optPadding(0).optActivation(Activation.tanh()));
    }

    /** {@code x + (reflect 1, conv 3×3, instance norm, ReLU, reflect 1, conv 3×3, instance norm)(x)}. */
    public static Layer resnetBlock(int channels) {
        return residual(reflectionPad(1), conv(channels).optPadding(0), instanceNorm(), relu(),
                reflectionPad(1), conv(channels).optPadding(0), instanceNorm());
    }

    private static Layer resnetDown(int filters) {
        return layers(conv(filters).optStride(2).optPadding(1), instanceNorm(), relu());
    }

    private static Layer resnetUp(int filters) {
        return layers(convTranspose(filters).optKernel(3).optStride(2).optPadding(1).optOutputPadding(1),
                instanceNorm(), relu());
    }

    /**
     * pix2pix's U-Net generator with batch norm: {@code downs} stride-2 4×4 convolutions halve the
     * image down to 1×1 (8 for 256×256, 5 for 32×32), widths {@code filters} × 1, 2, 4, 8, 8, …; as
     * many 4×4 transposed convolutions double it back, each stage's output joined to the input of
     * its mirror stage by a {@link dev.ganforge.dsl.Layers#skip skip}. Dropout 0.5 follows the up
     * stage of each skip between two 8·{@code filters} widths except the innermost one (three for
     * 8 downs); the last transposed convolution ends in tanh.
     *
     * @param channels the image's channels, in and out
     * @param filters the first convolution's width (the reference's ngf, 64)
     * @param downs down-samplings, at least 2
     */
    public static Network unetGenerator(int channels, int filters, int downs) {
        int[] widths = new int[downs];
        for (int level = 0; level < downs; level++) {
            widths[level] = filters * Math.min(1 << level, 8);
        }
        return Network.of(downConv(widths[0]), unetSkip(widths, 1), relu(),
                convTranspose(channels).optKernel(4).optStride(2).optPadding(1).optActivation(Activation.tanh()));
    }

    /**
     * The skip around down-sampling stage {@code level} and its mirror: LeakyReLU, down, batch
     * norm, the next level's skip, ReLU, up, batch norm (dropout between two widest widths); the
     * innermost level has no norm at the 1×1 bottleneck and nothing inside.
     */
    private static Layer unetSkip(int[] widths, int level) {
        int outer = widths[level - 1];
        int inner = widths[level];
        if (level == widths.length - 1) {
            return skip(leakyRelu(0.2), downConv(inner), unetUp(outer));
        }
        List<Layer> body = new ArrayList<>(List.of(unetDown(inner), unetSkip(widths, level + 1), unetUp(outer)));
        if (outer == inner) {
            body.add(dropout(0.5));
        }
        return skip(body.toArray(Layer[]::new));
    }

    /** LeakyReLU 0.2, a stride-2 4×4 convolution without bias, batch norm: the YAML examples' {@code down} group. */
    public static Layer unetDown(int filters) {
        return layers(leakyRelu(0.2), downConv(filters), batchNorm());
    }

    /** ReLU, a stride-2 4×4 transposed convolution without bias, batch norm: the YAML examples' {@code up} group. */
    public static Layer unetUp(int filters) {
        return layers(relu(), convTranspose(filters).optKernel(4).optStride(2).optPadding(1).optBias(false), batchNorm());
    }

    private static Layer downConv(int filters) {
        return conv(filters).optKernel(4).optStride(2).optPadding(1).optBias(false);
    }

    /**
     * The PatchGAN critic ({@code NLayerDiscriminator}) with batch norm: a 4×4 stride-2
     * convolution to {@code filters} with LeakyReLU 0.2, {@code layers - 1} more stride-2 stages and
     * one stride-1 stage (convolution without bias, batch norm, LeakyReLU; widths doubling up to
     * 8·{@code filters}), and a 4×4 convolution to one score per patch, all with padding 1. With 3
     * layers each score sees a 70×70 patch; a 256×256 image gets 30×30 scores.
     */
    public static Network patchGan(int filters, int layers) {
        Network network = Network.of(conv(filters).optKernel(4).optStride(2).optPadding(1).optActivation(LEAKY));
        for (int n = 1; n <= layers; n++) {
            network.add(encoder(patchWidth(filters, n)).optKernel(4).optStride(n < layers ? 2 : 1).optPadding(1)
                    .optBias(false));
        }
        return network.add(scores());
    }

    /**
     * The PatchGAN critic with instance norm, as CycleGAN's: as {@link #patchGan(int, int)}, but each
     * stage a convolution with bias, instance norm (no affine parameters) and LeakyReLU 0.2.
     */
    public static Network patchGanInstanceNorm(int filters, int layers) {
        Network network = Network.of(conv(filters).optKernel(4).optStride(2).optPadding(1).optActivation(LEAKY));
        for (int n = 1; n <= layers; n++) {
            network.add(conv(patchWidth(filters, n)).optKernel(4).optStride(n < layers ? 2 : 1).optPadding(1),
                    instanceNorm(), leakyRelu(0.2));
        }
        return network.add(scores());
    }

    private static int patchWidth(int filters, int stage) {
        return filters * Math.min(1 << stage, 8);
    }

    private static Layer scores() {
        return conv(1).optKernel(4).optStride(1).optPadding(1);
    }

    /** Several layers as one, in order: a Java method returning this is what a YAML group is. */
    private static Layer layers(Layer... layers) {
        return () -> {
            List<BlockSpec> blocks = new ArrayList<>();
            for (Layer layer : layers) {
                blocks.addAll(layer.toBlocks());
            }
            return blocks;
        };
    }
}
