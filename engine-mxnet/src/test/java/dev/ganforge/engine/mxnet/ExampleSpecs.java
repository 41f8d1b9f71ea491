package dev.ganforge.engine.mxnet;

import dev.ganforge.engine.recipe.TrainingRecipe;
import dev.ganforge.role.RecipeCatalog;

import dev.ganforge.engine.compile.GanCompiler;
import dev.ganforge.engine.condition.Conditioning;
import dev.ganforge.engine.data.DatasetSource;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.loss.GanLoss;
import dev.ganforge.engine.optim.GanOptimizer;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.train.GanTrainer;
import dev.ganforge.engine.train.TrainingStrategy;
import dev.ganforge.plugins.data.FashionMnistSubset;
import dev.ganforge.role.RecipeCatalog;
import dev.ganforge.spec.DataSpec;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.PluginRef;
import dev.ganforge.spec.TrainingEngine;
import dev.ganforge.spec.TrainingSpec;
import dev.ganforge.yaml.YamlSpecReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The example specs of dsl-examples/yaml, shrunk to train a few steps in a test. */
final class ExampleSpecs {

    private static final Path EXAMPLES = Path.of("..", "dsl-examples", "yaml");

    private ExampleSpecs() {}

    /**
     * Every example file of the default recipe. The image-to-image examples are left out: this
     * trainer runs the adversarial step and samples from noise, which translating recipes refuse.
     */
    static Stream<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<Path> yaml = files.filter(file -> file.toString().endsWith(".yaml")).sorted()
                    .filter(file -> fitsATest(read(file))).toList();
            if (yaml.isEmpty()) {
                throw new IllegalStateException("no examples under " + EXAMPLES.toAbsolutePath());
            }
            return yaml.stream();
        }
    }

    /**
     * Whether a few steps of {@code spec} fit in a test: every example of the default recipe, and
     * translation examples of at most 64×64 (a step of the 256×256 ones takes minutes).
     */
    private static boolean fitsATest(GanSpec spec) {
        List<Integer> shape = spec.data().shape();
        return RecipeCatalog.feedsNoise(spec.recipe().type()) || shape.get(shape.size() - 1) <= 64;
    }

    /**
     * The example in {@code file} on {@code engine}: batch 4, {@code steps} steps with a sample and a
     * checkpoint at the end, noise images for the image examples that name no dataset, the test
     * subset for those that train on Fashion-MNIST, and paired edges of the built-in shapes for
     * those whose recipe translates images.
     */
    static GanSpec shrunk(Path file, TrainingEngine engine, long steps) {
        GanSpec spec = read(file);
        DataSpec data = spec.data();
        if (!RecipeCatalog.feedsNoise(spec.recipe().type())) {
            data = new DataSpec(data.shape(), data.min(), data.max(), PluginRef.of("edges")
                    .with("images", "synthetic-shapes").with("train-size", 16).with("test-size", 8));
        } else if (data.dataset() == null) {
            List<Integer> shape = data.shape();
            data = new DataSpec(shape, data.min(), data.max(),
                    PluginRef.of("test-images").with("channels", shape.get(0)).with("size", shape.get(1)));
        } else if (data.dataset().type().equals("fashion-mnist")) {
            data = new DataSpec(data.shape(), data.min(), data.max(),
                    data.dataset().with("directory", FashionMnistSubset.directory()));
        }
        TrainingSpec training = spec.training();
        return new GanSpec(spec.name(), data, spec.latent(), spec.conditioning(), spec.networks(), spec.loss(),
                spec.recipe(), new TrainingSpec(4, steps, training.seed(), (int) steps, (int) steps,
                        training.strategies(), 0, List.of(), engine));
    }

    private static GanSpec read(Path file) {
        try {
            return YamlSpecReader.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A trainer of {@code spec} with the plugins of {@code plugins}, as a training run builds it. */
    static GanTrainer trainer(GanSpec spec, PluginRegistry plugins) {
        List<TrainingStrategy> strategies = new ArrayList<>();
        for (PluginRef strategy : spec.training().strategies()) {
            strategies.add(plugins.create(PluginFamily.STRATEGY, strategy, TrainingStrategy.class));
        }
        Conditioning conditioning = spec.isConditional()
                ? plugins.create(PluginFamily.CONDITIONING, spec.conditioning().method(), Conditioning.class)
                : null;
        TrainingRecipe recipe = plugins.create(PluginFamily.RECIPE, spec.recipe(), TrainingRecipe.class);
        GanTrainer.Builder builder = GanTrainer.builder()
                .setGan(GanCompiler.compile(spec, conditioning, recipe::feed))
                .setLoss(plugins.create(PluginFamily.LOSS, spec.loss(), GanLoss.class))
                .optRecipe(recipe)
                .setDataset(open(plugins, spec))
                .optStrategies(strategies);
        spec.networks().forEach((role, network) -> builder.setOptimizer(role,
                plugins.create(PluginFamily.OPTIMIZER, network.optimizer(), GanOptimizer.class)));
        return builder.build();
    }

    private static GanDataset open(PluginRegistry plugins, GanSpec spec) {
        try {
            return plugins.create(PluginFamily.DATASET, spec.data().dataset(), DatasetSource.class).open(spec.data());
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }
}
