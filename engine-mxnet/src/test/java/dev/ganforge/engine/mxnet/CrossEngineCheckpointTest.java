package dev.ganforge.engine.mxnet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.backend.EngineSupport;
import dev.ganforge.engine.checkpoint.CheckpointStore;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.train.GanTrainer;
import dev.ganforge.engine.train.StepRecord;
import dev.ganforge.engine.train.TrainingSnapshot;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.PluginRef;
import dev.ganforge.spec.TrainingEngine;
import dev.ganforge.spec.TrainingSpec;
import dev.ganforge.yaml.YamlSpecWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A checkpoint written on one engine loads on the other: weights, optimiser moments and strategy
 * state come back bit for bit, and training continues from it.
 */
class CrossEngineCheckpointTest {

    private static final PluginRegistry PLUGINS = PluginRegistry.load();

    @ParameterizedTest(name = "{0} written on {1}, loaded on {2}")
    @CsvSource({
        "seed-000-mnist-dcgan.yaml, PYTORCH, MXNET",
        "seed-000-mnist-dcgan.yaml, MXNET, PYTORCH",
        "ring-wgan-gp.yaml, PYTORCH, MXNET",
        "ring-wgan-gp.yaml, MXNET, PYTORCH"})
    void checkpointLoadsOnTheOtherEngine(String example, TrainingEngine writer, TrainingEngine reader,
            @TempDir Path runs) throws Exception {
        GanSpec written = withEma(ExampleSpecs.shrunk(Path.of("..", "dsl-examples", "yaml", example), writer, 2));
        CheckpointStore store = new CheckpointStore(runs.resolve("checkpoints"));
        try (GanTrainer trainer = ExampleSpecs.trainer(written, PLUGINS);
                NDManager manager = EngineSupport.of(writer).newManager()) {
            trainer.trainStep();
            trainer.trainStep();
            store.write(trainer.snapshot(manager), YamlSpecWriter.write(written));
        }
        Path checkpoint = store.latest().orElseThrow();
        GanSpec read = written.withTraining(written.training().withEngine(reader));

        try (NDManager writerManager = EngineSupport.of(writer).newManager();
                NDManager readerManager = EngineSupport.of(reader).newManager();
                GanTrainer trainer = ExampleSpecs.trainer(read, PLUGINS)) {
            TrainingSnapshot original = CheckpointStore.read(checkpoint, writerManager);
            trainer.restore(CheckpointStore.read(checkpoint, readerManager));
            TrainingSnapshot restored = trainer.snapshot(readerManager);

            assertEquals(reader.djlName(), restored.network("generator").parameters().values().iterator().next().getManager().getEngine()
                    .getEngineName());
            assertEquals(2, restored.step());
            assertEquals(original.networks().keySet(), restored.networks().keySet());
            for (String role : original.networks().keySet()) {
                assertSame(original.network(role).parameters(), restored.network(role).parameters(), role);
                assertSame(original.network(role).optimizer(), restored.network(role).optimizer(), role + " optimizer");
            }
            assertEquals(original.strategies().size(), restored.strategies().size());
            for (int i = 0; i < original.strategies().size(); i++) {
                assertSame(original.strategies().get(i), restored.strategies().get(i), "strategy " + i);
            }
            StepRecord next = trainer.trainStep();
            assertEquals(3, next.step());
            assertTrue(Double.isFinite(next.loss("discriminator")) && Double.isFinite(next.loss("generator")), next.toString());
        }
    }

    /** The spec with a generator moving average, so that the checkpoint holds strategy state too. */
    private static GanSpec withEma(GanSpec spec) {
        TrainingSpec training = spec.training();
        List<PluginRef> strategies = new ArrayList<>(training.strategies());
        strategies.add(PluginRef.of("ema").with("decay", 0.9));
        return spec.withTraining(new TrainingSpec(training.batchSize(), training.steps(), training.seed(),
                training.sampleEvery(), training.checkpointEvery(), strategies, training.evaluateEvery(),
                training.metrics(), training.engine()));
    }

    private static void assertSame(Map<String, NDArray> expected, Map<String, NDArray> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what + " keys");
        for (String key : expected.keySet()) {
            NDArray want = expected.get(key);
            NDArray got = actual.get(key);
            assertEquals(want.getShape(), got.getShape(), what + " " + key);
            assertEquals(want.getDataType(), got.getDataType(), what + " " + key);
            assertArrayEquals(want.toByteArray(), got.toByteArray(), what + " " + key);
        }
    }
}
