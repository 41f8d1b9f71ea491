package dev.ganforge.engine.run;

import dev.ganforge.role.Feed;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.assemble.DataUse;
import dev.ganforge.engine.assemble.GanAssembler;
import dev.ganforge.engine.backend.EngineSupport;
import dev.ganforge.engine.checkpoint.CheckpointStore;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.DatasetSource;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.compile.GanSummary;
import dev.ganforge.engine.metric.Evaluation;
import dev.ganforge.engine.metric.MetricSet;
import dev.ganforge.engine.metric.Translator;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.recipe.TrainingRecipe;
import dev.ganforge.engine.sample.SampleImages;
import dev.ganforge.engine.train.GanTrainer;
import dev.ganforge.engine.train.LossHistory;
import dev.ganforge.engine.train.SampleSink;
import dev.ganforge.engine.train.StepRecord;
import dev.ganforge.engine.train.TrainingDivergedException;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.PluginRef;
import dev.ganforge.spec.TrainingEngine;
import dev.ganforge.spec.TrainingSpec;
import dev.ganforge.validate.SpecException;
import dev.ganforge.validate.SpecProblem;
import dev.ganforge.yaml.YamlSpecReader;
import dev.ganforge.yaml.YamlSpecWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * A training run on disk: builds the trainer from a spec and the plugins it names, and keeps the
 * run directory up to date as it trains (history, loss plot, sample images, checkpoints).
 */
public final class TrainingRun implements AutoCloseable {

    /** Samples drawn for a sample image: a grid of images, or a cloud of 2-D points. */
    private static final int GRID_SAMPLES = 64;
    private static final int POINT_SAMPLES = 1000;
    /** The rows of a grid of translations. */
    private static final int TRANSLATION_ROWS = 8;

    /** The stand-in for the dataset of a run opened to sample: it has the spec's classes but no samples. */
    private static GanDataset noData(GanSpec spec) {
        return new GanDataset() {
            @Override
            public Batch batch(NDManager manager, long seed, long position, int batchSize) {
                throw new IllegalStateException("this run was opened to sample (TrainingRun.load), without its dataset;"
                        + " open it with TrainingRun.resume to train");
            }

            @Override
            public int classes() {
                return spec.isConditional() ? spec.conditioning().classes() : 0;
            }
        };
    }

    private final GanSpec spec;
    private final RunDirectory directory;
    private final GanTrainer trainer;
    private final GanDataset dataset;
    private final CheckpointStore checkpoints;
    private final LossHistory history;
    private final MetricSet metrics;
    private final MetricHistory metricHistory;
    private final PluginRegistry registry;
    private String summary;
    private final EngineSupport engine;
    /** Whether {@link #trainUntil} is running, since when (System.nanoTime), and the wall time of training before it. */
    private boolean inTrainUntil;
    /** Set from another thread (a shutdown hook) to end {@link #trainUntil} after the current step. */
    private volatile boolean stopRequested;
    private long trainingSince;
    private double trainingSecondsBefore;

    private TrainingRun(GanSpec spec, RunDirectory directory, GanTrainer trainer, GanDataset dataset, MetricSet metrics,
            PluginRegistry registry) throws IOException {
        this.spec = spec;
        this.engine = EngineSupport.of(spec);
        this.directory = directory;
        this.trainer = trainer;
        this.dataset = dataset;
        this.metrics = metrics;
        this.registry = registry;
        this.checkpoints = new CheckpointStore(directory.checkpoints());
        this.history = new LossHistory(directory.history(), trainer.reportedRoles());
        this.metricHistory = new MetricHistory(directory.metrics());
    }

    /**
     * Starts a new run of {@code spec} in {@code root}, which must not hold a run already.
     *
     * @throws SpecException if a plugin the spec names is unknown or misconfigured
     */
    public static TrainingRun create(GanSpec spec, Path root, PluginRegistry registry) throws IOException {
        RunDirectory directory = new RunDirectory(root);
        if (Files.exists(directory.spec())) {
            throw new IOException(root + " already holds a run; resume it with 'ganforge resume " + root
                    + "' or choose another --out");
        }
        // Check the spec and the engine before creating anything, so that a refused spec leaves no directory.
        new GanAssembler(registry).requireValid(spec, DataUse.READ, "spec '" + spec.name() + "'");
        EngineSupport.of(spec).requireInstalled();
        boolean created = !Files.exists(root);
        Files.createDirectories(root);
        TrainingRun run;
        try {
            run = open(spec, directory, registry, true);
        } catch (RuntimeException | IOException refused) {
            if (created) {
                deleteTree(root);
            }
            throw refused;
        }
        Files.writeString(directory.spec(), YamlSpecWriter.write(spec), StandardCharsets.UTF_8);
        run.writeProvenance("created");
        return run;
    }

