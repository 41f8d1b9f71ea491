package dev.ganforge.bench.reference;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-written training step the benchmark holds ganforge against: the same networks and the
 * same algorithm as ganforge's trainer (a discriminator update on a real and a generated batch,
 * then a generator update through the frozen discriminator, non-saturating BCE on logits, fresh
 * noise for each), written directly against DJL and sharing no code with the engine. Adam is
 * DJL's own (its fused update); RMSprop is in-place array arithmetic, since DJL's RMSprop has no
 * PyTorch kernel.
 */
public final class ReferenceGan implements AutoCloseable {

    private final NDManager manager = NDManager.newBaseManager();
    private final ParameterStore store = new ParameterStore(manager, false);
    private final ReferenceNetwork generator;
    private final ReferenceNetwork discriminator;
    private final Update generatorUpdate;
    private final Update discriminatorUpdate;
    private final int latent;
    private final float dataMin;
    private final float dataMax;

    private ReferenceGan(ReferenceNetwork generator, ReferenceNetwork discriminator, Update generatorUpdate,
            Update discriminatorUpdate, float dataMin, float dataMax, int batch) {
        this.generator = generator;
        this.discriminator = discriminator;
        this.generatorUpdate = generatorUpdate;
        this.discriminatorUpdate = discriminatorUpdate;
        this.latent = (int) generator.inputShape().get(0);
        this.dataMin = dataMin;
        this.dataMax = dataMax;
        generator.block().initialize(manager, DataType.FLOAT32, new Shape(batch).addAll(generator.inputShape()));
        discriminator.block().initialize(manager, DataType.FLOAT32, new Shape(batch).addAll(discriminator.inputShape()));
    }

    /** {@code dsl-examples/yaml/seed-000-mnist-dcgan.yaml}: pre-activation blocks, Keras "same" padding, RMSprop. */
    public static ReferenceGan mnistDcgan(int batch) {
        ReferenceNetwork g = new ReferenceNetwork(100).dense(128 * 7 * 7).reshape(128, 7, 7);
        int[][] decoders = {{128, 2, 14}, {64, 2, 28}, {32, 1, 28}, {1, 1, 28}};
        for (int[] d : decoders) {
            // Keras "same": the window starts at (k − s) / 2 of the full output.
            g.batchNorm().relu().convTranspose(d[0], 5, d[1], (5 - d[1]) / 2, d[2], true);
        }
        g.sigmoid();
        ReferenceNetwork d = new ReferenceNetwork(1, 28, 28)
                .leakyRelu().conv(32, 5, 2, 1, 2, true)     // 28 → 14
                .leakyRelu().conv(64, 5, 2, 1, 2, true)     // 14 → 7
                .leakyRelu().conv(128, 5, 2, 2, 2, true)    // 7 → 4
                .leakyRelu().conv(256, 5, 1, 2, 2, true)    // 4 → 4
                .flatten().dense(1);
        return new ReferenceGan(g, d, rmsprop(1e-4f, 0.9f), rmsprop(2e-4f, 0.9f), 0f, 1f, batch);
    }

    /** {@code dsl-examples/yaml/dcgan-64.yaml}: Radford et al.'s 64×64 DCGAN, Adam. */
    public static ReferenceGan dcgan64(int batch) {
        ReferenceNetwork g = new ReferenceNetwork(100).reshape(100, 1, 1)
                .convTranspose(512, 4, 1, 0, 4, false).batchNorm().relu();
        for (int[] layer : new int[][] {{256, 8}, {128, 16}, {64, 32}}) {
            g.convTranspose(layer[0], 4, 2, 1, layer[1], false).batchNorm().relu();
        }
        g.convTranspose(3, 4, 2, 1, 64, false).tanh();
        ReferenceNetwork d = new ReferenceNetwork(3, 64, 64).conv(64, 4, 2, 1, 1, false).leakyRelu();
        for (int filters : new int[] {128, 256, 512}) {
            d.conv(filters, 4, 2, 1, 1, false).batchNorm().leakyRelu();
        }
        d.conv(1, 4, 1, 0, 0, false).flatten();
        return new ReferenceGan(g, d, adam(2e-4f, 0.5f), adam(2e-4f, 0.5f), -1f, 1f, batch);
    }

    /** Trainable parameters of the generator and of the discriminator, to check that the networks match ganforge's. */
    public long[] trainableParameters() {
        return new long[] {count(generator), count(discriminator)};
    }

    private static long count(ReferenceNetwork network) {
        return trainable(network).stream().mapToLong(p -> p.getArray().size()).sum();
    }

    /** The generator's convolutions, each transposed one as the ordinary convolution it is the adjoint of. */
    public List<ConvolutionShape> generatorConvolutions() {
        return generator.convolutions();
    }

