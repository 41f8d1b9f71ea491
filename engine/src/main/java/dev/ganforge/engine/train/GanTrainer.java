package dev.ganforge.engine.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.ParameterList;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import dev.ganforge.engine.backend.EngineSupport;
import dev.ganforge.engine.compile.ArrayScopes;
import dev.ganforge.engine.compile.CompiledGan;
import dev.ganforge.engine.compile.CompiledNetwork;
import dev.ganforge.engine.condition.ClassLabels;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.compile.InputGradients;
import dev.ganforge.engine.loss.CriticPenalty;
import dev.ganforge.engine.loss.GanLoss;
import dev.ganforge.engine.optim.GanOptimizer;
import dev.ganforge.engine.recipe.AdversarialRecipe;
import dev.ganforge.engine.recipe.RecipeStep;
import dev.ganforge.engine.recipe.TrainingRecipe;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.LatentSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;

/**
 * Trains a compiled GAN on DJL, one step at a time, each step as its {@link TrainingRecipe} says
 * (by default {@link AdversarialRecipe}: {@code n} critic updates on a real and a generated batch,
 * then one generator update through the frozen critic). The trainer owns what every recipe
 * shares: the networks by role and their optimisers, seeding, the step's memory, checkpoints
 * ({@link #snapshot}, {@link #restore}) and sampling from the recipe's sampling role.
 *
 * <p>Reproducible: the engine's random generator is re-seeded from the run's seed and the step
 * before every step, and data batches are a function of the seed and their position, so that a
 * run resumed from a {@link TrainingSnapshot} continues exactly as an uninterrupted one.
 *
 * <p>Leak-free: every array of a step lives on a per-step manager that is closed at its end.
 *
 * <p>Every array lives on the engine the spec's {@code training.engine} names.
 */
public final class GanTrainer implements AutoCloseable {

    private final CompiledGan gan;
    private final GanSpec spec;
    private final TrainingRecipe recipe;
    private final GanLoss loss;
    private final Map<String, GanOptimizer> optimizers;
    private final GanDataset dataset;
    private final List<TrainingStrategy> strategies;
    private final EngineSupport engine;
    private final NDManager manager;
    private final ParameterStore store;
    private final CompiledNetwork samplingNetwork;
    private final int criticSteps;
    private final GradientGuard guard;
    private final Backpropagation backpropagation;
    private long step;

    private GanTrainer(Builder builder) {
        this.gan = builder.gan;
        this.spec = gan.spec();
        this.recipe = builder.recipe;
        this.optimizers = Map.copyOf(builder.optimizers);
        this.dataset = builder.dataset;
        this.strategies = List.copyOf(builder.strategies);
        GanLoss adapted = builder.loss;
        for (TrainingStrategy strategy : strategies) {
            adapted = strategy.adaptLoss(adapted);
        }
        this.loss = adapted;
        TrainingChecks.penalty(gan, adapted, recipe.criticRoles()).ifPresent(problem -> {
            throw new IllegalArgumentException("spec '" + spec.name() + "': " + problem.message());
        });
        this.criticSteps = strategies.stream().mapToInt(TrainingStrategy::criticSteps).max().orElse(1);
        this.engine = EngineSupport.of(spec);
        engine.requireCorrectConvolutions();
        this.manager = engine.newManager();
        this.guard = builder.guard;
        this.backpropagation = builder.backpropagation != null ? builder.backpropagation : engine::backward;
        this.store = new ParameterStore(manager, false);

        manager.getEngine().setRandomSeed(seedFor(-1));
        int batch = spec.training().batchSize();
        for (String role : recipe.roles()) {
            CompiledNetwork network = network(role);
            network.block().initialize(manager, DataType.FLOAT32, network.inputShapes(batch));
        }
        this.samplingNetwork = gan.recompile().networks().get(recipe.samplingRole());
        samplingNetwork.block().initialize(manager, DataType.FLOAT32, samplingNetwork.inputShapes(1));
    }

    /** A builder: the compiled GAN, its loss, both optimisers and the data are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Generator steps completed so far. */
    public long step() {
        return step;
    }

    /** The roles whose losses each step reports, in the recipe's order. */
    public List<String> reportedRoles() {
        return recipe.reportedRoles();
    }

    /** The recipe that trains the networks. */
    public TrainingRecipe recipe() {
        return recipe;
    }