    /**
     * Reopens the run in {@code root} at its latest checkpoint (or at step 0 if it has none) to
     * continue training it: steps after the checkpoint are dropped from the history.
     *
     * @param changedSpec a spec to continue with instead of the run's own, or {@code null}
     * @param allowChange whether a changed spec may differ in more than the number of steps
     * @throws IOException if the directory holds no run or its checkpoint is corrupt
     * @throws SpecException if the changed spec differs in more than its steps and that is not allowed
     */
    public static TrainingRun resume(Path root, PluginRegistry registry, GanSpec changedSpec, boolean allowChange)
            throws IOException {
        RunDirectory directory = new RunDirectory(root);
        GanSpec recorded = recordedSpec(directory);
        GanSpec spec = recorded;
        if (changedSpec != null) {
            // The engine is where the run computes, not what it is: a checkpoint loads on either.
            TrainingSpec asRecorded = changedSpec.training()
                    .withSteps(recorded.training().steps())
                    .withEngine(recorded.training().engine());
            boolean onlyStepsOrEngine = changedSpec.withTraining(asRecorded).equals(recorded);
            if (!onlyStepsOrEngine && !allowChange) {
                throw new SpecException(root.resolve("spec.yaml").toString(), List.of(SpecProblem.at("",
                        "the spec differs from the one this run was trained with in more than training.steps and"
                        + " training.engine; resuming would mix two experiments. Start a new run, or pass"
                        + " --allow-spec-change if you mean it")));
            }
            spec = changedSpec;
        }
        TrainingRun run = atLatestCheckpoint(spec, directory, registry, true);
        run.history.truncateAfter(run.trainer.step());
        run.metricHistory.truncateAfter(run.trainer.step());
        if (changedSpec != null) {
            Files.writeString(directory.spec(), YamlSpecWriter.write(spec), StandardCharsets.UTF_8);
        }
        run.writeProvenance("resumed at step " + run.trainer.step());
        return run;
    }

    /**
     * Opens the run in {@code root} at its latest checkpoint to sample from it, changing nothing
     * on disk. Its dataset is not opened, so sampling needs none of the training data's files;
     * such a run cannot train.
     */
    public static TrainingRun load(Path root, PluginRegistry registry) throws IOException {
        return load(root, registry, null);
    }

    /**
     * Opens the run in {@code root} at its latest checkpoint on {@code engine} to sample from it,
     * changing nothing on disk.
     *
     * @param engine the engine to compute on, or {@code null} for the one the run records
     */
    public static TrainingRun load(Path root, PluginRegistry registry, TrainingEngine engine) throws IOException {
        RunDirectory directory = new RunDirectory(root);
        GanSpec spec = recordedSpec(directory);
        if (engine != null) {
            spec = spec.withTraining(spec.training().withEngine(engine));
        }
        return atLatestCheckpoint(spec, directory, registry, false);
    }

    /**
     * Opens the run in {@code root} at its latest checkpoint, with its dataset, to evaluate it
     * against the real data, changing nothing on disk.
     */
    public static TrainingRun loadToEvaluate(Path root, PluginRegistry registry) throws IOException {
        RunDirectory directory = new RunDirectory(root);
        return atLatestCheckpoint(recordedSpec(directory), directory, registry, true);
    }

