package dev.ganforge.examples;

import static dev.ganforge.dsl.Layers.avgPool;
import static dev.ganforge.dsl.Layers.batchNorm;
import static dev.ganforge.dsl.Layers.conv;
import static dev.ganforge.dsl.Layers.convTranspose;
import static dev.ganforge.dsl.Layers.decoder;
import static dev.ganforge.dsl.Layers.dense;
import static dev.ganforge.dsl.Layers.dropout;
import static dev.ganforge.dsl.Layers.encoder;
import static dev.ganforge.dsl.Layers.flatten;
import static dev.ganforge.dsl.Layers.globalAvgPool;
import static dev.ganforge.dsl.Layers.globalSumPool;
import static dev.ganforge.dsl.Layers.leakyRelu;
import static dev.ganforge.dsl.Layers.projection;
import static dev.ganforge.dsl.Layers.relu;
import static dev.ganforge.dsl.Layers.reshape;
import static dev.ganforge.dsl.Layers.residual;
import static dev.ganforge.dsl.Layers.sigmoid;
import static dev.ganforge.dsl.Layers.upsample;
import static dev.ganforge.dsl.Layers.zeroPad;

import dev.ganforge.dsl.Conv;
import dev.ganforge.dsl.Data;
import dev.ganforge.dsl.Gan;
import dev.ganforge.dsl.Latent;
import dev.ganforge.dsl.Layer;
import dev.ganforge.dsl.Network;
import dev.ganforge.dsl.Training;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.Order;
import dev.ganforge.spec.PluginRef;

/** The networks users bring, declared in Java. */
public final class SeedArchitectures {

    private SeedArchitectures() {}

    /**
     * The "seed-000" MNIST DCGAN with pre-activation blocks: G 1,300,801 and D 1,080,577
     * trainable parameters, as in PyTorch. The discriminator outputs logits.
     */
    public static GanSpec mnistDcgan() {
        return Gan.named("seed-000-mnist-dcgan")
                .setData(Data.image(1, 28, 28).optRange(0, 1).optDataset(PluginRef.of("fashion-mnist")))
                .setLatent(Latent.normal(100))
                .setGenerator(Network.of(
                                projection(128, 7, 7),
                                decoder(128, 64).optKernel(5).optStride(2).optOrder(Order.PRE),
                                decoder(32, 1).optKernel(5).optStride(1).optOrder(Order.PRE),
                                sigmoid())
                        .optOptimizer(rmsprop(1e-4)))
                .setDiscriminator(Network.of(
                                encoder(32, 64, 128).optKernel(5).optNoNorm().optOrder(Order.PRE),
                                encoder(256).optKernel(5).optStride(1).optNoNorm().optOrder(Order.PRE),
                                flatten(),
                                dense(1))
                        .optOptimizer(rmsprop(2e-4)))
                .optLoss(PluginRef.of("bce"))
                .optTraining(Training.builder().optBatchSize(64).optSampleEvery(500))
                .build();
    }

    /**
     * The CelebA-style DCGAN built from encoder and decoder stages (capacity 16, kernel 5,
     * 64×64 RGB in [-1, 1]).
     */
    public static GanSpec celebaEncoderDecoder() {
        Activation leaky = Activation.leakyRelu(0.3);
        PluginRef adam = PluginRef.of("adam").with("lr", 2e-4);
        return Gan.named("celeba-encoder-decoder")
                .setData(Data.image(3, 64, 64).optRange(-1, 1))
                .setLatent(Latent.normal(100))
                .setGenerator(Network.of(
                                projection(128, 4, 4).optNorm(BatchNormBlock.DEFAULT),
                                decoder(64, 32, 16, 16).optKernel(5).optActivation(leaky),
                                conv(3).optKernel(5).optActivation(Activation.tanh()))
                        .optOptimizer(adam))
                .setDiscriminator(Network.of(
                                encoder(16, 32, 64, 128).optKernel(5).optConvolutions(2).optActivation(leaky),
                                globalAvgPool(),
                                dense(1))
                        .optOptimizer(adam))
                .build();
    }

