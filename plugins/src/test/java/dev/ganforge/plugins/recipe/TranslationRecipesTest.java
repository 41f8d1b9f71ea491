package dev.ganforge.plugins.recipe;

import static dev.ganforge.dsl.Layers.activation;
import static dev.ganforge.dsl.Layers.conv;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.ganforge.dsl.Data;
import dev.ganforge.dsl.Gan;
import dev.ganforge.dsl.Latent;
import dev.ganforge.dsl.Network;
import dev.ganforge.dsl.Training;
import dev.ganforge.engine.assemble.DataUse;
import dev.ganforge.engine.assemble.GanAssembler;
import dev.ganforge.engine.compile.GanCompiler;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.DatasetSource;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.optim.AdamOptimizer;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.recipe.TrainingRecipe;
import dev.ganforge.engine.train.GanTrainer;
import dev.ganforge.engine.train.TrainingSnapshot;
import dev.ganforge.plugins.loss.BinaryCrossEntropyLoss;
import dev.ganforge.plugins.loss.LeastSquaresLoss;
import dev.ganforge.plugins.strategy.LinearDecayStrategy;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.PluginRef;
import dev.ganforge.validate.SpecProblem;
import dev.ganforge.yaml.YamlSpecReader;
import dev.ganforge.yaml.YamlSpecWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * pix2pix and CycleGAN train on the built-in edges task of synthetic shapes (16×16): pix2pix's
 * translations come closer to the true images, CycleGAN trains its four networks and resumes
 * exactly with its pools of generated images and a learning rate decaying from step 1 of 4, and
 * both are refused data of one domain.
 */
class TranslationRecipesTest {

    private static final PluginRegistry REGISTRY = PluginRegistry.load();

    @Test
    void pix2pixTranslationsComeCloserToTheTrueImages() throws Exception {
        GanSpec spec = spec("pix2pix", PluginRef.of("edges").with("images", "synthetic-shapes").with("train-size", 256)
                .with("test-size", 32));
        try (GanDataset data = open(spec); GanTrainer trainer = trainer(spec, data, new BinaryCrossEntropyLoss(false, 1.0));
                NDManager manager = NDManager.newBaseManager()) {
            Batch test = data.split(GanDataset.Split.TEST).orElseThrow().slice(manager, 0, 32);
            double before = distance(trainer.translate(manager, test.source(), null), test.samples());
            trainer.trainUntil(60, (t, record) -> assertTrue(Double.isFinite(record.loss("generator"))));
            double after = distance(trainer.translate(manager, test.source(), null), test.samples());
            assertTrue(after < 0.6 * before, "mean L1 to the true images went from " + before + " to " + after);
        }
    }

    @Test
    void cycleGanTrainsItsFourNetworksAndResumesExactlyWithItsPoolsAndItsLearningRateSchedule() throws Exception {
        GanSpec spec = spec("cyclegan", PluginRef.of("edges").with("images", "synthetic-shapes").with("train-size", 64)
                .with("test-size", 16).with("pairing", "unpaired"));
        Map<String, float[]> straight;
        try (GanDataset data = open(spec); GanTrainer trainer = trainer(spec, data, new LeastSquaresLoss());
                NDManager manager = NDManager.newBaseManager()) {
            Map<String, float[]> initial = weights(trainer.snapshot(manager));
            trainer.trainUntil(4, (t, record) -> assertEquals(List.of("discriminator", "discriminator-a", "generator"),
                    List.copyOf(record.losses().keySet())));
            straight = weights(trainer.snapshot(manager));
            for (String role : List.of("generator", "generator-ba", "discriminator", "discriminator-a")) {
                assertTrue(straight.keySet().stream().filter(name -> name.startsWith(role + "/"))
                        .anyMatch(name -> !java.util.Arrays.equals(initial.get(name), straight.get(name))), role + " trained");
            }
        }
        TrainingSnapshot half;
        NDManager kept = NDManager.newBaseManager();
        try (GanDataset data = open(spec); GanTrainer first = trainer(spec, data, new LeastSquaresLoss())) {
            first.trainUntil(2, (t, record) -> {});
            half = first.snapshot(kept);
        }
        assertEquals(2 * 8, half.recipe().get("pool-a").getShape().get(0), "the pools hold every image so far");
        try (GanDataset data = open(spec); GanTrainer second = trainer(spec, data, new LeastSquaresLoss());
                NDManager manager = NDManager.newBaseManager()) {
            second.restore(half);
            second.trainUntil(4, (t, record) -> {});
            Map<String, float[]> resumed = weights(second.snapshot(manager));
            straight.forEach((name, values) -> assertArrayEquals(values, resumed.get(name), name));
        } finally {
            kept.close();
        }
    }

