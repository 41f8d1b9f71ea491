package dev.ganforge.plugins.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.run.TrainingRun;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.yaml.YamlSpecReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two steps of a tiny convolutional GAN on each image dataset, through the run as the command line trains. */
class DatasetTrainingTest {

    private static final PluginRegistry PLUGINS = PluginRegistry.load();

    @TempDir
    Path dir;

    @Test
    void trainsTwoStepsOnFashionMnist() throws Exception {
        assertTrainsTwoSteps(tinyDcgan("dataset: {type: fashion-mnist, directory: '%s'}"
                .formatted(FashionMnistSubset.directory())));
    }

    @Test
    void trainsTwoStepsOnSyntheticShapes() throws Exception {
        assertTrainsTwoSteps(tinyDcgan("dataset: {type: synthetic-shapes, train-size: 500, test-size: 100}"));
    }

    @Test
    void pointDatasetRefusesImageShapeAndLeavesNoRun() {
        GanSpec spec = tinyDcgan("dataset: gaussian-ring");
        Path out = dir.resolve("run");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TrainingRun.create(spec, out, PLUGINS));
        assertEquals("data.shape is [1, 28, 28] but gaussian-ring gives points in the plane; set data.shape to [2]",
                error.getMessage());
        assertFalse(Files.exists(out), "a refused spec leaves no run directory");
    }

    private void assertTrainsTwoSteps(GanSpec spec) throws Exception {
        Path out = dir.resolve("run");
        try (TrainingRun run = TrainingRun.create(spec, out, PLUGINS)) {
            run.trainUntil(2, null, false);
            assertEquals(2, run.step());
        }
        List<String> history = Files.readAllLines(out.resolve("history.csv"));
        assertEquals(3, history.size(), String.join("\n", history));
        for (String row : history.subList(1, 3)) {
            for (String cell : row.split(",")) {
                assertTrue(Double.isFinite(Double.parseDouble(cell)), row);
            }
        }
        assertTrue(Files.exists(out.resolve("samples/step-000002.png")), "a sample grid of the last step");
    }

    private static GanSpec tinyDcgan(String dataset) {
        return YamlSpecReader.read("""
                name: tiny-dcgan
                data:
                  shape: [1, 28, 28]
                  range: [0, 1]
                  %s
                latent: {size: 8}
                generator:
                  optimizer: {type: adam, lr: 2e-4, beta1: 0.5}
                  blocks:
                    - projection: {shape: [4, 7, 7]}
                    - decoder: {filters: [4, 1], kernel: 4, stride: 2}
                    - activation: sigmoid
                discriminator:
                  optimizer: {type: adam, lr: 2e-4, beta1: 0.5}
                  blocks:
                    - encoder: {filters: [4, 8], kernel: 4, norm: none}
                    - flatten
                    - dense: {units: 1}
                training: {batch-size: 8, steps: 2, seed: 1}
                """.formatted(dataset), "tiny-dcgan.yaml");
    }
}