    /** The discriminator's convolutions. */
    public List<ConvolutionShape> discriminatorConvolutions() {
        return discriminator.convolutions();
    }

    /**
     * Nominal multiply-adds per sample of one {@link #step}, counting only the passes it runs, a
     * backward pass through a layer being its input gradient and its weight gradient at one forward
     * pass each: the discriminator update runs G forward (no graph), D forward on the real and the
     * fake batch and back through both, where the first layer's input gradient is not needed (data
     * and a detached fake); the generator update runs G and D forward, D back to its input without
     * weight gradients (D is frozen), then G back without its first layer's input gradient (the
     * noise). Per sample: 4·G − G₁ + 8·D − 2·D₁, where X₁ is the first layer with weights of X.
     * Batch norm, activations, the loss and the optimisers are not counted.
     */
    public long stepMacs() {
        long g = generator.macs();
        long d = discriminator.macs();
        long discriminatorUpdate = g + 2 * d + 2 * (2 * d - discriminator.firstLayerMacs());
        long generatorUpdate = g + d + d + (2 * g - generator.firstLayerMacs());
        return discriminatorUpdate + generatorUpdate;
    }

    /** One discriminator and one generator update on a batch of uniform noise in the data's range. */
    public void step(int batch) {
        try (NDManager step = manager.newSubManager()) {
            NDArray real = step.randomUniform(dataMin, dataMax, new Shape(batch).addAll(discriminator.inputShape()));
            NDArray fake = forward(generator, step.randomNormal(new Shape(batch, latent))).stopGradient();
            NDArray discriminatorLoss;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                discriminatorLoss = Activation.softPlus(forward(discriminator, real).neg()).mean()
                        .add(Activation.softPlus(forward(discriminator, fake)).mean());
                collector.backward(discriminatorLoss);
            }
            discriminatorUpdate.apply(discriminator, step);
            List<Parameter> frozen = trainable(discriminator);
            frozen.forEach(p -> p.freeze(true));
            NDArray generatorLoss;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray scores = forward(discriminator, forward(generator, step.randomNormal(new Shape(batch, latent))));
                generatorLoss = Activation.softPlus(scores.neg()).mean();
                collector.backward(generatorLoss);
            } finally {
                frozen.forEach(p -> p.freeze(false));
            }
            generatorUpdate.apply(generator, step);
            if (!Float.isFinite(discriminatorLoss.getFloat() + generatorLoss.getFloat())) {
                throw new IllegalStateException("the hand-written step diverged");
            }
        }
    }

    private NDArray forward(ReferenceNetwork network, NDArray input) {
        return network.block().forward(store, new NDList(input), true).singletonOrThrow();
    }

    private static List<Parameter> trainable(ReferenceNetwork network) {
        List<Parameter> parameters = new ArrayList<>();
        for (Pair<String, Parameter> pair : network.block().getParameters()) {
            if (pair.getValue().requiresGradient()) {
                parameters.add(pair.getValue());
            }
        }
        return parameters;
    }

    /** Updates every trainable parameter of a network from its gradient, then zeroes the gradient. */
    private interface Update {
        void apply(ReferenceNetwork network, NDManager step);
    }

    private static Update adam(float learningRate, float beta1) {
        Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed(learningRate)).optBeta1(beta1).build();
        return (network, step) -> {
            for (Pair<String, Parameter> pair : network.block().getParameters()) {
                Parameter parameter = pair.getValue();
                if (parameter.requiresGradient()) {
                    NDArray gradient = parameter.getArray().getGradient();
                    gradient.attach(step);
                    adam.update(parameter.getId(), parameter.getArray(), gradient);
                    gradient.set(new NDIndex("..."), 0f);
                }
            }
        };
    }

    /** PyTorch's RMSprop without momentum: s = ρ·s + (1 − ρ)·g², w −= lr·g / (√s + ε). */
    private static Update rmsprop(float learningRate, float rho) {
        Map<String, NDArray> squares = new HashMap<>();
        return (network, step) -> {
            for (Pair<String, Parameter> pair : network.block().getParameters()) {
                Parameter parameter = pair.getValue();
                if (!parameter.requiresGradient()) {
                    continue;
                }
                NDArray weight = parameter.getArray();
                NDArray square = squares.computeIfAbsent(parameter.getId(), id -> weight.zerosLike());
                try (NDManager scratch = step.newSubManager()) {
                    scratch.tempAttachAll(weight, square);
                    NDArray gradient = weight.getGradient();
                    gradient.attach(scratch);
                    square.muli(rho).addi(gradient.square().muli(1 - rho));
                    weight.subi(gradient.div(square.sqrt().addi(1e-8f)).muli(learningRate));
                    gradient.set(new NDIndex("..."), 0f);
                }
            }
        };
    }

    @Override
    public void close() {
        manager.close();
    }
}
