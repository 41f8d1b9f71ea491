package dev.ganforge.yaml;

import static dev.ganforge.dsl.Layers.*;

import dev.ganforge.dsl.Data;
import dev.ganforge.dsl.Gan;
import dev.ganforge.dsl.Latent;
import dev.ganforge.dsl.Network;
import dev.ganforge.dsl.Training;
import dev.ganforge.spec.TrainingEngine;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.Order;
import dev.ganforge.spec.Padding;
import dev.ganforge.spec.PluginRef;

/** Specs built with the Java DSL, shared by the YAML tests. */
final class SampleSpecs {

    private SampleSpecs() {}

    /** The example of the DSL's package documentation; {@code mnist-dcgan.yaml} declares the same. */
    static GanSpec mnistDcgan() {
        return Gan.named("mnist-dcgan")
                .setData(Data.image(1, 28, 28).optRange(0, 1))
                .setLatent(Latent.normal(100))
                .setGenerator(Network.of(
                        projection(128, 7, 7),
                        decoder(128, 64).optKernel(5).optOrder(Order.PRE),
                        decoder(32, 1).optKernel(5).optStride(1).optOrder(Order.PRE),
                        sigmoid()))
                .setDiscriminator(Network.of(
                        encoder(32, 64, 128).optKernel(5).optNoNorm().optOrder(Order.PRE),
                        flatten(),
                        dense(1)))
                .build();
    }

    /** Every option of every composite set away from its default, conditioning, strategies, metrics and plugin parameters. */
    static GanSpec everyOption() {
        return Gan.named("every option: v2")
                .setData(Data.image(3, 32, 32).optRange(-1, 1).optDataset(PluginRef.of("image-folder")
                        .with("path", "/data/celeba faces").with("recursive", true).with("limit", 1000)
                        .with("answer", "yes").with("code", "10")))
                .setLatent(Latent.uniform(64))
                .setGenerator(Network.of(
                                projection(256, 4, 4).optBias(false).optNorm(new BatchNormBlock(0.8, 1e-3))
                                        .optActivation(Activation.leakyRelu(0.1)),
                                decoder(128, 64).optKernel(3).optStride(2).optPadding(1).optOutputPadding(1)
                                        .optBias(false).optNorm(new BatchNormBlock(0.95, 2e-5))
                                        .optActivation(Activation.leakyRelu(0.3)).optOrder(Order.PRE),
                                convTranspose(32).optKernel(4).optStride(2).optPadding(Padding.same()).optBias(false)
                                        .optActivation(Activation.relu()),
                                zeroPad(1, 1, 1, 1),
                                conv(3).optKernel(3).optStride(1).optPadding(Padding.valid())
                                        .optActivation(Activation.tanh()).optSpectralNorm())
                        .optOptimizer(PluginRef.of("adam").with("lr", 2e-4).with("beta1", 0.5).with("amsgrad", false)))
                .setDiscriminator(Network.of(
                                encoder(32, 64).optKernel(5).optStride(2).optPadding(2).optBias(false)
                                        .optConvolutions(2).optNoNorm().optActivation(Activation.leakyRelu(0.3))
                                        .optDropout(0.25).optOrder(Order.PRE).optSpectralNorm(),
                                batchNorm(0.8, 1e-3),
                                upsample(2),
                                globalAvgPool(),
                                dropout(0.3),
                                dense(1).optBias(false).optActivation(Activation.sigmoid()).optSpectralNorm())
                        .optOptimizer(PluginRef.of("rmsprop").with("lr", 1e-4).with("rho", 0.9)
                                .with("clip", Double.POSITIVE_INFINITY)))
                .optLoss(PluginRef.of("wasserstein-gp").with("lambda", 10))
                .optConditioning(10, PluginRef.of("label-channels").with("embedding", 50).with("mode", "concat"))
                .optTraining(Training.builder().optBatchSize(128).optSteps(20_000).optSeed(-7).optSampleEvery(250)
                        .optCheckpointEvery(2000)
                        .addStrategy(PluginRef.of("n-critic").with("steps", 5))
                        .addStrategy(PluginRef.of("ema"))
                        .addStrategy(PluginRef.of("label-smoothing").with("real", 0.9))
                        .optEvaluateEvery(1000)
                        .addMetric(PluginRef.of("classifier-fid").with("samples", 5000))
                        .optEngine(TrainingEngine.MXNET))
                .build();
    }

    /** A GAN on points in the plane, of dense blocks and primitives. */
    static GanSpec points() {
        return Gan.named("points")
                .setData(Data.vector(2).optRange(-4, 4))
                .setLatent(Latent.normal(8))
                .setGenerator(Network.of(
                        dense(32).optActivation(Activation.relu()),
                        batchNorm(),
                        dense(32).optActivation(Activation.leakyRelu()),
                        dropout(0.1),
                        dense(2)))
                .setDiscriminator(Network.of(dense(32).optActivation(Activation.leakyRelu(0.2)), dense(1)))
                .build();
    }

    /** Keras-style up-sampling with plain convolutions, reshape and flatten. */
    static GanSpec upsampling() {
        return Gan.named("upsampling")
                .setData(Data.image(1, 28, 28))
                .setLatent(Latent.normal(100))
                .setGenerator(Network.of(
                        dense(128 * 7 * 7),
                        reshape(128, 7, 7),
                        upsample(2),
                        conv(64).optActivation(Activation.relu()),
                        upsample(2),
                        conv(1).optActivation(Activation.tanh())))
                .setDiscriminator(Network.of(
                        conv(16, 32).optStride(2).optActivation(Activation.leakyRelu()),
                        flatten(),
                        dense(1)))
                .build();
    }
}