    @Test
    void translationRecipesRefuseDataOfOneDomainAndNeedNoLatent() {
        GanSpec spec = spec("pix2pix", PluginRef.of("synthetic-shapes"));
        List<SpecProblem> problems = new GanAssembler(REGISTRY).check(spec, DataUse.READ);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("data.dataset", problems.get(0).path());
        assertTrue(problems.get(0).message().startsWith("recipe 'pix2pix' needs paired images of two domains, but dataset"
                + " 'synthetic-shapes' gives images of one domain"), problems.get(0).message());
        String yaml = YamlSpecWriter.write(spec);
        assertTrue(!yaml.contains("latent"), yaml);
        assertEquals(spec, YamlSpecReader.read(yaml, "pix2pix.yaml"));
    }

    private static GanSpec spec(String recipe, PluginRef dataset) {
        Gan.Optional gan = Gan.named(recipe)
                .setData(Data.image(1, 16, 16).optRange(-1, 1).optDataset(dataset))
                .setLatent(Latent.unused())
                .setGenerator(translator())
                .setDiscriminator(critic(recipe.equals("pix2pix") ? 2 : 1))
                .optRecipe(PluginRef.of(recipe))
                .optTraining(Training.builder().optBatchSize(8).optSeed(5).optSteps(4));
        if (recipe.equals("cyclegan")) {
            gan.optNetwork("generator-ba", translator()).optNetwork("discriminator-a", critic(1));
        }
        return gan.build();
    }

    private static Network translator() {
        return Network.of(conv(16), activation(Activation.relu()), conv(16), activation(Activation.relu()),
                conv(1), activation(Activation.tanh()));
    }

    private static Network critic(int channels) {
        return Network.of(conv(16).optStride(2), activation(Activation.leakyRelu()), conv(1).optKernel(4));
    }

    private static GanDataset open(GanSpec spec) throws java.io.IOException {
        return REGISTRY.create(PluginFamily.DATASET, spec.data().dataset(), DatasetSource.class).open(spec.data());
    }

    private static GanTrainer trainer(GanSpec spec, GanDataset data, dev.ganforge.engine.loss.GanLoss loss) {
        TrainingRecipe recipe = REGISTRY.create(PluginFamily.RECIPE, spec.recipe(), TrainingRecipe.class);
        GanTrainer.Builder builder = GanTrainer.builder()
                .setGan(GanCompiler.compile(spec, null, recipe::feed))
                .setLoss(loss)
                .optRecipe(recipe)
                .optStrategies(List.of(new LinearDecayStrategy(0.25)))
                .setDataset(data);
        recipe.roles().forEach(role -> builder.setOptimizer(role,
                AdamOptimizer.builder().optLearningRate(2e-3).optBeta1(0.5).build()));
        return builder.build();
    }

    private static double distance(NDArray translated, NDArray target) {
        return translated.sub(target).abs().mean().getFloat();
    }

    private static Map<String, float[]> weights(TrainingSnapshot snapshot) {
        Map<String, float[]> weights = new TreeMap<>();
        snapshot.networks().forEach((role, state) ->
                state.parameters().forEach((name, array) -> weights.put(role + "/" + name, array.toFloatArray())));
        return weights;
    }
}
