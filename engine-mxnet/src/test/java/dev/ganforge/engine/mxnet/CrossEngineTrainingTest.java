package dev.ganforge.engine.mxnet;

import ai.djl.ndarray.types.Shape;
import dev.ganforge.role.Feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.backend.EngineSupport;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.run.TrainingRun;
import dev.ganforge.engine.train.GanTrainer;
import dev.ganforge.engine.train.LossHistory;
import dev.ganforge.engine.train.StepRecord;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.TrainingEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example network trains on both engines: two steps of batch 4, then samples in inference mode. */
class CrossEngineTrainingTest {

    private static final PluginRegistry PLUGINS = PluginRegistry.load();

    static Stream<Arguments> examplesOnEachEngine() throws Exception {
        return ExampleSpecs.files().flatMap(file -> Stream.of(TrainingEngine.values())
                .map(engine -> Arguments.of(file.getFileName().toString(), engine, file)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("examplesOnEachEngine")
    void exampleTrainsTwoStepsAndSamples(String name, TrainingEngine engine, Path file) {
        GanSpec spec = ExampleSpecs.shrunk(file, engine, 2);
        try (GanTrainer trainer = ExampleSpecs.trainer(spec, PLUGINS);
                NDManager manager = EngineSupport.of(engine).newManager()) {
            for (int i = 0; i < 2; i++) {
                StepRecord step = trainer.trainStep();
                assertTrue(Double.isFinite(step.loss("discriminator")) && Double.isFinite(step.loss("generator")),
                        step.toString());
                assertNotEquals(0.0, step.gradientNorm("generator"), "the generator learned nothing at " + step);
            }
            NDArray samples;
            if (trainer.recipe().feed(trainer.recipe().samplingRole()) == Feed.DATA) {
                Shape images = new Shape(2).addAll(new Shape(spec.data().shape().stream().mapToLong(Integer::longValue)
                        .toArray()));
                samples = trainer.translate(manager, manager.zeros(images), null);
            } else {
                NDArray noise = trainer.fixedNoise(manager, 2, 1);
                samples = trainer.classes() > 0
                        ? trainer.generate(manager, noise, trainer.cyclicLabels(manager, 2))
                        : trainer.generate(manager, noise);
            }

            long[] expected = IntStream.concat(IntStream.of(2), spec.data().shape().stream().mapToInt(Integer::intValue))
                    .asLongStream().toArray();
            assertArrayEquals(expected, samples.getShape().getShape());
            assertEquals(engine.djlName(), samples.getManager().getEngine().getEngineName());
        }
    }

    /** The whole run machinery (history, sample plots, checkpoints, provenance) on each engine. */
    @ParameterizedTest
    @EnumSource(TrainingEngine.class)
    void aTrainingRunRecordsItsEngine(TrainingEngine engine, @TempDir Path runs) throws Exception {
        GanSpec spec = ExampleSpecs.shrunk(Path.of("..", "dsl-examples", "yaml", "ring-wgan-gp.yaml"), engine, 2);
        Path directory = runs.resolve("run");
        try (TrainingRun run = TrainingRun.create(spec, directory, PLUGINS)) {
            run.trainUntil(2, null, false);
        }

        List<StepRecord> history = new LossHistory(directory.resolve("history.csv")).records();
        assertEquals(2, history.size());
        assertTrue(Files.exists(directory.resolve("samples").resolve("step-000002.png")));
        String provenance = Files.readString(directory.resolve("provenance.yaml"));
        assertTrue(provenance.contains("engine: " + engine.djlName() + " "), provenance);
        assertTrue(Files.readString(directory.resolve("spec.yaml")).contains("engine: mxnet") == (engine == TrainingEngine.MXNET));
    }
}