    /**
     * The 64×64 RGB DCGAN of Radford et al. as in PyTorch's example: G 3,576,704 and D 2,765,568
     * trainable parameters.
     */
    public static GanSpec dcgan64() {
        PluginRef adam = PluginRef.of("adam").with("lr", 2e-4).with("beta1", 0.5);
        return Gan.named("dcgan-64")
                .setData(Data.image(3, 64, 64).optRange(-1, 1))
                .setLatent(Latent.normal(100))
                .setGenerator(Network.of(
                                reshape(100, 1, 1),
                                decoder(512).optKernel(4).optStride(1).optPadding(0).optBias(false),
                                decoder(256, 128, 64).optKernel(4).optStride(2).optPadding(1).optBias(false),
                                convTranspose(3).optKernel(4).optStride(2).optPadding(1).optBias(false)
                                        .optActivation(Activation.tanh()))
                        .optOptimizer(adam))
                .setDiscriminator(Network.of(
                                conv(64).optKernel(4).optStride(2).optPadding(1).optBias(false)
                                        .optActivation(Activation.leakyRelu(0.2)),
                                encoder(128, 256, 512).optKernel(4).optStride(2).optPadding(1).optBias(false),
                                conv(1).optKernel(4).optStride(1).optPadding(0).optBias(false))
                        .optOptimizer(adam))
                .build();
    }

    /**
     * The ResNet SNGAN of Miyato et al. 2018 for 32×32 RGB, as Mimicry's {@code sngan_32}: G
     * 4,276,739 and D 1,053,825 trainable parameters, PyTorch's counts.
     */
    public static GanSpec sngan32() {
        PluginRef adam = PluginRef.of("adam").with("lr", 2e-4).with("beta1", 0.0).with("beta2", 0.9);
        Layer[] upBlock = {residual(batchNorm(), relu(), upsample(2), conv(256), batchNorm(), relu(), conv(256))
                .optShortcut(upsample(2), conv(256).optKernel(1))};
        return Gan.named("sngan-32")
                .setData(Data.image(3, 32, 32).optRange(-1, 1).optDataset(PluginRef.of("synthetic-shapes")))
                .setLatent(Latent.normal(128))
                .setGenerator(Network.of(projection(256, 4, 4)).add(upBlock).add(upBlock).add(upBlock)
                        .add(batchNorm(), relu(), conv(3).optActivation(Activation.tanh()))
                        .optOptimizer(adam))
                .setDiscriminator(snganCritic(128).optOptimizer(adam))
                .optLoss(PluginRef.of("hinge"))
                .optTraining(Training.builder().optBatchSize(64).optSteps(100_000).optSeed(1).optSampleEvery(1000)
                        .optCheckpointEvery(5000).addStrategy(PluginRef.of("n-critic").with("steps", 5)))
                .build();
    }

    /**
     * The ResNet SNGAN of {@link #sngan32()} scaled to 1×28×28 Fashion-MNIST at width 64: two
     * up-sampling blocks (7 → 14 → 28) in G, its critic at width 64 too; G 561,793 and D 263,489 trainable
     * parameters. One critic update per generator update (bench/sngan-vs-dcgan.sh).
     */
    public static GanSpec snganFashion() {
        PluginRef adam = PluginRef.of("adam").with("lr", 2e-4).with("beta1", 0.0).with("beta2", 0.9);
        Layer[] upBlock = {residual(batchNorm(), relu(), upsample(2), conv(64), batchNorm(), relu(), conv(64))
                .optShortcut(upsample(2), conv(64).optKernel(1))};
        return Gan.named("sngan-fashion")
                .setData(Data.image(1, 28, 28).optRange(-1, 1).optDataset(PluginRef.of("fashion-mnist")))
                .setLatent(Latent.normal(128))
                .setGenerator(Network.of(projection(64, 7, 7)).add(upBlock).add(upBlock)
                        .add(batchNorm(), relu(), conv(1).optActivation(Activation.tanh()))
                        .optOptimizer(adam))
                .setDiscriminator(snganCritic(64).optOptimizer(adam))
                .optLoss(PluginRef.of("hinge"))
                .optTraining(Training.builder().optBatchSize(64).optSteps(1000).optSeed(1).optSampleEvery(250)
                        .optCheckpointEvery(250).addStrategy(PluginRef.of("n-critic").with("steps", 1)))
                .build();
    }