    /**
     * Translates {@code inputs} with the sampling network of a recipe that feeds it data (pix2pix,
     * CycleGAN's A → B generator), in inference mode and with the strategies' sampling weights.
     *
     * @param labels (N) int32 classes for a conditional GAN, {@code null} for an unconditional one
     * @return (N, ...) translations, on {@code target}
     */
    public NDArray translate(NDManager target, NDArray inputs, NDArray labels) {
        return generate(target, inputs, labels);
    }

    /**
     * The output of the trained network in {@code role} for {@code inputs}, in inference mode (e.g.
     * CycleGAN's B → A generator, for reconstructions).
     *
     * @return (N, ...) outputs, on {@code target}
     */
    public NDArray infer(String role, NDManager target, NDArray inputs, NDArray labels) {
        NDArray outputs = forward(network(role), inputs, labels, false);
        outputs.attach(target);
        return outputs;
    }

    /** The GAN being trained. */
    public CompiledGan gan() {
        return gan;
    }

    /** Critic updates per generator step, as the strategies asked. */
    public int criticSteps() {
        return criticSteps;
    }

    /**
     * Trains until {@code targetStep} generator steps are complete, telling {@code listener}
     * after each.
     *
     * @throws TrainingDivergedException if a loss or a gradient norm becomes NaN or infinite
     */
    public void trainUntil(long targetStep, TrainingListener listener) throws Exception {
        while (step < targetStep) {
            StepRecord record = trainStep();
            listener.afterStep(this, record);
        }
    }

    /** Runs one step of the recipe (for the default one, the critic updates and a generator update) and returns what it measured. */
    public StepRecord trainStep() {
        long started = System.nanoTime();
        long number = step + 1;
        manager.getEngine().setRandomSeed(seedFor(step));
        double scale = 1;
        for (TrainingStrategy strategy : strategies) {
            scale *= strategy.learningRateScale(number, spec.training().steps());
        }
        for (GanOptimizer optimizer : optimizers.values()) {
            optimizer.setLearningRateScale(scale);
        }
        StepRecord measured;
        try (NDManager stepManager = manager.newSubManager()) {
            Step current = new Step(number, stepManager);
            measured = recipe.step(current).withGradientCorrections(current.corrections);
        }
        step = number;
        TrainingContext context = context();
        strategies.forEach(strategy -> strategy.afterStep(context));
        double seconds = (System.nanoTime() - started) / 1e9;
        int batchSize = spec.training().batchSize();
        return measured.withSamplesPerSecond(batchSize * criticSteps / seconds);
    }

    /** What the recipe may use during one step; everything it creates lives on the step's manager. */
    private final class Step implements RecipeStep {
        private final long number;
        private final NDManager stepManager;
        /** Updates of this step whose recomputed gradient differed from the first and was used instead. */
        private int corrections;

        Step(long number, NDManager stepManager) {
            this.number = number;
            this.stepManager = stepManager;
        }

        @Override
        public long number() {
            return number;
        }

        @Override
        public GanSpec spec() {
            return spec;
        }

        @Override
        public NDManager manager() {
            return stepManager;
        }

        @Override
        public CompiledNetwork network(String role) {
            return GanTrainer.this.network(role);
        }

        @Override
        public GanLoss loss() {
            return loss;
        }

        @Override
        public int criticSteps() {
            return criticSteps;
        }

        @Override
        public Batch realBatch(int index) {
            int batchSize = spec.training().batchSize();
            return dataset.batch(stepManager, spec.training().seed(), step * criticSteps + index, batchSize);
        }

        @Override
        public NDArray noise(int count) {
            return GanTrainer.this.noise(stepManager, count);
        }

        @Override
        public NDArray randomLabels(int count) {
            return GanTrainer.this.randomLabels(stepManager, count);
        }

        @Override
        public NDArray labels(Batch real) {
            return requireLabels(real);
        }

        @Override
        public NDList outputs(String role, NDArray input, NDArray labels) {
            CompiledNetwork network = network(role);
            return network.block().forward(store, network.inputs(input, labels), true);
        }

        @Override
        public NDArray detached(Supplier<NDArray> computation) {
            return ArrayScopes.detached(() -> engine.inTrainingMode(computation::get));
        }

        @Override
        public NDArray keep(NDArray array) {
            return ArrayScopes.escaping(array);
        }

        @Override
        public CriticPenalty.Critic critic(String role, NDArray labels) {
            return samples -> criticWithInputGradient(network(role), samples, labels);
        }

