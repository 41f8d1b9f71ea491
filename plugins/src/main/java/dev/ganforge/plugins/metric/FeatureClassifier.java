package dev.ganforge.plugins.metric;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

/**
 * A small convolutional classifier whose penultimate layer gives the features the Fréchet
 * distance compares: two 3×3 convolutions of stride 2 (32 and 64 filters, ReLU), a dense layer of
 * {@code features} units with ReLU — the features — and a dense layer of one logit per class.
 *
 * <p>Strided convolutions rather than stride-1 convolutions and pooling (the all-convolutional
 * net of Springenberg et al. 2015) because of the engine: with {@code ONEDNN_MAX_CPU_ISA=AVX},
 * which ganforge sets (docs/engine-notes.md), libtorch's stride-1 convolutions train about 50
 * times slower than stride-2 ones of the same size (measured: 0.83 s against 0.016 s per batch
 * of 128 Fashion-MNIST images).
 */
final class FeatureClassifier implements AutoCloseable {

    /**
     * How the classifier is built and trained: everything its weights depend on apart from the
     * data, so part of the cache key.
     */
    record Settings(int features, int epochs, int batchSize, double learningRate, long seed) {

        Settings {
            positive("features", features);
            positive("epochs", epochs);
            positive("batch-size", batchSize);
            if (!(learningRate > 0)) {
                throw new IllegalArgumentException("lr must be positive, found " + learningRate);
            }
        }

        private static void positive(String name, int value) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, found " + value);
            }
        }

        /** The settings as text, for the cache key. */
        String describe() {
            return "conv32s2-conv64s2-dense" + features + " epochs=" + epochs + " batch=" + batchSize + " lr=" + learningRate
                    + " seed=" + seed;
        }
    }

    private final Settings settings;
    private final Model model;
    private final SequentialBlock featureLayers;
    private final Linear head;
    private final SequentialBlock network;

    /**
     * An untrained classifier of samples of {@code sampleShape} (C, H, W, with H and W at least 4)
     * into {@code classes} classes, initialised from the settings' seed, on {@code engine}.
     */
    FeatureClassifier(Settings settings, Shape sampleShape, int classes, Engine engine) {
        this.settings = settings;
        featureLayers = new SequentialBlock()
                .add(halvingConvolution(32))
                .add(Activation.reluBlock())
                .add(halvingConvolution(64))
                .add(Activation.reluBlock())
                .add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(settings.features()).build())
                .add(Activation.reluBlock());
        head = Linear.builder().setUnits(classes).build();
        network = new SequentialBlock().add(featureLayers).add(head);
        model = Model.newInstance("classifier-fid", engine.getEngineName());
        model.setBlock(network);
        engine.setRandomSeed((int) (settings.seed() ^ (settings.seed() >>> 32)));
        network.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1).addAll(sampleShape));
    }

    /** A 3×3 convolution of stride 2 and padding 1: halves the height and width. */
    private static Conv2d halvingConvolution(int filters) {
        return Conv2d.builder().setKernelShape(new Shape(3, 3)).optStride(new Shape(2, 2)).optPadding(new Shape(1, 1))
                .setFilters(filters).build();
    }

    /**
     * Trains on {@code samples} with softmax cross-entropy and Adam, visiting the samples in an
     * order drawn from the settings' seed every epoch.
     *
     * @param samples (N, C, H, W)
     * @param labels (N) int32 class indices
     */
    void train(NDArray samples, NDArray labels) {
        int count = (int) samples.getShape().get(0);
        Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) settings.learningRate())).build();
        DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss()).optOptimizer(adam);
        Random order = new Random(settings.seed());
        try (Trainer trainer = model.newTrainer(config)) {
            for (int epoch = 0; epoch < settings.epochs(); epoch++) {
                long[] permutation = permutation(count, order);
                for (int from = 0; from < count; from += settings.batchSize()) {
                    int size = Math.min(settings.batchSize(), count - from);
                    long[] indices = new long[size];
                    System.arraycopy(permutation, from, indices, 0, size);
                    try (NDManager step = model.getNDManager().newSubManager()) {
                        // Borrowed for the step, so that every array the step makes is freed with it.
                        step.tempAttachAll(samples, labels);
                        NDIndex batch = new NDIndex("{}", step.create(indices));
                        NDArray x = samples.get(batch);
                        NDArray y = labels.get(batch);
                        try (GradientCollector collector = trainer.newGradientCollector()) {
                            NDArray logits = trainer.forward(new NDList(x)).singletonOrThrow();
                            collector.backward(trainer.getLoss().evaluate(new NDList(y), new NDList(logits)));
                        }
                        trainer.step();
                    }
                }
            }
        }
    }

    private static long[] permutation(int count, Random random) {
        List<Long> order = new ArrayList<>(LongStream.range(0, count).boxed().toList());
        Collections.shuffle(order, random);
        return order.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * The features (penultimate layer) and the class logits of {@code samples}, in inference mode.
     *
     * @param samples (n, C, H, W)
     * @return {features (n, features), logits (n, classes)}, created on {@code manager}
     */
    NDList forward(NDManager manager, NDArray samples) {
        ParameterStore parameters = new ParameterStore(manager, false);
        NDArray features = featureLayers.forward(parameters, new NDList(samples), false).singletonOrThrow();
        NDArray logits = head.forward(parameters, new NDList(features), false).singletonOrThrow();
        features.attach(manager);
        logits.attach(manager);
        return new NDList(features, logits);
    }

    /** Writes the weights in DJL's engine-neutral parameter encoding. */
    void save(DataOutputStream out) throws IOException {
        network.saveParameters(out);
    }

    /**
     * Replaces the weights with ones {@link #save} wrote.
     *
     * @throws IOException if they do not fit this classifier or are corrupt
     */
    void load(DataInputStream in) throws IOException {
        try {
            network.loadParameters(model.getNDManager(), in);
        } catch (MalformedModelException | RuntimeException malformed) {
            throw new IOException("the weights do not fit the classifier: " + malformed.getMessage(), malformed);
        }
    }

    @Override
    public void close() {
        model.close();
    }
}