    /**
     * AC-GAN (Odena et al. 2017) on Fashion-MNIST: a DCGAN whose generator joins a 32-wide label
     * embedding to its noise and whose discriminator also classifies what it scores, both losses
     * adding the cross-entropy of that classification.
     */
    public static GanSpec fashionAcgan() {
        PluginRef adam = PluginRef.of("adam").with("lr", 2e-4).with("beta1", 0.5);
        return Gan.named("fashion-acgan")
                .setData(Data.image(1, 28, 28).optRange(-1, 1).optDataset(PluginRef.of("fashion-mnist")))
                .setLatent(Latent.normal(64))
                .setGenerator(Network.of(
                                projection(128, 7, 7).optNorm(BatchNormBlock.DEFAULT).optActivation(Activation.relu()),
                                decoder(64).optKernel(4),
                                convTranspose(1).optKernel(4).optStride(2).optActivation(Activation.tanh()))
                        .optOptimizer(adam))
                .setDiscriminator(Network.of(
                                encoder(64).optKernel(4).optNoNorm(),
                                encoder(128).optKernel(4),
                                flatten(),
                                dense(1))
                        .optOptimizer(adam))
                .optConditioning(10, PluginRef.of("auxiliary-classifier").with("embedding", 32))
                .optLoss(PluginRef.of("bce"))
                .optTraining(Training.builder().optBatchSize(64).optSteps(2000).optSeed(1).optSampleEvery(500)
                        .optCheckpointEvery(500))
                .build();
    }

    /**
     * SNGAN's ResNet critic of width {@code filters}: an optimised first down block (no activation
     * before its first convolution), a down block, two plain blocks, ReLU, a sum over the pixels
     * and one dense unit, every weight spectrally normalised.
     */
    private static Network snganCritic(int filters) {
        return Network.of(
                residual(snConv(filters), relu(), snConv(filters), avgPool(2))
                        .optShortcut(avgPool(2), snConv(filters).optKernel(1)),
                residual(relu(), snConv(filters), relu(), snConv(filters), avgPool(2))
                        .optShortcut(snConv(filters).optKernel(1), avgPool(2)),
                residual(relu(), snConv(filters), relu(), snConv(filters)),
                residual(relu(), snConv(filters), relu(), snConv(filters)),
                relu(),
                globalSumPool(),
                dense(1).optSpectralNorm());
    }

    private static Conv snConv(int filters) {
        return conv(filters).optSpectralNorm();
    }

    /** The Keras MNIST GAN with up-sampling in G and dropout in D, data in [-1, 1]. */
    public static GanSpec mnistUpsampleDropout() {
        BatchNormBlock keras08 = new BatchNormBlock(0.8, 1e-3);
        return Gan.named("mnist-upsample-dropout")
                .setData(Data.image(1, 28, 28).optRange(-1, 1))
                .setLatent(Latent.normal(100))
                .setGenerator(Network.of(
                        projection(128, 7, 7).optActivation(Activation.relu()),
                        upsample(2),
                        conv(128).optKernel(3).optActivation(Activation.relu()),
                        batchNorm(0.8, 1e-3),
                        upsample(2),
                        conv(64).optKernel(3).optActivation(Activation.relu()),
                        batchNorm(0.8, 1e-3),
                        conv(1).optKernel(3).optActivation(Activation.tanh())))
                .setDiscriminator(Network.of(
                        conv(32).optKernel(3).optStride(2).optActivation(Activation.leakyRelu(0.2)),
                        dropout(0.25),
                        conv(64).optKernel(3).optStride(2),
                        zeroPad(0, 1, 0, 1),
                        batchNorm(0.8, 1e-3),
                        leakyRelu(0.2),
                        dropout(0.25),
                        encoder(128).optKernel(3).optStride(2).optNorm(keras08).optDropout(0.25),
                        encoder(256).optKernel(3).optStride(1).optNorm(keras08).optDropout(0.25),
                        flatten(),
                        dense(1)))
                .build();
    }

    private static PluginRef rmsprop(double learningRate) {
        return PluginRef.of("rmsprop").with("lr", learningRate).with("rho", 0.9);
    }
}