    /**
     * Opens the run in {@code root} at the checkpoint of {@code step} to evaluate or sample it,
     * changing nothing on disk. Step 0 is the untrained generator, as the run's seed initialises
     * it, whether or not a checkpoint of step 0 exists: the baseline that figures of a trained
     * generator compare with.
     *
     * @throws IOException if the run has no checkpoint of that step (the message lists those it has)
     */
    public static TrainingRun loadStep(Path root, PluginRegistry registry, long step) throws IOException {
        RunDirectory directory = new RunDirectory(root);
        TrainingRun run = open(recordedSpec(directory), directory, registry, true);
        if (step == 0) {
            return run;
        }
        Path checkpoint = directory.checkpoints().resolve(String.format("step-%06d", step));
        if (!run.checkpoints.all().contains(checkpoint)) {
            List<String> steps = new ArrayList<>();
            for (Path folder : run.checkpoints.all()) {
                steps.add(Long.toString(Long.parseLong(folder.getFileName().toString().substring("step-".length()))));
            }
            run.close();
            throw new IOException(root + " has no checkpoint of step " + step + "; it has checkpoints of steps "
                    + (steps.isEmpty() ? "none" : String.join(", ", steps)) + " (and step 0 is the untrained generator)");
        }
        try (NDManager manager = run.engine.newManager()) {
            run.trainer.restore(CheckpointStore.read(checkpoint, manager));
        }
        return run;
    }

    /** The spec the run in {@code root} trains, as recorded in its directory. */
    public static GanSpec recordedSpec(Path root) throws IOException {
        return recordedSpec(new RunDirectory(root));
    }

    private static GanSpec recordedSpec(RunDirectory directory) throws IOException {
        if (!Files.exists(directory.spec())) {
            throw new IOException(directory.root() + " holds no ganforge run (no spec.yaml); start one with 'ganforge train'");
        }
        return YamlSpecReader.read(directory.spec());
    }

    private static TrainingRun atLatestCheckpoint(GanSpec spec, RunDirectory directory, PluginRegistry registry,
            boolean withData) throws IOException {
        TrainingRun run = open(spec, directory, registry, withData);
        Optional<Path> latest = run.checkpoints.latest();
        if (latest.isPresent()) {
            try (NDManager manager = run.engine.newManager()) {
                run.trainer.restore(CheckpointStore.read(latest.get(), manager));
            }
        }
        return run;
    }

    private static TrainingRun open(GanSpec spec, RunDirectory directory, PluginRegistry registry, boolean withData)
            throws IOException {
        GanAssembler assembler = new GanAssembler(registry);
        assembler.requireValid(spec, withData ? DataUse.READ : DataUse.IGNORED, "spec '" + spec.name() + "'");
        EngineSupport.of(spec).requireInstalled();
        PluginRef datasetRef = spec.data().dataset();
        if (withData && datasetRef == null) {
            throw new SpecException("spec '" + spec.name() + "'", List.of(SpecProblem.at("data.dataset",
                    "training needs real data: name a dataset, e.g. 'dataset: gaussian-ring' (see 'ganforge plugins')")));
        }
        MetricSet metrics = MetricSet.create(registry, spec.training().metrics());
        GanDataset dataset = withData
                ? registry.create(PluginFamily.DATASET, datasetRef, DatasetSource.class).open(spec.data())
                : noData(spec);
        try {
            if (withData) {
                metrics.requireUsable(dataset, spec.conditioning() != null, "spec '" + spec.name() + "'");
            }
            GanTrainer trainer = assembler.trainer(spec, dataset).build();
            return new TrainingRun(spec, directory, trainer, dataset, metrics, registry);
        } catch (RuntimeException | IOException | Error refused) {
            dataset.close();
            metrics.close();
            throw refused;
        }
    }

    /** The spec this run trains. */
    public GanSpec spec() {
        return spec;
    }

    /** The run's directory. */
    public RunDirectory directory() {
        return directory;
    }

    /** Generator steps completed. */
    public long step() {
        return trainer.step();
    }

    /**
     * Trains until {@code targetStep}, writing samples, the loss plot and checkpoints at the
     * spec's intervals and at the end.
     *
     * @param progress where the progress line goes, or {@code null} for none
     * @param terminal whether {@code progress} is an interactive terminal
     * @throws TrainingDivergedException if a loss or a gradient norm becomes NaN or infinite; the last good
     *     checkpoint stays the latest
     */
    public void trainUntil(long targetStep, PrintStream progress, boolean terminal) throws IOException {
        trainUntil(targetStep, progress == null ? new RunListener() {} : RunListener.progress(progress, terminal));
    }

