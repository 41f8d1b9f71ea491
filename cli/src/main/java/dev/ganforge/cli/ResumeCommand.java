package dev.ganforge.cli;

import dev.ganforge.engine.assemble.DataUse;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.run.RunDirectory;
import dev.ganforge.engine.run.TrainingRun;
import dev.ganforge.spec.GanSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ganforge resume DIR [--more N | --steps N]}: continue a run from its latest checkpoint. */
@Command(name = "resume", mixinStandardHelpOptions = true, versionProvider = GanforgeCli.Version.class, description = "Continue a run from its latest checkpoint, exactly as if it had not stopped.")
final class ResumeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @picocli.CommandLine.Mixin
    private ThreadOption threads;

    @picocli.CommandLine.Mixin
    private EngineOption engine;

    @Parameters(paramLabel = "DIR", description = "the run directory")
    private Path directory;

    @Option(names = "--steps", paramLabel = "N", description = "train until step N (default: the spec's training.steps)")
    private Long steps;

    @Option(names = "--more", paramLabel = "N", description = "train N more steps beyond the checkpoint")
    private Long more;

    @Option(names = "--spec", paramLabel = "FILE", description = "continue with this spec instead of the run's own")
    private Path specFile;

    @Option(names = "--allow-spec-change", description = "accept a --spec that differs in more than its steps and engine")
    private boolean allowSpecChange;

    @Override
    public Integer call() {
        if (more != null && steps != null) {
            return RunCommands.usage(command, "give --more or --steps, not both");
        }
        if (threads.problem() != null) {
            return RunCommands.usage(command, threads.problem());
        }
        if (engine.problem() != null) {
            return RunCommands.usage(command, engine.problem());
        }
        // The spec to continue with is checked as train checks its own, data included, so that a
        // dataset folder that has gone since is a problem at its line in the file, not a failure to open it.
        Path recorded = new RunDirectory(directory).spec();
        Path checked = specFile != null ? specFile : Files.isRegularFile(recorded) ? recorded : null;
        GanSpec spec = null;
        if (checked != null) {
            SpecFiles.Outcome outcome = SpecFiles.read(checked, command.commandLine().getErr(), engine.choice(), DataUse.READ);
            if (!outcome.ok()) {
                return outcome.exitCode();
            }
            spec = outcome.spec();
        }
        // The run's own spec is a replacement only where --engine changed it.
        GanSpec replacement = specFile != null || engine.choice() != null ? spec : null;
        GanSpec toTrain = spec;
        return RunCommands.guarded(command.commandLine().getErr(), () -> {
            threads.apply(toTrain != null ? toTrain : TrainingRun.recordedSpec(directory));
            try (TrainingRun run = TrainingRun.resume(directory, PluginRegistry.load(), replacement, allowSpecChange)) {
                long target = more != null ? run.step() + more : steps != null ? steps : run.spec().training().steps();
                long from = run.step();
                RunCommands.train(run, target);
                command.commandLine().getOut().printf("resumed at step %d, trained to step %d; run directory %s%n",
                        from, run.step(), directory);
                command.commandLine().getOut().flush();
            }
            return ExitCode.OK;
        });
    }
}