        @Override
        public Update update(String role, Set<String> frozen, Supplier<NDArray> lossOfRole) {
            return update(List.of(role), frozen, lossOfRole);
        }

        @Override
        public Update update(List<String> roles, Set<String> frozen, Supplier<NDArray> lossOfRole) {
            String name = String.join(" and ", roles);
            List<Parameter> held = new ArrayList<>();
            frozen.forEach(other -> held.addAll(trainable(network(other).block().getParameters())));
            held.forEach(parameter -> parameter.freeze(true));
            double measured;
            double norm;
            boolean corrected = false;
            // The arrays of the loss's forward and backward passes are closed once the update has its
            // gradients (ArrayScopes): kept until the step's end, each update's activations would
            // add to the next one's peak.
            try (NDScope updateArrays = new NDScope();
                    GradientCollector collector = manager.getEngine().newGradientCollector()) {
                NDArray value = lossOfRole.get();
                boolean kept = backpropagation.backward(collector, value, true);
                norm = gradientNorm(roles, stepManager);
                // A suspect gradient is computed once more from the same forward pass (same inputs,
                // same random draws, batch-norm statistics updated once); a different result means
                // the first was wrong, since the computation is deterministic.
                if (kept && Double.isFinite(value.getFloat()) && guard.isSuspect(name, norm)) {
                    roles.forEach(role -> zeroGradients(network(role).block().getParameters(), stepManager));
                    backpropagation.backward(collector, value, false);
                    double recomputed = gradientNorm(roles, stepManager);
                    corrected = Double.compare(norm, recomputed) != 0;
                    norm = recomputed;
                }
                measured = value.getFloat();
            } finally {
                held.forEach(parameter -> parameter.freeze(false));
            }
            requireFinite(measured, number, name);
            requireFiniteGradient(norm, number, name);
            guard.accept(name, norm);
            if (corrected) {
                corrections++;
            }
            for (String role : roles) {
                optimizers.get(role).step(network(role).block().getParameters());
            }
            TrainingContext context = context();
            for (String role : roles) {
                strategies.forEach(strategy -> strategy.afterUpdate(role, context));
            }
            return new Update(measured, norm);
        }
    }

    /**
     * Generates samples of an unconditional GAN; see {@link #generate(NDManager, NDArray, NDArray)}.
     *
     * @throws IllegalStateException if the GAN is conditional
     */
    public NDArray generate(NDManager target, NDArray noise) {
        if (gan.isConditional()) {
            throw new IllegalStateException("spec '" + spec.name() + "' is conditional: give the class of each sample");
        }
        return generate(target, noise, null);
    }

    /**
     * Generates samples in inference mode (BatchNorm uses running statistics, dropout is off),
     * with the strategies' sampling weights (e.g. the generator's moving average) if any.
     *
     * @param target where the samples are created
     * @param noise (N, latent size) noise, e.g. from {@link #fixedNoise}
     * @param labels (N) int32 classes for a conditional GAN, {@code null} for an unconditional one
     * @return (N, ...) samples
     */
    public NDArray generate(NDManager target, NDArray noise, NDArray labels) {
        Map<String, NDArray> override = null;
        for (TrainingStrategy strategy : strategies) {
            Map<String, NDArray> weights = strategy.samplingWeights();
            if (weights != null) {
                override = weights;
            }
        }
        ParameterList trained = network(recipe.samplingRole()).block().getParameters();
        ParameterList sampling = samplingNetwork.block().getParameters();
        for (int i = 0; i < trained.size(); i++) {
            String name = trained.get(i).getKey();
            NDArray source = override != null && override.containsKey(name) ? override.get(name) : trained.get(i).getValue().getArray();
            source.copyTo(sampling.get(i).getValue().getArray()); // set(Buffer) fails on MXNet's MKL-DNN layouts
        }
        NDArray samples = forward(samplingNetwork, noise, labels, false);
        samples.attach(target);
        return samples;
    }

    /** The same noise for every call with the same seed: for sample grids that show progress. */
    public NDArray fixedNoise(NDManager target, int count, long seed) {
        seedNoise(seed);
        return noise(target, count);
    }

