package org.example.gan;

import static dev.ganforge.dsl.Layers.convTranspose;
import static dev.ganforge.dsl.Layers.decoder;
import static dev.ganforge.dsl.Layers.dense;
import static dev.ganforge.dsl.Layers.encoder;
import static dev.ganforge.dsl.Layers.flatten;
import static dev.ganforge.dsl.Layers.projection;
import static dev.ganforge.dsl.Layers.tanh;

import dev.ganforge.dsl.Data;
import dev.ganforge.dsl.Gan;
import dev.ganforge.dsl.Latent;
import dev.ganforge.dsl.Network;
import dev.ganforge.dsl.Training;
import dev.ganforge.engine.api.Ganforge;
import dev.ganforge.engine.api.Run;
import dev.ganforge.engine.api.SampleOptions;
import dev.ganforge.engine.api.TrainingOptions;
import dev.ganforge.engine.api.WrittenSamples;
import dev.ganforge.engine.run.RunListener;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.PluginRef;
import java.nio.file.Path;

/**
 * A small DCGAN on ganforge's built-in synthetic-shapes dataset, declared in Java: prints its
 * summary, trains it a few steps and writes a grid of its samples.
 *
 * <p>{@code java org.example.gan.ShapesGan OUT [STEPS]}: the run directory OUT (new), 20 steps by default.
 */
public final class ShapesGan {

    private ShapesGan() {}

    /** The GAN: 28×28 grey images in [-1, 1], 32 noise values. */
    public static GanSpec spec(long steps) {
        PluginRef adam = PluginRef.of("adam").with("lr", 5e-4).with("beta1", 0.5);
        return Gan.named("shapes-example")
                .setData(Data.image(1, 28, 28).optRange(-1, 1).optDataset(PluginRef.of("synthetic-shapes")))
                .setLatent(Latent.normal(32))
                .setGenerator(Network.of(
                                projection(64, 7, 7).optNorm(BatchNormBlock.DEFAULT).optActivation(Activation.relu()),
                                decoder(32),
                                convTranspose(1).optKernel(4).optStride(2),
                                tanh())
                        .optOptimizer(adam))
                .setDiscriminator(Network.of(
                                encoder(32, 64).optNoNorm(),
                                flatten(),
                                dense(1))
                        .optOptimizer(adam))
                .optLoss(PluginRef.of("bce"))
                .optTraining(Training.builder().optBatchSize(32).optSteps(steps).optSeed(1))
                .build();
    }

    /** Prints the summary, trains a new run in {@code args[0]} for {@code args[1]} steps and writes a grid of 64 samples. */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "runs/shapes-example");
        long steps = args.length > 1 ? Long.parseLong(args[1]) : 20;
        GanSpec spec = spec(steps);

        System.out.print(Ganforge.describe(spec).text());

        Ganforge.train(spec, out, TrainingOptions.builder().addListener(RunListener.progress(System.err)).build());

        try (Run run = Ganforge.open(out)) {
            WrittenSamples grid = run.write(out.resolve("grid.png"), SampleOptions.of(64));
            System.out.println("trained " + run.step() + " steps; 64 samples in " + grid.file() + " and " + grid.images());
        }
    }
}