    /**
     * Trains until {@code targetStep}, writing samples, the loss plot, evaluations and checkpoints
     * at the spec's intervals and at the end, and telling {@code listener} of each step and file.
     *
     * @throws IOException if a file of the run cannot be written, or the listener throws one
     * @throws TrainingDivergedException if a loss or a gradient norm becomes NaN or infinite; the last good
     *     checkpoint stays the latest
     */
    public void trainUntil(long targetStep, RunListener listener) throws IOException {
        trainingSecondsBefore = Provenance.read(directory.provenance()).trainingWallSeconds();
        trainingSince = System.nanoTime();
        inTrainUntil = true;
        try {
            listener.onStart(trainer.step(), targetStep);
            if (trainer.step() == 0) {
                writeSamples(0, listener);
                if (spec.training().evaluates()) {
                    evaluateAndRecord(listener);
                }
                writeReport();
            }
            trainer.trainUntil(targetStep, (t, record) -> {
                history.add(record);
                listener.onStep(record);
                afterStep(record, targetStep, listener);
                if (stopRequested && record.step() < targetStep) {
                    if (!checkpointDue(record.step(), targetStep)) {
                        listener.onCheckpoint(record.step(), checkpoint());
                    }
                    throw new StopRequested();
                }
            });
        } catch (StopRequested stopped) {
            // The step is complete and checkpointed: resume continues from it.
        } catch (TrainingDivergedException diverged) {
            Optional<Path> latest = checkpoints.latest();
            throw new TrainingDivergedException(diverged.step(), diverged.getMessage() + " The last good checkpoint is "
                    + latest.map(Path::toString).orElse("none (the run diverged before its first checkpoint)") + ".");
        } catch (IOException | RuntimeException failed) {
            throw failed;
        } catch (Exception cannotHappen) {
            // The step listener above throws only what the run's writing and the RunListener throw.
            throw new IllegalStateException(cannotHappen);
        } finally {
            inTrainUntil = false;
        }
    }

    /**
     * Asks a running {@link #trainUntil} to return after the step it is in, with a checkpoint of
     * it; safe to call from any thread (a shutdown hook: the native engine must not be mid-step
     * when the process exits). {@link #stopped()} tells afterwards whether it stopped early.
     */
    public void requestStop() {
        stopRequested = true;
    }

    /** Whether a stop was requested, so that {@link #trainUntil} may have returned before its target. */
    public boolean stopped() {
        return stopRequested;
    }

    /** Thrown by the step listener to leave the trainer's loop at a step boundary. */
    private static final class StopRequested extends RuntimeException {
        StopRequested() {
            super(null, null, false, false);
        }
    }

    private void afterStep(StepRecord record, long targetStep, RunListener listener) throws IOException {
        long step = record.step();
        boolean last = step == targetStep;
        TrainingSpec training = spec.training();
        boolean sample = last || step % training.sampleEvery() == 0;
        boolean evaluate = training.evaluates() && (last || step % training.evaluateEvery() == 0);
        if (sample) {
            writeSamples(step, listener);
            LossPlot.write(history.records(), directory.lossPlot(), spec.name());
        }
        if (evaluate) {
            evaluateAndRecord(listener);
        }
        if (sample || evaluate) {
            writeReport();
        }
        if (checkpointDue(step, targetStep)) {
            listener.onCheckpoint(step, checkpoint());
        }
    }

    /** Whether the run writes a checkpoint after {@code step}: at the spec's interval and at the target. */
    private boolean checkpointDue(long step, long targetStep) {
        return step == targetStep || step % spec.training().checkpointEvery() == 0;
    }

    /** Writes a checkpoint of the current step now. */
    public Path checkpoint() throws IOException {
        try (NDManager manager = engine.newManager()) {
            return checkpoints.write(trainer.snapshot(manager), YamlSpecWriter.write(spec));
        }
    }

