package dev.ganforge.engine.run;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.checkpoint.CheckpointStore;
import dev.ganforge.engine.compile.GanCompiler;
import dev.ganforge.engine.data.DatasetSource;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.loss.GanLoss;
import dev.ganforge.engine.optim.GanOptimizer;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.plugin.PluginValidator;
import dev.ganforge.engine.sample.SampleImages;
import dev.ganforge.engine.train.GanTrainer;
import dev.ganforge.engine.train.LossHistory;
import dev.ganforge.engine.train.ProgressReporter;
import dev.ganforge.engine.train.StepRecord;
import dev.ganforge.engine.train.TrainingDivergedException;
import dev.ganforge.engine.train.TrainingListener;
import dev.ganforge.engine.train.TrainingStrategy;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.PluginRef;
import dev.ganforge.spec.TrainingSpec;
import dev.ganforge.validate.SpecException;
import dev.ganforge.validate.SpecProblem;
import dev.ganforge.yaml.YamlSpecReader;
import dev.ganforge.yaml.YamlSpecWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A training run on disk: builds the trainer from a spec and the plugins it names, and keeps the
 * run directory up to date as it trains (history, loss plot, sample images, checkpoints).
 */
public final class TrainingRun implements AutoCloseable {

    /** Samples drawn for a sample image: a grid of images, or a cloud of 2-D points. */
    private static final int GRID_SAMPLES = 64;
    private static final int POINT_SAMPLES = 1000;

    /** The dataset of a run opened only to sample: it reads no files, and refuses to train. */
    private static final GanDataset NO_DATA = (manager, seed, position, batchSize) -> {
        throw new IllegalStateException("this run was opened to sample (TrainingRun.load), without its dataset;"
                + " open it with TrainingRun.resume to train");
    };

    private final GanSpec spec;
    private final RunDirectory directory;
    private final GanTrainer trainer;
    private final GanDataset dataset;
    private final CheckpointStore checkpoints;
    private final LossHistory history;

