package dev.ganforge.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import dev.ganforge.engine.checkpoint.CheckpointStore;
import dev.ganforge.engine.loss.GanLoss;
import dev.ganforge.spec.GanSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GanTrainerTest {

    @Test
    void generatorUpdateLeavesDiscriminatorParametersAndGradientsUntouched() {
        List<String> checked = new ArrayList<>();
        TrainingStrategy watcher = new TrainingStrategy() {
            private List<float[]> afterCritic;

            @Override
            public void afterUpdate(String role, TrainingContext context) {
                if (context.criticRoles().contains(role)) {
                    afterCritic = values(context);
                }
            }

            @Override
            public void afterStep(TrainingContext context) {
                List<float[]> now = values(context);
                for (int i = 0; i < now.size(); i++) {
                    assertArrayEquals(afterCritic.get(i), now.get(i), "discriminator parameter " + i);
                }
                for (Pair<String, Parameter> pair : context.gan().network(GanSpec.DISCRIMINATOR).block().getParameters()) {
                    float[] gradient = pair.getValue().getArray().getGradient().toFloatArray();
                    for (float value : gradient) {
                        assertEquals(0f, value, "gradient of " + pair.getKey() + " after the generator update");
                    }
                }
                checked.add("step " + context.step());
            }

            private List<float[]> values(TrainingContext context) {
                List<float[]> values = new ArrayList<>();
                context.gan().network(GanSpec.DISCRIMINATOR).block().getParameters()
                        .forEach(pair -> values.add(pair.getValue().getArray().toFloatArray()));
                return values;
            }
        };
        try (GanTrainer trainer = TinyGan.trainer(TinyGan.wasserstein(), List.of(watcher))) {
            for (int i = 0; i < 3; i++) {
                trainer.trainStep();
            }
        }
        assertEquals(List.of("step 1", "step 2", "step 3"), checked);
    }

    @Test
    void trainingChangesBothNetworks() {
        try (GanTrainer trainer = TinyGan.trainer(TinyGan.wasserstein(), List.of());
                NDManager manager = NDManager.newBaseManager()) {
            TrainingSnapshot before = trainer.snapshot(manager);
            trainer.trainStep();
            TrainingSnapshot after = trainer.snapshot(manager);
            assertNotEquals(before.network("generator").parameters().get("02DjlDense_weight").toFloatArray()[0],
                    after.network("generator").parameters().get("02DjlDense_weight").toFloatArray()[0], "generator moved");
            assertNotEquals(before.network("discriminator").parameters().get("02DjlDense_weight").toFloatArray()[0],
                    after.network("discriminator").parameters().get("02DjlDense_weight").toFloatArray()[0], "discriminator moved");
        }
    }

    @Test
    void resumeFromCheckpointGivesTheWeightsOfAnUninterruptedRun(@TempDir Path dir) throws Exception {
        Map<String, float[]> straight;
        try (GanTrainer trainer = TinyGan.trainer(TinyGan.wasserstein(), List.of(new EveryOtherCritic()));
                NDManager manager = NDManager.newBaseManager()) {
            trainer.trainUntil(6, (t, r) -> {});
            straight = weights(trainer.snapshot(manager));
        }
        CheckpointStore store = new CheckpointStore(dir.resolve("checkpoints"));
        try (GanTrainer trainer = TinyGan.trainer(TinyGan.wasserstein(), List.of(new EveryOtherCritic()));
                NDManager manager = NDManager.newBaseManager()) {
            trainer.trainUntil(3, (t, r) -> {});
            store.write(trainer.snapshot(manager), "name: tiny\n");
        }
        Map<String, float[]> resumed;
        try (GanTrainer trainer = TinyGan.trainer(TinyGan.wasserstein(), List.of(new EveryOtherCritic()));
                NDManager manager = NDManager.newBaseManager()) {
            trainer.restore(CheckpointStore.read(store.latest().orElseThrow(), manager));
            assertEquals(3, trainer.step());
            trainer.trainUntil(6, (t, r) -> {});
            resumed = weights(trainer.snapshot(manager));
        }
        assertEquals(straight.keySet(), resumed.keySet());
        straight.forEach((name, values) -> assertArrayEquals(values, resumed.get(name), name));
    }

    @Test
    void nonFiniteLossStopsBeforeAnyUpdateFromIt() throws Exception {
        GanLoss exploding = new GanLoss() {
            private int calls;

            @Override
            public NDArray discriminatorLoss(NDArray real, NDArray fake) {
                calls++;
                NDArray loss = fake.mean().sub(real.mean());
                return calls == 3 ? loss.mul(Float.NaN) : loss;
            }

            @Override
            public NDArray generatorLoss(NDArray fake) {
                return fake.mean().neg();
            }
        };
        List<Long> completed = new ArrayList<>();
        try (GanTrainer trainer = TinyGan.trainer(exploding, List.of())) {
            TrainingDivergedException diverged = assertThrows(TrainingDivergedException.class,
                    () -> trainer.trainUntil(10, (t, record) -> completed.add(record.step())));
            assertEquals(3, diverged.step());
            assertTrue(diverged.getMessage().startsWith("step 3: the discriminator loss is NaN"), diverged.getMessage());
            assertEquals(2, trainer.step());
        }
        assertEquals(List.of(1L, 2L), completed);
    }

    /** Exercises strategy hooks in resume: two critic updates per step. */
    private static final class EveryOtherCritic implements TrainingStrategy {
        @Override
        public int criticSteps() {
            return 2;
        }
    }

    private static Map<String, float[]> weights(TrainingSnapshot snapshot) {
        Map<String, float[]> weights = new java.util.TreeMap<>();
        snapshot.network("generator").parameters().forEach((name, array) -> weights.put("g/" + name, array.toFloatArray()));
        snapshot.network("discriminator").parameters().forEach((name, array) -> weights.put("d/" + name, array.toFloatArray()));
        snapshot.network("generator").optimizer().forEach((name, array) -> weights.put("gopt/" + name, array.toType(ai.djl.ndarray.types.DataType.FLOAT32, false).toFloatArray()));
        return weights;
    }
}