    /**
     * Writes the sample image of {@code step}, if the data can be drawn: from the run's fixed
     * noise, or for a recipe that translates, rows of input | translation | target (|
     * reconstruction, for a recipe with an inverse) of the first test images.
     */
    private void writeSamples(long step, RunListener listener) throws IOException {
        List<Integer> shape = spec.data().shape();
        if (translates()) {
            if (shape.size() == 3) {
                writeTranslations(step, shape);
                listener.onSamples(step, directory.samples(step));
            }
            return;
        }
        boolean image = shape.size() == 3;
        if (!image && !shape.equals(List.of(2))) {
            return;
        }
        try (NDManager manager = engine.newManager()) {
            int classes = trainer.classes();
            // A conditional grid has a column per class (classes 0, 1, ... left to right).
            int columns = classes > 0 ? classes : (int) Math.ceil(Math.sqrt(GRID_SAMPLES));
            int count = image ? columns * Math.max(1, Math.round((float) GRID_SAMPLES / columns)) : POINT_SAMPLES;
            float[] values = generate(manager, count, spec.training().seed()).toFloatArray();
            if (image) {
                SampleImages.writeGrid(values, count, columns, shape, spec.data().min(), spec.data().max(),
                        directory.samples(step));
            } else {
                SampleImages.writeScatter(values, dataset.referencePoints(), spec.name() + " — step " + step,
                        directory.samples(step));
            }
        }
        listener.onSamples(step, directory.samples(step));
    }

