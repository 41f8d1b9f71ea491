package dev.ganforge.engine.api;

import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.assemble.DataUse;
import dev.ganforge.engine.assemble.GanAssembler;
import dev.ganforge.engine.backend.EngineSupport;
import dev.ganforge.engine.compile.GanCompiler;
import dev.ganforge.engine.compile.GanSummary;
import dev.ganforge.engine.condition.Conditioning;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.recipe.TrainingRecipe;
import dev.ganforge.engine.run.TrainingRun;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.TrainingEngine;
import dev.ganforge.validate.SpecException;
import dev.ganforge.validate.SpecProblem;
import dev.ganforge.yaml.LocatedSpec;
import dev.ganforge.yaml.YamlSpecReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What the {@code ganforge} command line does, for a Java program: validate, describe, train,
 * resume, and {@link #open} a run to sample from and evaluate. Plugins (losses, optimisers,
 * datasets, metrics, block kinds...) are those on the class path, as for the command line; see
 * the package documentation for an example.
 *
 * <p>Spec problems throw {@link SpecException} (unchecked) with every problem and its path in
 * the spec; files that cannot be read or written throw {@link IOException}. Training throws
 * {@link dev.ganforge.engine.train.TrainingDivergedException} when a loss stops being finite,
 * and the engine's {@link dev.ganforge.engine.backend.EngineUnavailableException} or
 * {@link dev.ganforge.engine.backend.IncorrectKernelsException} when it cannot compute correctly.
 */
public final class Ganforge {

    private Ganforge() {}

    /**
     * Checks {@code spec} as {@code ganforge validate} does: its plugins and their parameters, the
     * roles its recipe trains, the gradient a penalty needs, and its dataset's files and classes.
     * Touches no engine.
     */
    public static Validation validate(GanSpec spec) {
        GanAssembler assembler = new GanAssembler(PluginRegistry.load());
        List<SpecProblem> problems = assembler.check(spec, DataUse.READ);
        return new Validation(problems, problems.isEmpty() ? assembler.warnings(spec) : List.of());
    }

    /**
     * Reads and checks the YAML spec {@code file} as {@code ganforge validate FILE} does: every
     * problem, from its syntax to its plugins, located at its line and column in the file.
     *
     * @throws IOException if the file cannot be read
     */
    public static Validation validate(Path file) throws IOException {
        LocatedSpec read;
        try {
            read = YamlSpecReader.readLocated(file);
        } catch (SpecException unreadable) {
            return new Validation(unreadable.problems(), List.of());
        }
        Validation checked = validate(read.spec());
        return new Validation(read.locator().locateAll(checked.problems()), read.locator().locateAll(checked.warnings()));
    }

    /**
     * Compiles {@code spec} onto its engine and describes each network, as {@code ganforge
     * describe} does: blocks, settings, output shapes and trainable parameters. Needs no dataset.
     *
     * @throws SpecException if the spec has problems (its dataset's files aside)
     */
    public static GanDescription describe(GanSpec spec) {
        PluginRegistry registry = PluginRegistry.load();
        new GanAssembler(registry).requireValid(spec, DataUse.IGNORED, "spec '" + spec.name() + "'");
        EngineSupport engine = EngineSupport.of(spec);
        engine.requireInstalled();
        Conditioning conditioning = spec.isConditional()
                ? registry.create(PluginFamily.CONDITIONING, spec.conditioning().method(), Conditioning.class)
                : null;
        TrainingRecipe recipe = registry.create(PluginFamily.RECIPE, spec.recipe(), TrainingRecipe.class);
        try (NDManager manager = engine.newManager()) {
            return GanDescription.of(GanSummary.of(GanCompiler.compile(spec, conditioning, recipe::feed), manager));
        }
    }

    /**
     * Trains {@code spec} in a new run directory, as {@code ganforge train} does: it writes the
     * spec, provenance, {@code history.csv}, sample images, the loss plot, evaluations,
     * checkpoints and {@code report.html} at the spec's intervals and at the last step. A spec
     * that is refused leaves no directory behind.
     *
     * @param directory the run directory: new, or empty
     * @throws IOException if {@code directory} already holds a run, or a file cannot be read or written
     * @throws SpecException if the spec has problems, or names no dataset
     */
    public static TrainingResult train(GanSpec spec, Path directory, TrainingOptions options) throws IOException {
        try (TrainingRun run = TrainingRun.create(spec, directory, PluginRegistry.load())) {
            return trainUntil(run, directory, options);
        }
    }

    /**
     * Continues the run in {@code directory} from its latest checkpoint, as {@code ganforge resume}
     * does: exactly as if it had not stopped. The history after the checkpoint is dropped and
     * trained again.
     *
     * @param options how far: by default to the spec's {@code training.steps}
     * @throws IOException if the directory holds no run, or a file cannot be read or written
     */
    public static TrainingResult resume(Path directory, TrainingOptions options) throws IOException {
        try (TrainingRun run = TrainingRun.resume(directory, PluginRegistry.load(), null, false)) {
            return trainUntil(run, directory, options);
        }
    }

    private static TrainingResult trainUntil(TrainingRun run, Path directory, TrainingOptions options) throws IOException {
        long from = run.step();
        run.trainUntil(options.targetStep(from, run.spec()), options.listener());
        return new TrainingResult(directory, from, run.step());
    }

    /**
     * Opens the run in {@code directory} at its latest checkpoint to sample from and evaluate,
     * changing nothing on disk; close it to free its native memory.
     *
     * @throws IOException if the directory holds no run, or its checkpoint cannot be read
     */
    public static Run open(Path directory) throws IOException {
        return open(directory, null);
    }

    /**
     * Opens the run in {@code directory} at its latest checkpoint to sample on {@code engine}
     * instead of the one it was trained on (a checkpoint loads on either).
     *
     * @param engine the engine to compute on, or {@code null} for the run's own
     * @throws IOException if the directory holds no run, or its checkpoint cannot be read
     */
    public static Run open(Path directory, TrainingEngine engine) throws IOException {
        PluginRegistry registry = PluginRegistry.load();
        return new Run(TrainingRun.load(directory, registry, engine), directory, registry);
    }
}