    /**
     * Generates {@code count} samples from the noise of {@code seed}, about {@code batchSize} at a
     * time, handing each batch to {@code sink} before the next is generated: the samples that
     * {@link #fixedNoise} and {@link #generate(NDManager, NDArray, NDArray)} give in one batch, with
     * the memory of one batch. On PyTorch the noise is the one draw's whatever the batch size (see
     * {@link NoiseBatches}); the samples may differ in the last bit of a float, where the matrix
     * kernels sum in another order for another batch size.
     *
     * @param labelOf the class of sample {@code i} of a conditional GAN; {@code null} for an unconditional one
     */
    public void generate(int count, long seed, int batchSize, IntUnaryOperator labelOf, SampleSink sink)
            throws IOException {
        if (gan.isConditional() != (labelOf != null)) {
            throw new IllegalArgumentException("spec '" + spec.name() + "' is " + (gan.isConditional()
                    ? "conditional: give the class of each sample" : "not conditional: it takes no class label"));
        }
        // Seeded once: each batch's noise continues the one draw the batches split.
        seedNoise(seed);
        int first = 0;
        for (int size : NoiseBatches.sizes(count, batchSize, spec.latent().size())) {
            try (NDManager batch = manager.newSubManager()) {
                NDArray noise = noise(batch, size);
                NDArray labels = null;
                if (labelOf != null) {
                    int[] classes = new int[size];
                    for (int i = 0; i < size; i++) {
                        classes[i] = labelOf.applyAsInt(first + i);
                    }
                    labels = batch.create(classes);
                }
                sink.accept(generate(batch, noise, labels), first);
            }
            first += size;
        }
    }

    private void seedNoise(long seed) {
        manager.getEngine().setRandomSeed((int) (seed ^ (seed >>> 32)));
    }

    /** A copy of everything a run needs to continue exactly: weights, optimiser and strategy state, step. */
    public TrainingSnapshot snapshot(NDManager target) {
        Map<String, NetworkState> networks = new LinkedHashMap<>();
        trained().forEach((role, network) -> networks.put(role, new NetworkState(
                copyParameters(network.compiled().block().getParameters(), target), network.optimizer().state(target),
                network.optimizer().stepCount())));
        List<Map<String, NDArray>> strategyStates = new ArrayList<>();
        strategies.forEach(strategy -> strategyStates.add(strategy.state(target)));
        return new TrainingSnapshot(step, networks, strategyStates, recipe.state(target));
    }

    /** Continues from {@code snapshot}: the next step is {@code snapshot.step() + 1}. */
    public void restore(TrainingSnapshot snapshot) {
        Map<String, TrainedNetwork> trained = trained();
        if (!snapshot.networks().keySet().equals(trained.keySet())) {
            throw new IllegalArgumentException("the checkpoint has the networks " + snapshot.networks().keySet()
                    + " but the spec has " + trained.keySet());
        }
        trained.forEach((role, network) -> {
            NetworkState state = snapshot.network(role);
            loadParameters(network.compiled().block().getParameters(), state.parameters(), role);
            network.optimizer().loadState(state.optimizer(), state.optimizerSteps());
        });
        if (snapshot.strategies().size() != strategies.size()) {
            throw new IllegalArgumentException("the checkpoint has state for " + snapshot.strategies().size()
                    + " strategies but the spec has " + strategies.size());
        }
        step = snapshot.step();
        recipe.loadState(snapshot.recipe(), manager);
        TrainingContext context = context();
        for (int i = 0; i < strategies.size(); i++) {
            strategies.get(i).loadState(snapshot.strategies().get(i), context);
        }
    }

    /** How a loss is back-propagated: the engine's backward ({@link EngineSupport#backward}), or a test's. */
    @FunctionalInterface
    interface Backpropagation {
        /** Back-propagates {@code value}; returns whether the graph was kept for a second call. */
        boolean backward(GradientCollector collector, NDArray value, boolean keepGraph);
    }

    /** A network this trainer trains, with its optimiser. */
    private record TrainedNetwork(CompiledNetwork compiled, GanOptimizer optimizer) {}

    /** The networks by role, in the order checkpoints and summaries list them. */
    private Map<String, TrainedNetwork> trained() {
        Map<String, TrainedNetwork> trained = new LinkedHashMap<>();
        recipe.roles().forEach(role -> trained.put(role, new TrainedNetwork(network(role), optimizers.get(role))));
        return trained;
    }

    /** The network in {@code role}. */
    private CompiledNetwork network(String role) {
        return gan.network(role);
    }

    private TrainingContext context() {
        return new TrainingContext(step, gan, manager, recipe.samplingRole(), recipe.criticRoles());
    }