    private void writeTranslations(long step, List<Integer> shape) throws IOException {
        try (NDManager manager = engine.newManager()) {
            Batch batch = dataset.split(GanDataset.Split.TEST)
                    .filter(test -> test.size() >= TRANSLATION_ROWS)
                    .map(test -> test.slice(manager, 0, TRANSLATION_ROWS))
                    .orElseGet(() -> dataset.batch(manager, spec.training().seed(), 0, TRANSLATION_ROWS));
            if (batch.source() == null) {
                return;
            }
            NDArray labels = trainer.classes() > 0 ? batch.labels() : null;
            NDArray translated = trainer.translate(manager, batch.source(), labels);
            List<NDArray> columns = new ArrayList<>(List.of(batch.source(), translated, batch.samples()));
            trainer.recipe().inverseRole().ifPresent(inverse ->
                    columns.add(trainer.infer(inverse, manager, translated, labels)));
            int rows = (int) batch.samples().getShape().get(0);
            int size = (int) (batch.samples().size() / rows);
            List<float[]> values = columns.stream().map(NDArray::toFloatArray).toList();
            float[] grid = new float[rows * columns.size() * size];
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < columns.size(); column++) {
                    System.arraycopy(values.get(column), row * size, grid, (row * columns.size() + column) * size, size);
                }
            }
            SampleImages.writeGrid(grid, rows * columns.size(), columns.size(), shape, spec.data().min(),
                    spec.data().max(), directory.samples(step));
        }
    }

    private void evaluateAndRecord(RunListener listener) throws IOException {
        Map<String, Double> figures = evaluate(metrics, listener::onNote);
        metricHistory.add(trainer.step(), figures);
        metricHistory.plot(directory.metricPlot(), spec.name());
        listener.onEvaluation(trainer.step(), figures);
    }

    /**
     * Computes the figures of the spec's metrics ({@code training.metrics}) for the generator as
     * it is now.
     *
     * @param notes where a metric says what takes it long (e.g. training its classifier)
     * @throws SpecException if the spec names no metric
     */
    public Map<String, Double> evaluate(java.util.function.Consumer<String> notes) throws IOException {
        if (metrics.isEmpty()) {
            throw new SpecException("spec '" + spec.name() + "'", List.of(SpecProblem.at("training.metrics",
                    "this run's spec names no metric to evaluate; name one, e.g. 'metrics: [classifier-fid]'"
                    + " (see 'ganforge plugins')")));
        }
        return evaluate(metrics, notes);
    }

    /**
     * Computes the figures of the metrics {@code refs} name, which need not be the spec's, for the
     * generator as it is now.
     */
    public Map<String, Double> evaluate(List<PluginRef> refs, java.util.function.Consumer<String> notes)
            throws IOException {
        try (MetricSet chosen = MetricSet.create(registry, refs)) {
            chosen.requireUsable(dataset, spec.conditioning() != null, "the metrics");
            return evaluate(chosen, notes);
        }
    }

    private Map<String, Double> evaluate(MetricSet chosen, java.util.function.Consumer<String> notes) throws IOException {
        return chosen.evaluate(new Evaluation(this::generate, dataset, trainer.classes(), spec.training().seed(), notes,
                engine, translates() ? new RunTranslator(trainer, spec.data().min(), spec.data().max()) : null));
    }

    /** Whether the run's recipe feeds its sampling network data (pix2pix, CycleGAN) rather than noise. */
    private boolean translates() {
        return trainer.recipe().feed(trainer.recipe().samplingRole()) != Feed.NOISE;
    }

    /** The run's generator as a metric's {@link Translator}, in the spec's value range. */
    private record RunTranslator(GanTrainer trainer, double min, double max) implements Translator {

        @Override
        public NDArray translate(NDManager manager, NDArray inputs, NDArray labels) {
            return trainer.translate(manager, inputs, labels);
        }

        @Override
        public NDArray translateBack(NDManager manager, NDArray inputs, NDArray labels) {
            String inverse = trainer.recipe().inverseRole()
                    .orElseThrow(() -> new UnsupportedOperationException("this run translates only A to B"));
            return trainer.infer(inverse, manager, inputs, labels);
        }

        @Override
        public boolean hasInverse() {
            return trainer.recipe().inverseRole().isPresent();
        }
    }

    /** The figures of every evaluation of this run so far, as kept in {@code metrics.csv}. */
    public MetricHistory metricHistory() {
        return metricHistory;
    }

    /**
     * Rewrites {@code report.html} from the run directory as it is now; while {@link #trainUntil}
     * runs, records the wall time spent training so far in {@code provenance.yaml} first.
     */
    public void writeReport() throws IOException {
        if (inTrainUntil) {
            Provenance provenance = Provenance.read(directory.provenance());
            provenance.setTrainingWallSeconds(trainingSecondsBefore + (System.nanoTime() - trainingSince) / 1e9);
            provenance.write();
        }
        if (summary == null) {
            try (NDManager manager = engine.newManager()) {
                summary = GanSummary.of(trainer.gan(), manager).render();
            }
        }
        RunReport.write(directory, spec.name(), trainer.step(), YamlSpecWriter.write(spec), summary, metricHistory);
    }

    /**
     * Generates {@code count} samples of the given classes (one label per sample) from noise
     * drawn with {@code seed}, with the sampling weights of the strategies (the generator's moving
     * average, if any). The generator runs on batches of the spec's {@code training.batch-size},
     * so that activations take the memory of one batch whatever the count; the samples are those
     * of one batch (see {@link GanTrainer#generate(int, long, int, IntUnaryOperator, SampleSink)}).
     *
     * @param labels (count) int32 classes for a conditional GAN; {@code null} for an unconditional
     *     one, or for classes 0, 1, ..., K−1, 0, 1, ... in turn
     * @throws IllegalArgumentException if labels are given to an unconditional GAN, or a class it lacks
     */
    public NDArray generate(NDManager manager, int count, long seed, NDArray labels) {
        IntUnaryOperator labelOf = null;
        if (labels != null) {
            int[] classes = labels.toType(ai.djl.ndarray.types.DataType.INT32, false).toIntArray();
            if (classes.length != count) {
                throw new IllegalArgumentException("give one label per sample: " + count + " samples, "
                        + classes.length + " labels");
            }
            labelOf = i -> classes[i];
        }
        NDList batches = new NDList();
        try {
            generate(count, seed, spec.training().batchSize(), labelOf, (samples, first) -> {
                samples.attach(manager);
                batches.add(samples);
            });
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen); // the sink above writes no file
        }
        if (batches.size() == 1) {
            return batches.singletonOrThrow();
        }
        NDArray all = NDArrays.concat(batches);
        batches.close();
        return all;
    }

    /**
     * Translates {@code inputs} with a run whose recipe translates: A → B with the sampling network
     * (its moving average, if kept), or B → A with the recipe's inverse network (CycleGAN's).
     *
     * @param inverse whether to translate B → A
     * @return (N, ...) translations, on {@code manager}
     * @throws IllegalArgumentException if the run makes samples from noise instead, B → A is asked
     *     of a recipe without an inverse, or the run is conditional
     */
    public NDArray translate(NDManager manager, NDArray inputs, boolean inverse) {
        String role = translatingRole(inverse);
        return inverse ? trainer.infer(role, manager, inputs, null) : trainer.translate(manager, inputs, null);
    }

    /**
     * The role that translates the way asked, checking that the run can.
     *
     * @throws IllegalArgumentException as {@link #translate}
     */
    public String translatingRole(boolean inverse) {
        TrainingRecipe recipe = trainer.recipe();
        if (!translates()) {
            throw new IllegalArgumentException("run '" + spec.name() + "' makes samples from noise (recipe '"
                    + spec.recipe().type() + "'); it translates nothing: draw samples with 'ganforge sample'");
        }
        if (trainer.classes() > 0) {
            throw new IllegalArgumentException("run '" + spec.name() + "' is conditional; translating its images needs"
                    + " their classes, which 'translate' does not take yet");
        }
        if (!inverse) {
            return recipe.samplingRole();
        }
        return recipe.inverseRole().orElseThrow(() -> new IllegalArgumentException("recipe '"
                + spec.recipe().type() + "' translates only a-to-b; it has no network for b-to-a"));
    }

    /**
     * Generates {@code count} samples from noise drawn with {@code seed}, {@code batchSize} at a
     * time (about: see {@link GanTrainer#generate(int, long, int, IntUnaryOperator, SampleSink)}),
     * handing each batch to {@code sink} before generating the next: for writing any number of
     * samples with the memory of one batch. The samples do not depend on the batch size (on PyTorch;
     * to the last bit of a float).
     *
     * @param labelOf the class of sample {@code i} for a conditional GAN; {@code null} for an
     *     unconditional one, or for classes 0, 1, ..., K−1, 0, 1, ... in turn
     * @throws IllegalArgumentException if labels are given to an unconditional GAN, or a class it lacks
     */
    public void generate(int count, long seed, int batchSize, IntUnaryOperator labelOf, SampleSink sink)
            throws IOException {
        if (translates()) {
            throw new IllegalArgumentException("run '" + spec.name() + "' translates images (recipe '" + spec.recipe().type()
                    + "'): it makes no samples from noise; translate images with 'ganforge translate RUN --in FOLDER"
                    + " --out FOLDER'");
        }
        int classes = trainer.classes();
        if (labelOf != null) {
            if (classes == 0) {
                throw new IllegalArgumentException("spec '" + spec.name() + "' is not conditional: it takes no class label");
            }
            for (int i = 0; i < count; i++) {
                int label = labelOf.applyAsInt(i);
                if (label < 0 || label >= classes) {
                    throw new IllegalArgumentException("class " + label + " does not exist: spec '" + spec.name()
                            + "' has classes 0 to " + (classes - 1));
                }
            }
        }
        IntUnaryOperator inTurn = classes == 0 ? null : i -> i % classes;
        trainer.generate(count, seed, batchSize, labelOf != null ? labelOf : inTurn, sink);
    }

    /**
     * A new manager on the run's engine, for the arrays of {@link #generate}; the caller closes it.
     */
    public NDManager newManager() {
        return engine.newManager();
    }

    /**
     * Generates {@code count} samples from noise drawn with {@code seed}; a conditional GAN draws
     * classes 0, 1, ..., K−1, 0, 1, ... in turn.
     */
    public NDArray generate(NDManager manager, int count, long seed) {
        return generate(manager, count, seed, null);
    }

    /** The number of classes of a conditional GAN, 0 for an unconditional one. */
    public int classes() {
        return trainer.classes();
    }

    private void writeProvenance(String event) throws IOException {
        Provenance provenance = Provenance.read(directory.provenance());
        Engine djl = engine.engine();
        provenance.put("name", spec.name());
        provenance.put("seed", spec.training().seed());
        provenance.putIfAbsent("ganforge", GanforgeVersion.get());
        provenance.put("djl", Engine.getDjlVersion());
        String engineName = djl.getEngineName() + " " + djl.getVersion();
        provenance.put("engine", engineName);
        provenance.put("java", System.getProperty("java.version"));
        provenance.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        provenance.put("onednn-max-cpu-isa", Optional.ofNullable(System.getenv("ONEDNN_MAX_CPU_ISA")).orElse("unset"));
        provenance.addEvent(Instant.now(), event + " on " + engineName);
        provenance.write();
    }

    private static void deleteTree(Path path) throws IOException {
        try (var walk = Files.walk(path)) {
            for (Path entry : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(entry);
            }
        }
    }

    @Override
    public void close() {
        metrics.close();
        trainer.close();
    }
}
