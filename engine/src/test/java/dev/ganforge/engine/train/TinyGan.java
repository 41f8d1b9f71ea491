package dev.ganforge.engine.train;

import static dev.ganforge.dsl.Layers.dense;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.ganforge.dsl.Data;
import dev.ganforge.dsl.Gan;
import dev.ganforge.dsl.Latent;
import dev.ganforge.dsl.Network;
import dev.ganforge.dsl.Training;
import dev.ganforge.engine.compile.GanCompiler;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.loss.GanLoss;
import dev.ganforge.engine.optim.AdamOptimizer;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.GanSpec;
import java.util.List;
import java.util.Random;

/** A GAN small enough to train in milliseconds, for trainer and checkpoint tests. */
public final class TinyGan {

    private TinyGan() {}

    public static GanSpec spec() {
        return Gan.named("tiny")
                .setData(Data.vector(2).optRange(-3, 3))
                .setLatent(Latent.normal(4))
                .setGenerator(Network.of(dense(16).optActivation(Activation.relu()), dense(2)))
                .setDiscriminator(Network.of(dense(16).optActivation(Activation.leakyRelu()), dense(1)))
                .optTraining(Training.builder().optBatchSize(8).optSeed(7))
                .build();
    }

    /** Points around (1, -1), reproducible from seed and position. */
    public static GanDataset data() {
        return new GanDataset() {
            @Override
            public Batch batch(NDManager manager, long seed, long position, int batchSize) {
                Random random = new Random(seed * 31 + position);
                float[] points = new float[2 * batchSize];
                for (int i = 0; i < points.length; i++) {
                    points[i] = (float) ((i % 2 == 0 ? 1 : -1) + 0.1 * random.nextGaussian());
                }
                return new Batch(manager.create(points, new Shape(batchSize, 2)), null);
            }
        };
    }

    /** The Wasserstein loss, written here because the engine knows no concrete loss. */
    public static GanLoss wasserstein() {
        return new GanLoss() {
            @Override
            public NDArray discriminatorLoss(NDArray realScores, NDArray fakeScores) {
                return fakeScores.mean().sub(realScores.mean());
            }

            @Override
            public NDArray generatorLoss(NDArray fakeScores) {
                return fakeScores.mean().neg();
            }
        };
    }

    public static GanTrainer trainer(GanLoss loss, List<TrainingStrategy> strategies) {
        return builder(loss, strategies).build();
    }

    /** The builder of {@link #trainer}, for tests that set more. */
    static GanTrainer.Builder builder(GanLoss loss, List<TrainingStrategy> strategies) {
        return GanTrainer.builder()
                .setGan(GanCompiler.compile(spec()))
                .setLoss(loss)
                .setGeneratorOptimizer(AdamOptimizer.builder().optLearningRate(1e-2).build())
                .setDiscriminatorOptimizer(AdamOptimizer.builder().optLearningRate(1e-2).build())
                .setDataset(data())
                .optStrategies(strategies);
    }
}
