package dev.ganforge.plugins.train;

import static dev.ganforge.dsl.Layers.avgPool;
import static dev.ganforge.dsl.Layers.conv;
import static dev.ganforge.dsl.Layers.decoder;
import static dev.ganforge.dsl.Layers.dense;
import static dev.ganforge.dsl.Layers.encoder;
import static dev.ganforge.dsl.Layers.flatten;
import static dev.ganforge.dsl.Layers.globalAvgPool;
import static dev.ganforge.dsl.Layers.instanceNorm;
import static dev.ganforge.dsl.Layers.leakyRelu;
import static dev.ganforge.dsl.Layers.projection;
import static dev.ganforge.dsl.Layers.reflectionPad;
import static dev.ganforge.dsl.Layers.relu;
import static dev.ganforge.dsl.Layers.residual;
import static dev.ganforge.dsl.Layers.tanh;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ganforge.dsl.Data;
import dev.ganforge.dsl.Gan;
import dev.ganforge.dsl.Latent;
import dev.ganforge.dsl.Network;
import dev.ganforge.dsl.Training;
import dev.ganforge.engine.assemble.GanAssembler;
import dev.ganforge.engine.data.DatasetSource;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.train.GanTrainer;
import dev.ganforge.engine.train.GarbageBeforeBackward;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.PluginRef;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A garbage collection between a forward pass and its backward pass changes no gradient, for
 * every built-in loss, recipe and block that multiplies or divides by a constant. Such a
 * collection frees what only Java refers to; an operation that leaves the engine's graph reading
 * such memory (DJL's {@code NDArray.mul(Number)} on PyTorch: {@code Scalars}) then gives a wrong
 * gradient with the right loss, as issue 19's runs did once in hundreds of steps. Here a
 * collection precedes every backward pass, so such an operation fails the comparison at once.
 */
class GarbageCollectionTest {

    private static final PluginRegistry REGISTRY = PluginRegistry.load();
    private static final int STEPS = 2;

    static Stream<Arguments> gans() {
        Network generator = Network.of(projection(16, 4, 4), decoder(8, 1).optKernel(4));
        Network critic = Network.of(encoder(8, 16).optNoNorm(), flatten(), dense(1));
        Network poolingCritic = Network.of(conv(8), leakyRelu(0.2), avgPool(2), conv(16), leakyRelu(0.2), globalAvgPool(),
                dense(1));
        Network spectralCritic = Network.of(encoder(8).optNoNorm().optSpectralNorm(), flatten(), dense(1).optSpectralNorm());
        return Stream.of(
                Arguments.of("bce with smoothed real labels", image(generator, critic, "bce")
                        .optLoss(PluginRef.of("bce").with("real-label", 0.9))),
                Arguments.of("least-squares", image(generator, critic, "least-squares")),
                Arguments.of("minimax", image(generator, critic, "minimax")),
                Arguments.of("hinge, spectral norm", image(generator, spectralCritic, "hinge")),
                Arguments.of("wasserstein-gp, average pooling", image(generator, poolingCritic, "wasserstein-gp")),
                Arguments.of("AC-GAN", image(generator, critic, "bce")
                        .optConditioning(10, PluginRef.of("auxiliary-classifier").with("embedding", 4))),
                Arguments.of("projection cGAN, wasserstein-gp", image(generator, critic, "wasserstein-gp")
                        .optConditioning(10, PluginRef.of("projection").with("embedding", 4))),
                Arguments.of("pix2pix", translation("pix2pix", "bce")),
                Arguments.of("CycleGAN, instance norm, reflection padding", translation("cyclegan", "least-squares")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gans")
    void aCollectionBeforeEachBackwardPassChangesNoWeight(String name, Gan.Optional gan) throws Exception {
        GanSpec spec = gan.build();
        Map<String, float[]> plain = train(spec, UnaryOperator.identity());
        Map<String, float[]> collected = train(spec, GarbageBeforeBackward::everyTime);
        assertEquals(plain.keySet(), collected.keySet());
        plain.forEach((parameter, weights) ->
                assertArrayEquals(weights, collected.get(parameter), name + ": " + parameter + " after " + STEPS + " steps"));
    }

    private static Gan.Optional image(Network generator, Network critic, String loss) {
        return Gan.named("garbage-check")
                .setData(Data.image(1, 16, 16).optRange(-1, 1).optDataset(PluginRef.of("synthetic-shapes").with("train-size", 64)))
                .setLatent(Latent.normal(8))
                .setGenerator(generator)
                .setDiscriminator(critic)
                .optLoss(PluginRef.of(loss))
                .optTraining(Training.builder().optBatchSize(4).optSeed(3));
    }

    /** A translation GAN from Sobel edges to synthetic shapes, with CycleGAN's generator blocks. */
    private static Gan.Optional translation(String recipe, String loss) {
        Network translator = Network.of(reflectionPad(1), conv(8).optPadding(0), instanceNorm(), relu(),
                residual(reflectionPad(1), conv(8).optPadding(0), instanceNorm()), conv(1), tanh());
        Network critic = Network.of(conv(8).optStride(2), leakyRelu(0.2), conv(1).optKernel(4));
        Gan.Optional gan = Gan.named("garbage-check-" + recipe)
                .setData(Data.image(1, 16, 16).optRange(-1, 1).optDataset(PluginRef.of("edges")
                        .with("images", "synthetic-shapes").with("train-size", 64)
                        .with("pairing", recipe.equals("cyclegan") ? "unpaired" : "paired")))
                .setLatent(Latent.unused())
                .setGenerator(translator)
                .setDiscriminator(critic)
                .optRecipe(PluginRef.of(recipe))
                .optLoss(PluginRef.of(loss))
                .optTraining(Training.builder().optBatchSize(4).optSeed(3));
        return recipe.equals("cyclegan") ? gan.optNetwork("generator-ba", translator).optNetwork("discriminator-a", critic) : gan;
    }

    /** Every weight after {@link #STEPS} steps of the trainer a training run would build, {@code adjust}ed. */
    private static Map<String, float[]> train(GanSpec spec, UnaryOperator<GanTrainer.Builder> adjust) throws Exception {
        try (GanDataset data = REGISTRY.create(PluginFamily.DATASET, spec.data().dataset(), DatasetSource.class)
                .open(spec.data())) {
            GanTrainer.Builder builder = new GanAssembler(REGISTRY).trainer(spec, data);
            try (GanTrainer trainer = adjust.apply(builder).build()) {
                for (int step = 0; step < STEPS; step++) {
                    trainer.trainStep();
                }
                Map<String, float[]> weights = new TreeMap<>();
                for (String role : spec.networks().keySet()) {
                    trainer.gan().network(role).block().getParameters().forEach(pair ->
                            weights.put(role + "/" + pair.getKey(), pair.getValue().getArray().toFloatArray()));
                }
                return weights;
            }
        }
    }
}
