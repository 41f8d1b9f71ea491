package dev.ganforge.engine.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ganforge.engine.plugin.fixtures.LossTestPlugins;
import dev.ganforge.engine.plugin.fixtures.MissingDataPlugins;
import dev.ganforge.engine.plugin.fixtures.PyTorchOnlyPlugins;
import dev.ganforge.dsl.Layers;
import dev.ganforge.engine.recipe.BuiltInRecipes;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.ConditioningSpec;
import dev.ganforge.spec.DataSpec;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.LatentSpec;
import dev.ganforge.spec.NetworkSpec;
import dev.ganforge.spec.PluginRef;
import dev.ganforge.spec.TrainingEngine;
import dev.ganforge.spec.TrainingSpec;
import dev.ganforge.validate.SpecException;
import dev.ganforge.validate.SpecProblem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginValidatorTest {

    private final PluginValidator validator = new PluginValidator(PluginRegistry.load());

    @Test
    void aSpecWhosePluginsAreAllInstalledAndWellSetHasNoProblems() {
        GanSpec spec = spec(PluginRef.of("folder").with("path", "/data"),
                new ConditioningSpec(10, PluginRef.of("projection").with("embedding", 32)),
                PluginRef.of("adam"), PluginRef.of("adam").with("learning-rate", 0.0001),
                PluginRef.of("wasserstein-gp"), List.of(PluginRef.of("n-critic")));

        assertEquals(List.of(), validator.validate(spec));
    }

    @Test
    void defaultsOfTheSpecRecordsNameInstalledPlugins() {
        GanSpec spec = spec(null, null, NetworkSpec.DEFAULT_OPTIMIZER, NetworkSpec.DEFAULT_OPTIMIZER,
                GanSpec.DEFAULT_LOSS, List.of());

        assertEquals(List.of(), validator.validate(spec));
    }

    @Test
    void reportsEveryBadReferenceAtItsSpecPath() {
        GanSpec spec = spec(PluginRef.of("foldr"),
                new ConditioningSpec(10, PluginRef.of("projection")),
                PluginRef.of("adam").with("lr", 0.001), PluginRef.of("adam").with("beta1", "0.5"),
                PluginRef.of("hinje"),
                List.of(PluginRef.of("n-critic"), PluginRef.of("n-critic").with("steps", 2.5), PluginRef.of("ema")));

        assertEquals(List.of(
                SpecProblem.at("data.dataset", "unknown dataset plugin 'foldr'; known dataset plugins: folder"
                        + " — did you mean 'folder'?"),
                SpecProblem.at("conditioning", "conditioning plugin 'projection' requires parameter 'embedding'"
                        + " (a whole number: size of the label embedding); set it"),
                SpecProblem.at("generator.optimizer.lr", "optimizer plugin 'adam' has no parameter 'lr';"
                        + " its parameters are: learning-rate, beta1"),
                SpecProblem.at("discriminator.optimizer.beta1", "parameter 'beta1' of optimizer plugin 'adam'"
                        + " must be a number, found '0.5' (a string)"),
                SpecProblem.at("loss", "unknown loss plugin 'hinje'; known loss plugins: bce, hinge, wasserstein-gp"
                        + " — did you mean 'hinge'?"),
                SpecProblem.at("training.strategies[1].steps", "parameter 'steps' of strategy plugin 'n-critic'"
                        + " must be a whole number, found 2.5"),
                SpecProblem.at("training.strategies[2]", "unknown strategy plugin 'ema'; known strategy plugins: n-critic")),
                validator.validate(spec));
    }

    @Test
    void aPluginThatNeedsAnEngineFeatureIsRefusedOnAnEngineWithoutItNamingPluginEngineAndFeature() {
        PluginValidator withPyTorchOnlyLoss = new PluginValidator(
                PluginRegistry.of(List.of(new LossTestPlugins(), new PyTorchOnlyPlugins(), new BuiltInRecipes())));
        GanSpec onPyTorch = spec(null, null, PluginRef.of("adam"), PluginRef.of("adam"), PluginRef.of("r1-autograd"),
                List.of());
        GanSpec onMxnet = onPyTorch.withTraining(onPyTorch.training().withEngine(TrainingEngine.MXNET));

        assertEquals(List.of(), withPyTorchOnlyLoss.validate(onPyTorch));
        assertEquals(List.of(SpecProblem.at("loss", "loss plugin 'r1-autograd' needs gradients of gradients"
                        + " (backward with create_graph) (engine capability 'create-graph-backward'), which the mxnet"
                        + " engine lacks; train it on pytorch (training.engine or --engine), or choose another loss plugin")),
                withPyTorchOnlyLoss.validate(onMxnet));
    }

    @Test
    void missingDataIsAProblemOnlyForWhatReadsTheDataAndOnlyOnceTheReferenceIsSound(@TempDir Path dir) {
        PluginValidator withFileDataset = new PluginValidator(
                PluginRegistry.of(List.of(new LossTestPlugins(), new MissingDataPlugins(), new BuiltInRecipes())));
        Path absent = dir.resolve("absent.bin");
        GanSpec spec = spec(PluginRef.of("file").with("path", absent.toString()), null, PluginRef.of("adam"),
                PluginRef.of("adam"), PluginRef.of("bce"), List.of());

        assertEquals(List.of(), withFileDataset.validate(spec), "describing a spec needs no data");
        assertEquals(List.of(SpecProblem.at("data.dataset.path", "there is no " + absent)),
                withFileDataset.validateWithData(spec));
        assertEquals(List.of(SpecProblem.at("data.dataset", "dataset plugin 'file' requires parameter 'path'"
                        + " (a string: the file); set it")),
                withFileDataset.validateWithData(spec(PluginRef.of("file"), null, PluginRef.of("adam"), PluginRef.of("adam"),
                        PluginRef.of("bce"), List.of())),
                "a reference with problems of its own is not asked for its data");
        assertEquals(List.of(), withFileDataset.validateWithData(spec(null, null, PluginRef.of("adam"), PluginRef.of("adam"),
                PluginRef.of("bce"), List.of())), "no dataset, nothing to find");
    }

    @Test
    void requireValidThrowsWithEveryProblem() {
        GanSpec spec = spec(null, null, PluginRef.of("sgd"), PluginRef.of("adam"), PluginRef.of("bce"), List.of());

        SpecException error = assertThrows(SpecException.class, () -> validator.requireValid(spec, "gan.yaml"));

        assertEquals("1 problem in gan.yaml:\n"
                + "  generator.optimizer: unknown optimizer plugin 'sgd'; known optimizer plugins: adam", error.getMessage());
    }

    private static GanSpec spec(PluginRef dataset, ConditioningSpec conditioning, PluginRef generatorOptimizer,
            PluginRef discriminatorOptimizer, PluginRef loss, List<PluginRef> strategies) {
        BlockSpec dense = Layers.dense(2).toBlocks().get(0);
        TrainingSpec training = TrainingSpec.DEFAULTS;
        return new GanSpec("plugins", new DataSpec(List.of(2), -1, 1, dataset),
                new LatentSpec(4, LatentSpec.Distribution.NORMAL), conditioning,
                new NetworkSpec(List.of(dense), generatorOptimizer), new NetworkSpec(List.of(dense), discriminatorOptimizer),
                loss, new TrainingSpec(training.batchSize(), training.steps(), training.seed(), training.sampleEvery(),
                        training.checkpointEvery(), strategies, 0, List.of(), training.engine()));
    }
}
