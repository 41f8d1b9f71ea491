package dev.ganforge.plugins.train;

import static dev.ganforge.dsl.Layers.conv;
import static dev.ganforge.dsl.Layers.decoder;
import static dev.ganforge.dsl.Layers.dense;
import static dev.ganforge.dsl.Layers.encoder;
import static dev.ganforge.dsl.Layers.flatten;
import static dev.ganforge.dsl.Layers.projection;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.ganforge.dsl.Data;
import dev.ganforge.dsl.Gan;
import dev.ganforge.dsl.Latent;
import dev.ganforge.dsl.Network;
import dev.ganforge.dsl.Training;
import dev.ganforge.engine.compile.GanCompiler;
import dev.ganforge.engine.condition.Conditioning;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.loss.GanLoss;
import dev.ganforge.engine.optim.AdamOptimizer;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.train.GanTrainer;
import dev.ganforge.engine.train.TrainingStrategy;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.PluginRef;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Training steps leave nothing behind on the model's manager: after warm-up (optimiser and
 * strategy state is created lazily), the number of arrays the model's manager and its
 * sub-managers hold does not change with more steps, for every loss and strategy. An operation called on a parameter's value allocates on that manager, so this catches
 * the per-step leak that RSS would show only after thousands of steps.
 */
class NoLeakTest {

    private static final PluginRegistry REGISTRY = PluginRegistry.load();

    static Stream<Arguments> gans() {
        Network imageCritic = Network.of(encoder(8, 16).optNoNorm(), flatten(), dense(1));
        Network spectralCritic = Network.of(encoder(8).optNoNorm().optSpectralNorm(),
                conv(8).optSpectralNorm(), flatten(), dense(1).optSpectralNorm());
        Network imageGenerator = Network.of(projection(16, 2, 2), decoder(8, 1).optKernel(4));
        return Stream.of(
                Arguments.of("DCGAN, bce", image(imageGenerator, imageCritic, null), "bce", List.of()),
                Arguments.of("DCGAN, wasserstein-gp, n-critic, ema", image(imageGenerator, imageCritic, null), "wasserstein-gp",
                        List.of(PluginRef.of("n-critic").with("steps", 2), PluginRef.of("ema").with("start", 0))),
                Arguments.of("DCGAN, wasserstein, weight clipping", image(imageGenerator, imageCritic, null), "wasserstein",
                        List.of(PluginRef.of("weight-clipping"))),
                Arguments.of("DCGAN, bce, label smoothing", image(imageGenerator, imageCritic, null), "bce",
                        List.of(PluginRef.of("label-smoothing"))),
                Arguments.of("DCGAN, least-squares", image(imageGenerator, imageCritic, null), "least-squares", List.of()),
                Arguments.of("spectral-norm critic, hinge", image(imageGenerator, spectralCritic, null), "hinge", List.of()),
                Arguments.of("spectral-norm critic, wasserstein-gp", image(imageGenerator, spectralCritic, null), "wasserstein-gp",
                        List.of()),
                Arguments.of("projection cGAN, wasserstein-gp, ema", image(imageGenerator, imageCritic, "projection"),
                        "wasserstein-gp", List.of(PluginRef.of("ema").with("start", 0))),
                Arguments.of("label-channels cGAN, bce", image(imageGenerator, imageCritic, "label-channels"), "bce", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gans")
    void modelManagerHoldsAsManyArraysAfterMoreSteps(String name, GanSpec spec, String lossName, List<PluginRef> strategies) {
        Conditioning conditioning = spec.isConditional()
                ? REGISTRY.create(PluginFamily.CONDITIONING, spec.conditioning().method(), Conditioning.class)
                : null;
        try (GanTrainer trainer = GanTrainer.builder()
                .setGan(GanCompiler.compile(spec, conditioning))
                .setLoss(REGISTRY.create(PluginFamily.LOSS, PluginRef.of(lossName), GanLoss.class))
                .setGeneratorOptimizer(AdamOptimizer.builder().build())
                .setDiscriminatorOptimizer(AdamOptimizer.builder().build())
                .setDataset(randomImages(spec.isConditional() ? 3 : 0))
                .optStrategies(strategies.stream()
                        .map(ref -> REGISTRY.create(PluginFamily.STRATEGY, ref, TrainingStrategy.class)).toList())
                .build()) {
            NDManager model = trainer.gan().network(GanSpec.GENERATOR).block().getParameters().get(0).getValue().getArray().getManager();
            trainer.trainStep();
            trainer.trainStep();
            int afterWarmUp = model.getManagedArrays().size();
            for (int i = 0; i < 5; i++) {
                trainer.trainStep();
            }
            assertEquals(afterWarmUp, model.getManagedArrays().size(), name + ": arrays left on the model's manager");
        }
    }

    private static GanSpec image(Network generator, Network discriminator, String conditioning) {
        Gan.Optional gan = Gan.named("leak-check")
                .setData(Data.image(1, 8, 8).optRange(-1, 1))
                .setLatent(Latent.normal(8))
                .setGenerator(generator)
                .setDiscriminator(discriminator)
                .optTraining(Training.builder().optBatchSize(4).optSeed(1));
        if (conditioning != null) {
            gan.optConditioning(3, PluginRef.of(conditioning).with("embedding", 4));
        }
        return gan.build();
    }

    private static GanDataset randomImages(int classes) {
        return new GanDataset() {
            @Override
            public Batch batch(NDManager manager, long seed, long position, int batchSize) {
                return new Batch(manager.randomUniform(-1, 1, new Shape(batchSize, 1, 8, 8)),
                        classes == 0 ? null : manager.randomInteger(0, classes, new Shape(batchSize), ai.djl.ndarray.types.DataType.INT32));
            }

            @Override
            public int classes() {
                return classes;
            }
        };
    }
}