    /** The critic's scores and their input gradient, differentiable again (for gradient penalties). */
    private NDArray[] criticWithInputGradient(CompiledNetwork critic, NDArray samples, NDArray labels) {
        InputGradients.Traced traced = critic.isConditional()
                ? critic.conditioned().trace(store, samples, labels, true)
                : InputGradients.forward(critic.layers(), store, samples, true);
        return new NDArray[] {traced.output(), traced.backward().apply(traced.output().onesLike())};
    }

    private NDArray forward(CompiledNetwork network, NDArray input, NDArray labels, boolean training) {
        return network.block().forward(store, network.inputs(input, labels), training).head();
    }

    /** The number of classes of a conditional GAN, 0 for an unconditional one. */
    public int classes() {
        return gan.classes();
    }

    /** Classes 0, 1, ..., K−1, 0, 1, ... for {@code count} samples: a grid column per class. */
    public NDArray cyclicLabels(NDManager target, int count) {
        return target.create(ClassLabels.inTurn(0, count, gan.classes()));
    }

    private NDArray randomLabels(NDManager target, int count) {
        return target.randomInteger(0, gan.classes(), new Shape(count), DataType.INT32);
    }

    private NDArray requireLabels(Batch real) {
        if (real.labels() == null) {
            throw new IllegalStateException("spec '" + spec.name() + "' is conditional but its dataset gave no labels");
        }
        return real.labels().toType(DataType.INT32, false);
    }

    private NDArray noise(NDManager target, int count) {
        Shape shape = new Shape(count, spec.latent().size());
        return spec.latent().distribution() == LatentSpec.Distribution.NORMAL
                ? target.randomNormal(shape)
                : target.randomUniform(-1f, 1f, shape);
    }

    /** The engine seed of a step: the run's seed and the step, mixed (SplitMix64's finaliser). */
    private int seedFor(long position) {
        long z = spec.training().seed() + 0x9E3779B97F4A7C15L * (position + 2);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (int) ((z ^ (z >>> 31)) & 0x7FFFFFFF);
    }

    private static double requireFinite(double value, long step, String network) {
        if (!Double.isFinite(value)) {
            throw new TrainingDivergedException(step, "step " + step + ": the " + network + " loss is " + value
                    + "; training stopped before updating from it. Try a lower learning rate, a gradient"
                    + " penalty or label smoothing, and resume from the last checkpoint.");
        }
        return value;
    }

    private static void requireFiniteGradient(double norm, long step, String network) {
        if (!Double.isFinite(norm)) {
            throw new TrainingDivergedException(step, "step " + step + ": the norm of the " + network + "'s gradient is "
                    + norm + " (computed twice, with a finite loss); training stopped before updating from it. Try a"
                    + " lower learning rate, a gradient penalty or label smoothing, and resume from the last checkpoint.");
        }
    }

    /** Sets the gradients of {@code parameters} to zero, NaN and infinities included (a product with 0 would keep them). */
    private static void zeroGradients(ParameterList parameters, NDManager stepManager) {
        for (Pair<String, Parameter> pair : parameters) {
            Parameter parameter = pair.getValue();
            if (parameter.requiresGradient()) {
                NDArray gradient = parameter.getArray().getGradient();
                gradient.attach(stepManager);
                gradient.set(new NDIndex("..."), 0f);
            }
        }
    }

    /** The L2 norm of the gradients of the networks of {@code roles} together. */
    private double gradientNorm(List<String> roles, NDManager stepManager) {
        double squares = 0;
        for (String role : roles) {
            squares += gradientSquares(network(role).block().getParameters(), stepManager);
        }
        return Math.sqrt(squares);
    }

    /** The sum of the squares of every gradient of {@code parameters}: the square of their L2 norm. */
    private static double gradientSquares(ParameterList parameters, NDManager stepManager) {
        double sum = 0;
        for (Pair<String, Parameter> pair : parameters) {
            Parameter parameter = pair.getValue();
            if (parameter.requiresGradient()) {
                NDArray gradient = parameter.getArray().getGradient();
                gradient.attach(stepManager);
                sum += gradient.square().sum().getFloat();
            }
        }
        return sum;
    }

    private static List<Parameter> trainable(ParameterList parameters) {
        List<Parameter> trainable = new ArrayList<>();
        parameters.forEach(pair -> {
            if (pair.getValue().requiresGradient()) {
                trainable.add(pair.getValue());
            }
        });
        return trainable;
    }