    private TrainingRun(GanSpec spec, RunDirectory directory, GanTrainer trainer, GanDataset dataset) throws IOException {
        this.spec = spec;
        this.directory = directory;
        this.trainer = trainer;
        this.dataset = dataset;
        this.checkpoints = new CheckpointStore(directory.checkpoints());
        this.history = new LossHistory(directory.history());
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
        // Check the plugins before creating anything, so that a refused spec leaves no directory.
        new PluginValidator(registry).requireValid(spec, "spec '" + spec.name() + "'");
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
            TrainingSpec training = changedSpec.training();
            boolean onlySteps = changedSpec.withTraining(new TrainingSpec(training.batchSize(), recorded.training().steps(),
                    training.seed(), training.sampleEvery(), training.checkpointEvery(), training.strategies()))
                    .equals(recorded);
            if (!onlySteps && !allowChange) {
                throw new SpecException(root.resolve("spec.yaml").toString(), List.of(SpecProblem.at("",
                        "the spec differs from the one this run was trained with in more than training.steps;"
                        + " resuming would mix two experiments. Start a new run, or pass --allow-spec-change if you mean it")));
            }
            spec = changedSpec;
        }
        TrainingRun run = atLatestCheckpoint(spec, directory, registry, true);
        run.history.truncateAfter(run.trainer.step());
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
        RunDirectory directory = new RunDirectory(root);
        return atLatestCheckpoint(recordedSpec(directory), directory, registry, false);
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
            try (NDManager manager = NDManager.newBaseManager()) {
                run.trainer.restore(CheckpointStore.read(latest.get(), manager));
            }
        }
        return run;
    }

    private static TrainingRun open(GanSpec spec, RunDirectory directory, PluginRegistry registry, boolean withData)
            throws IOException {
        new PluginValidator(registry).requireValid(spec, "spec '" + spec.name() + "'");
        PluginRef datasetRef = spec.data().dataset();
        if (withData && datasetRef == null) {
            throw new SpecException("spec '" + spec.name() + "'", List.of(SpecProblem.at("data.dataset",
                    "training needs real data: name a dataset, e.g. 'dataset: gaussian-ring' (see 'ganforge plugins')")));
        }
        List<TrainingStrategy> strategies = new ArrayList<>();
        for (PluginRef strategy : spec.training().strategies()) {
            strategies.add(registry.create(PluginFamily.STRATEGY, strategy, TrainingStrategy.class));
        }
        GanDataset dataset = withData
                ? registry.create(PluginFamily.DATASET, datasetRef, DatasetSource.class).open(spec.data())
                : NO_DATA;
        try {
            GanTrainer trainer = GanTrainer.builder()
                    .setGan(GanCompiler.compile(spec))
                    .setLoss(registry.create(PluginFamily.LOSS, spec.loss(), GanLoss.class))
                    .setGeneratorOptimizer(registry.create(PluginFamily.OPTIMIZER, spec.generator().optimizer(), GanOptimizer.class))
                    .setDiscriminatorOptimizer(registry.create(PluginFamily.OPTIMIZER, spec.discriminator().optimizer(), GanOptimizer.class))
                    .setDataset(dataset)
                    .optStrategies(strategies)
                    .build();
            return new TrainingRun(spec, directory, trainer, dataset);
        } catch (RuntimeException | IOException | Error refused) {
            dataset.close();
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
     * @throws TrainingDivergedException if a loss becomes NaN or infinite; the last good
     *     checkpoint stays the latest
     */
    public void trainUntil(long targetStep, PrintStream progress, boolean terminal) throws Exception {
        List<TrainingListener> listeners = new ArrayList<>();
        listeners.add((t, record) -> history.add(record));
        if (progress != null) {
            listeners.add(new ProgressReporter(progress, trainer.step(), targetStep, terminal));
        }
        listeners.add((t, record) -> afterStep(record, targetStep));
        if (trainer.step() == 0) {
            writeSamples(0);
        }
        try {
            trainer.trainUntil(targetStep, (t, record) -> {
                for (TrainingListener listener : listeners) {
                    listener.afterStep(t, record);
                }
            });
        } catch (TrainingDivergedException diverged) {
            Optional<Path> latest = checkpoints.latest();
            throw new TrainingDivergedException(diverged.step(), diverged.getMessage() + " The last good checkpoint is "
                    + latest.map(Path::toString).orElse("none (the run diverged before its first checkpoint)") + ".");
        }
    }

    private void afterStep(StepRecord record, long targetStep) throws IOException {
        long step = record.step();
        boolean last = step == targetStep;
        if (last || step % spec.training().sampleEvery() == 0) {
            writeSamples(step);
            history.plot(directory.lossPlot(), spec.name());
        }
        if (last || step % spec.training().checkpointEvery() == 0) {
            checkpoint();
        }
    }

    /** Writes a checkpoint of the current step now. */
    public Path checkpoint() throws IOException {
        try (NDManager manager = NDManager.newBaseManager()) {
            return checkpoints.write(trainer.snapshot(manager), YamlSpecWriter.write(spec));
        }
    }

    /** Writes the sample image of {@code step} from the run's fixed noise, if the data can be drawn. */
    private void writeSamples(long step) throws IOException {
        List<Integer> shape = spec.data().shape();
        boolean image = shape.size() == 3;
        if (!image && !shape.equals(List.of(2))) {
            return;
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            int count = image ? GRID_SAMPLES : POINT_SAMPLES;
            float[] values = generate(manager, count, spec.training().seed()).toFloatArray();
            if (image) {
                SampleImages.writeGrid(values, count, shape, spec.data().min(), spec.data().max(), directory.samples(step));
            } else {
                SampleImages.writeScatter(values, dataset.referencePoints(), spec.name() + " — step " + step,
                        directory.samples(step));
            }
        }
    }

    /**
     * Generates {@code count} samples from noise drawn with {@code seed}, with the sampling weights
     * of the strategies (the generator's moving average, if any).
     */
    public NDArray generate(NDManager manager, int count, long seed) {
        return trainer.generate(manager, trainer.fixedNoise(manager, count, seed));
    }

    private void writeProvenance(String event) throws IOException {
        Map<String, Object> provenance = new LinkedHashMap<>();
        if (Files.exists(directory.provenance())) {
            Map<String, Object> earlier = new Yaml().load(Files.readString(directory.provenance(), StandardCharsets.UTF_8));
            if (earlier != null) {
                provenance.putAll(earlier);
            }
        }
        Engine engine = Engine.getInstance();
        provenance.put("name", spec.name());
        provenance.put("seed", spec.training().seed());
        provenance.putIfAbsent("ganforge", GanforgeVersion.get());
        provenance.put("djl", Engine.getDjlVersion());
        provenance.put("engine", engine.getEngineName() + " " + engine.getVersion());
        provenance.put("java", System.getProperty("java.version"));
        provenance.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        provenance.put("onednn-max-cpu-isa", Optional.ofNullable(System.getenv("ONEDNN_MAX_CPU_ISA")).orElse("unset"));
        @SuppressWarnings("unchecked")
        List<String> events = (List<String>) provenance.computeIfAbsent("events", key -> new ArrayList<String>());
        events.add(Instant.now() + " " + event);
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        Files.writeString(directory.provenance(), new Yaml(options).dump(provenance), StandardCharsets.UTF_8);
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
        trainer.close();
    }
}
