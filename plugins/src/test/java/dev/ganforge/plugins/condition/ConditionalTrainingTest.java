package dev.ganforge.plugins.condition;

import static dev.ganforge.dsl.Layers.dense;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.compile.CompiledNetwork;
import ai.djl.training.ParameterStore;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import dev.ganforge.dsl.Data;
import dev.ganforge.dsl.Gan;
import dev.ganforge.dsl.Latent;
import dev.ganforge.dsl.Network;
import dev.ganforge.dsl.Training;
import dev.ganforge.engine.checkpoint.CheckpointStore;
import dev.ganforge.engine.compile.CompiledGan;
import dev.ganforge.engine.compile.GanCompiler;
import dev.ganforge.engine.compile.GanSummary;
import dev.ganforge.engine.condition.Conditioning;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.optim.AdamOptimizer;
import dev.ganforge.engine.train.GanTrainer;
import dev.ganforge.engine.train.TrainingSnapshot;
import dev.ganforge.plugins.loss.BinaryCrossEntropyLoss;
import dev.ganforge.plugins.loss.WassersteinLoss;
import dev.ganforge.plugins.loss.GradientPenalty;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.PluginRef;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A conditional GAN learns to draw the class it is asked for: three classes of 2-D points, each
 * a tight cluster of its own; after training, the samples of each requested class sit on its
 * cluster, not on the others'.
 */
class ConditionalTrainingTest {

    private static final float[][] CENTRES = {{1.5f, 0f}, {-1.5f, 0f}, {0f, 1.5f}};

