package dev.ganforge.examples;

import static dev.ganforge.examples.ImageToImageNetworks.patchGan;
import static dev.ganforge.examples.ImageToImageNetworks.patchGanInstanceNorm;
import static dev.ganforge.examples.ImageToImageNetworks.resnetGenerator;
import static dev.ganforge.examples.ImageToImageNetworks.unetGenerator;

import dev.ganforge.dsl.Data;
import dev.ganforge.dsl.Gan;
import dev.ganforge.dsl.Latent;
import dev.ganforge.dsl.Network;
import dev.ganforge.dsl.Training;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.PluginRef;

/**
 * pix2pix and CycleGAN declared in Java, twins of the YAML examples {@code pix2pix-256.yaml},
 * {@code cyclegan-256.yaml}, {@code cyclegan-128.yaml}, {@code pix2pix-edges-fashion.yaml} and
 * {@code cyclegan-edges-fashion.yaml}, from the networks of {@link ImageToImageNetworks}.
 */
public final class ImageToImageArchitectures {

    /** The role of CycleGAN's second generator, B → A. */
    public static final String GENERATOR_BA = "generator-ba";

    /** The role of CycleGAN's second critic, which judges domain A. */
    public static final String DISCRIMINATOR_A = "discriminator-a";

    private ImageToImageArchitectures() {}

    /**
     * pix2pix for 256×256 RGB: the U-Net with eight downs (G 54,413,955 trainable parameters)
     * and the 70×70 PatchGAN with batch norm on input and output joined (D 2,768,705), PyTorch's
     * counts; on the built-in edges → shapes task.
     */
    public static GanSpec pix2pix256() {
        return pix2pix("pix2pix-256", 3, 256, PluginRef.of("edges").with("images", "synthetic-shapes"),
                unetGenerator(3, 64, 8), patchGan(64, 3),
                Training.builder().optBatchSize(1).optSteps(80_000).optSeed(1).optSampleEvery(1000)
                        .optCheckpointEvery(5000));
    }

    /**
     * pix2pix for Fashion-MNIST's edges → garments at 1×32×32: a U-Net with five downs at width
     * 32 and a PatchGAN with two stride-2 stages at width 32.
     */
    public static GanSpec pix2pixEdgesFashion() {
        return pix2pix("pix2pix-edges-fashion", 1, 32,
                PluginRef.of("edges").with("images", "fashion-mnist").with("pairing", "paired"),
                unetGenerator(1, 32, 5), patchGan(32, 2),
                Training.builder().optBatchSize(32).optSteps(3000).optSeed(1).optSampleEvery(500)
                        .optCheckpointEvery(500));
    }

    /**
     * CycleGAN for 256×256 RGB: two ResNet generators with nine blocks (11,378,179 trainable
     * parameters each) and two 70×70 PatchGANs with instance norm (2,764,737 each), PyTorch's
     * counts; on the built-in edges and shapes from disjoint halves.
     */
    public static GanSpec cyclegan256() {
        return cyclegan("cyclegan-256", 3, 256, PluginRef.of("edges").with("images", "synthetic-shapes")
                        .with("pairing", "unpaired"),
                resnetGenerator(3, 64, 9), patchGanInstanceNorm(64, 3), 1, 200_000, 1000, 5000);
    }

    /** CycleGAN for 128×128 RGB, with the six-block ResNet generators (7,837,699 each). */
    public static GanSpec cyclegan128() {
        return cyclegan("cyclegan-128", 3, 128, PluginRef.of("edges").with("images", "synthetic-shapes")
                        .with("pairing", "unpaired"),
                resnetGenerator(3, 64, 6), patchGanInstanceNorm(64, 3), 1, 200_000, 1000, 5000);
    }

    /**
     * CycleGAN for Fashion-MNIST's edges ↔ garments at 1×32×32, unpaired from disjoint halves:
     * ResNet generators of six blocks at width 16, PatchGANs with two stride-2 stages at width 32.
     */
    public static GanSpec cycleganEdgesFashion() {
        return cyclegan("cyclegan-edges-fashion", 1, 32, PluginRef.of("edges").with("images", "fashion-mnist")
                        .with("pairing", "unpaired"),
                resnetGenerator(1, 16, 6), patchGanInstanceNorm(32, 2), 16, 3000, 500, 500);
    }

    private static GanSpec pix2pix(String name, int channels, int side, PluginRef dataset, Network generator,
            Network critic, Training training) {
        return Gan.named(name)
                .setData(Data.image(channels, side, side).optRange(-1, 1).optDataset(dataset))
                .setLatent(Latent.unused())
                .setGenerator(generator.optOptimizer(adam()))
                .setDiscriminator(critic.optOptimizer(adam()))
                .optRecipe(PluginRef.of("pix2pix"))
                .optLoss(PluginRef.of("bce"))
                .optTraining(training)
                .build();
    }

    private static GanSpec cyclegan(String name, int channels, int side, PluginRef dataset, Network generator,
            Network critic, int batchSize, long steps, int sampleEvery, int checkpointEvery) {
        return Gan.named(name)
                .setData(Data.image(channels, side, side).optRange(-1, 1).optDataset(dataset))
                .setLatent(Latent.unused())
                .setGenerator(generator.optOptimizer(adam()))
                .setDiscriminator(critic.optOptimizer(adam()))
                .optNetwork(GENERATOR_BA, generator)
                .optNetwork(DISCRIMINATOR_A, critic)
                .optRecipe(PluginRef.of("cyclegan"))
                .optLoss(PluginRef.of("least-squares"))
                .optTraining(Training.builder().optBatchSize(batchSize).optSteps(steps).optSeed(1)
                        .optSampleEvery(sampleEvery).optCheckpointEvery(checkpointEvery)
                        .addStrategy(PluginRef.of("linear-decay")))
                .build();
    }

    /** Adam(2e-4, 0.5, 0.999), both recipes' optimiser for every network. */
    private static PluginRef adam() {
        return PluginRef.of("adam").with("lr", 2e-4).with("beta1", 0.5);
    }
}
