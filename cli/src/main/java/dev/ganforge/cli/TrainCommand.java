package dev.ganforge.cli;

import dev.ganforge.engine.assemble.DataUse;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.run.TrainingRun;
import dev.ganforge.spec.GanSpec;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ganforge train FILE [--steps N] [--out DIR] [--engine E]}: a new training run. */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = GanforgeCli.Version.class, description = "Train a spec in a new run directory (samples, loss history, checkpoints).")
final class TrainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @picocli.CommandLine.Mixin
    private ThreadOption threads;

    @picocli.CommandLine.Mixin
    private EngineOption engine;

    @Parameters(paramLabel = "FILE", description = "a YAML spec file")
    private Path file;

    @Option(names = "--steps", paramLabel = "N", description = "generator steps to train (default: the spec's training.steps)")
    private Long steps;

    @Option(names = "--out", paramLabel = "DIR", description = "the run directory (default: runs/<name>)")
    private Path out;

    @Override
    public Integer call() {
        if (threads.problem() != null) {
            return RunCommands.usage(command, threads.problem());
        }
        if (engine.problem() != null) {
            return RunCommands.usage(command, engine.problem());
        }
        SpecFiles.Outcome outcome = SpecFiles.read(file, command.commandLine().getErr(), engine.choice(), DataUse.READ);
        if (!outcome.ok()) {
            return outcome.exitCode();
        }
        GanSpec spec = outcome.spec();
        Path directory = out != null ? out : Path.of("runs", spec.name());
        long target = steps != null ? steps : spec.training().steps();
        return RunCommands.guarded(command.commandLine().getErr(), () -> {
            threads.apply(spec);
            try (TrainingRun run = TrainingRun.create(spec, directory, PluginRegistry.load())) {
                RunCommands.train(run, target);
                command.commandLine().getOut().printf("trained %d steps; run directory %s%n", run.step(), directory);
                command.commandLine().getOut().flush();
            }
            return ExitCode.OK;
        });
    }
}