    static Stream<Arguments> methods() {
        return Stream.of(
                Arguments.of("label-channels", new LabelChannelsConditioning(8)),
                Arguments.of("projection", new ProjectionConditioning(8)),
                Arguments.of("auxiliary-classifier", new AuxiliaryClassifierConditioning(8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void samplesOfEachRequestedClassLieOnThatClassCluster(String name, Conditioning method) {
        GanSpec spec = spec(name);
        try (GanTrainer trainer = trainer(GanCompiler.compile(spec, method), new BinaryCrossEntropyLoss(false, 1.0));
                NDManager manager = NDManager.newBaseManager()) {
            trainer.trainUntil(600, (t, record) -> {});
            for (int label = 0; label < CENTRES.length; label++) {
                float[] mean = meanOfClass(trainer, manager, label);
                double own = distance(mean, CENTRES[label]);
                for (int other = 0; other < CENTRES.length; other++) {
                    if (other != label) {
                        assertTrue(own < distance(mean, CENTRES[other]) && own < 0.5,
                                name + ": class " + label + " samples average (" + mean[0] + ", " + mean[1] + ")");
                    }
                }
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void gradientPenaltyTrainsThroughAConditionalCritic() throws Exception {
        GanSpec spec = spec("projection");
        try (GanTrainer trainer = trainer(GanCompiler.compile(spec, new ProjectionConditioning(8)),
                new WassersteinLoss(new GradientPenalty(1)))) {
            trainer.trainUntil(3, (t, record) -> assertTrue(Double.isFinite(record.loss("discriminator"))));
            assertEquals(3, trainer.step());
        }
    }

    @Test
    void gradientPenaltyTrainsThroughAnAuxiliaryClassifierCritic() throws Exception {
        GanSpec spec = spec("auxiliary-classifier");
        try (GanTrainer trainer = trainer(GanCompiler.compile(spec, new AuxiliaryClassifierConditioning(8)),
                new WassersteinLoss(new GradientPenalty(1)))) {
            trainer.trainUntil(3, (t, record) -> assertTrue(Double.isFinite(record.loss("discriminator"))));
            assertEquals(3, trainer.step());
        }
    }

    @Test
    void anAuxiliaryClassifierCriticGivesScoresAndClassLogits() {
        try (NDManager manager = NDManager.newBaseManager()) {
            CompiledGan gan = GanCompiler.compile(spec("auxiliary-classifier"), new AuxiliaryClassifierConditioning(8));
            CompiledNetwork critic = gan.network("discriminator");
            critic.block().initialize(manager, DataType.FLOAT32, critic.inputShapes(5));
            NDList outputs = critic.block().forward(new ParameterStore(manager, false),
                    critic.inputs(manager.randomNormal(new Shape(5, 2)), manager.zeros(new Shape(5), DataType.INT32)), false);
            assertEquals(2, outputs.size());
            assertEquals(new Shape(5, 1), outputs.get(0).getShape());
            assertEquals(new Shape(5, 3), outputs.get(1).getShape());
            GanSummary summary = GanSummary.of(gan, manager);
            // The classifier: 3 × 32 weights and 3 biases on the critic's 32 features.
            assertEquals(3 * 32 + 3, summary.network("discriminator").rows().get(0).trainableParameters());
        }
    }

    @Test
    void resumingFromASnapshotContinuesExactlyWithTheLabelEmbeddings(@TempDir Path dir) throws Exception {
        GanSpec spec = spec("projection");
        Map<String, float[]> straight;
        try (GanTrainer trainer = trainer(GanCompiler.compile(spec, new ProjectionConditioning(8)),
                new BinaryCrossEntropyLoss(false, 1.0)); NDManager manager = NDManager.newBaseManager()) {
            trainer.trainUntil(6, (t, record) -> {});
            straight = weights(trainer.snapshot(manager));
        }
        CheckpointStore store = new CheckpointStore(dir);
        try (GanTrainer first = trainer(GanCompiler.compile(spec, new ProjectionConditioning(8)),
                new BinaryCrossEntropyLoss(false, 1.0)); NDManager manager = NDManager.newBaseManager()) {
            first.trainUntil(3, (t, record) -> {});
            store.write(first.snapshot(manager), "name: projection\n");
        }
        Map<String, float[]> resumed;
        try (GanTrainer second = trainer(GanCompiler.compile(spec, new ProjectionConditioning(8)),
                new BinaryCrossEntropyLoss(false, 1.0)); NDManager manager = NDManager.newBaseManager()) {
            second.restore(CheckpointStore.read(store.latest().orElseThrow(), manager));
            second.trainUntil(6, (t, record) -> {});
            resumed = weights(second.snapshot(manager));
        }
        assertTrue(straight.keySet().stream().anyMatch(name -> name.contains("label_embedding")), straight.keySet().toString());
        assertTrue(straight.keySet().stream().anyMatch(name -> name.contains("class_projection")), straight.keySet().toString());
        assertEquals(straight.keySet(), resumed.keySet());
        straight.forEach((name, values) -> assertArrayEquals(values, resumed.get(name), name));
    }

    private static Map<String, float[]> weights(TrainingSnapshot snapshot) {
        Map<String, float[]> weights = new TreeMap<>();
        snapshot.network("generator").parameters().forEach((name, array) -> weights.put("g/" + name, array.toFloatArray()));
        snapshot.network("discriminator").parameters().forEach((name, array) -> weights.put("d/" + name, array.toFloatArray()));
        return weights;
    }

    @Test
    void summaryShowsTheConditioningAndItsParameters() {
        try (NDManager manager = NDManager.newBaseManager()) {
            GanSummary summary = GanSummary.of(GanCompiler.compile(spec("projection"), new ProjectionConditioning(8)), manager);
            // Generator: embedding 3×8; its first dense sees 4 + 8 inputs: (12 + 1) × 32.
            assertEquals(3 * 8, summary.network("generator").rows().get(0).trainableParameters());
            assertEquals(13 * 32, summary.network("generator").rows().get(1).trainableParameters());
            // Discriminator: projection table 3 × 32 features.
            assertEquals(3 * 32, summary.network("discriminator").rows().get(0).trainableParameters());
            assertTrue(summary.render().contains("conditioning"), summary.render());
        }
    }

    @Test
    void aDatasetWithoutTheSpecsClassesIsRefused() {
        CompiledGan gan = GanCompiler.compile(spec("label-channels"), new LabelChannelsConditioning(8));
        GanDataset unlabelled = (manager, seed, position, size) -> new Batch(manager.zeros(new Shape(size, 2)), null);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> GanTrainer.builder()
                .setGan(gan).setLoss(new BinaryCrossEntropyLoss(false, 1.0))
                .setGeneratorOptimizer(AdamOptimizer.builder().build())
                .setDiscriminatorOptimizer(AdamOptimizer.builder().build())
                .setDataset(unlabelled).build());
        assertEquals("spec 'label-channels': conditioning.classes is 3 but the dataset has no labels;"
                + " set conditioning.classes to the dataset's", refused.getMessage());
    }

    private static GanSpec spec(String name) {
        return Gan.named(name)
                .setData(Data.vector(2).optRange(-3, 3))
                .setLatent(Latent.normal(4))
                .setGenerator(Network.of(dense(32).optActivation(Activation.relu()), dense(2)))
                .setDiscriminator(Network.of(dense(32).optActivation(Activation.leakyRelu()), dense(1)))
                .optConditioning(CENTRES.length, PluginRef.of(name))
                .optTraining(Training.builder().optBatchSize(64).optSeed(3))
                .build();
    }

    private static GanTrainer trainer(CompiledGan gan, dev.ganforge.engine.loss.GanLoss loss) {
        return GanTrainer.builder()
                .setGan(gan)
                .setLoss(loss)
                .setGeneratorOptimizer(AdamOptimizer.builder().optLearningRate(2e-3).optBeta1(0.5).build())
                .setDiscriminatorOptimizer(AdamOptimizer.builder().optLearningRate(2e-3).optBeta1(0.5).build())
                .setDataset(clusters())
                .build();
    }

    /** Each sample's class picks its cluster; σ 0.05. */
    private static GanDataset clusters() {
        return new GanDataset() {
            @Override
            public Batch batch(NDManager manager, long seed, long position, int batchSize) {
                Random random = new Random(seed * 1_000_003 + position);
                float[] points = new float[2 * batchSize];
                int[] labels = new int[batchSize];
                for (int i = 0; i < batchSize; i++) {
                    labels[i] = random.nextInt(CENTRES.length);
                    points[2 * i] = CENTRES[labels[i]][0] + 0.05f * (float) random.nextGaussian();
                    points[2 * i + 1] = CENTRES[labels[i]][1] + 0.05f * (float) random.nextGaussian();
                }
                return new Batch(manager.create(points, new Shape(batchSize, 2)), manager.create(labels));
            }

            @Override
            public int classes() {
                return CENTRES.length;
            }
        };
    }

    private static float[] meanOfClass(GanTrainer trainer, NDManager manager, int label) {
        int count = 200;
        int[] labels = new int[count];
        java.util.Arrays.fill(labels, label);
        NDArray samples = trainer.generate(manager, trainer.fixedNoise(manager, count, 99), manager.create(labels));
        float[] mean = samples.mean(new int[] {0}).toFloatArray();
        return mean;
    }

    private static double distance(float[] a, float[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }
}