    private static Map<String, NDArray> copyParameters(ParameterList parameters, NDManager target) {
        Map<String, NDArray> copies = new LinkedHashMap<>();
        for (Pair<String, Parameter> pair : parameters) {
            NDArray array = pair.getValue().getArray();
            NDArray copy = target.create(array.getShape(), array.getDataType());
            copy.set(array.toByteBuffer());
            copies.put(pair.getKey(), copy);
        }
        return copies;
    }

    private static void loadParameters(ParameterList parameters, Map<String, NDArray> saved, String network) {
        if (!saved.keySet().equals(new java.util.LinkedHashSet<>(parameters.keys()))) {
            throw new IllegalArgumentException("the checkpoint's " + network + " parameters " + saved.keySet()
                    + " do not match the network's " + parameters.keys());
        }
        for (Pair<String, Parameter> pair : parameters) {
            NDArray array = pair.getValue().getArray();
            NDArray value = saved.get(pair.getKey());
            if (!value.getShape().equals(array.getShape())) {
                throw new IllegalArgumentException("the checkpoint's " + network + " parameter " + pair.getKey()
                        + " has shape " + value.getShape() + " but the network's has " + array.getShape());
            }
            value.copyTo(array);
        }
    }

    @Override
    public void close() {
        dataset.close();
        manager.close();
    }

    /** Builds a {@link GanTrainer}. */
    public static final class Builder {
        private CompiledGan gan;
        private GanLoss loss;
        private final Map<String, GanOptimizer> optimizers = new LinkedHashMap<>();
        private GanDataset dataset;
        private final List<TrainingStrategy> strategies = new ArrayList<>();
        private TrainingRecipe recipe = new AdversarialRecipe();
        private GradientGuard guard = new GradientGuard();
        private Backpropagation backpropagation;

        private Builder() {}

        /** Another rule for which gradients are computed twice (tests). */
        Builder optGradientGuard(GradientGuard guard) {
            this.guard = Objects.requireNonNull(guard, "guard");
            return this;
        }

        /** Another backward than the engine's (tests: one that corrupts a gradient). */
        Builder optBackpropagation(Backpropagation backpropagation) {
            this.backpropagation = Objects.requireNonNull(backpropagation, "backpropagation");
            return this;
        }

        public Builder setGan(CompiledGan gan) {
            this.gan = gan;
            return this;
        }

        public Builder setLoss(GanLoss loss) {
            this.loss = loss;
            return this;
        }

        /** Sets the optimiser of the network in {@code role}; every role the recipe trains needs one. */
        public Builder setOptimizer(String role, GanOptimizer optimizer) {
            optimizers.put(Objects.requireNonNull(role, "role"), Objects.requireNonNull(optimizer, "optimizer"));
            return this;
        }

        /** Sets the optimiser of the default recipe's generator. */
        public Builder setGeneratorOptimizer(GanOptimizer optimizer) {
            return setOptimizer(AdversarialRecipe.GENERATOR, optimizer);
        }

        /** Sets the optimiser of the default recipe's discriminator. */
        public Builder setDiscriminatorOptimizer(GanOptimizer optimizer) {
            return setOptimizer(AdversarialRecipe.DISCRIMINATOR, optimizer);
        }

        public Builder setDataset(GanDataset dataset) {
            this.dataset = dataset;
            return this;
        }

        /** Adds strategies, applied in order; defaults to none (one critic update per step). */
        public Builder optStrategies(List<TrainingStrategy> strategies) {
            this.strategies.addAll(strategies);
            return this;
        }

        /** Sets how a step trains the networks; defaults to {@link AdversarialRecipe}. */
        public Builder optRecipe(TrainingRecipe recipe) {
            this.recipe = Objects.requireNonNull(recipe, "recipe");
            return this;
        }

        public GanTrainer build() {
            Objects.requireNonNull(gan, "setGan");
            Objects.requireNonNull(loss, "setLoss");
            Objects.requireNonNull(dataset, "setDataset");
            for (String role : recipe.roles()) {
                if (!optimizers.containsKey(role)) {
                    throw new IllegalStateException("no optimiser for the " + role + "; set one with setOptimizer(\""
                            + role + "\", ...)");
                }
            }
            TrainingChecks.classes(gan.spec(), dataset.classes()).ifPresent(problem -> {
                throw new IllegalArgumentException("spec '" + gan.spec().name() + "': " + problem.message());
            });
            return new GanTrainer(this);
        }
    }
}
