package dev.ganforge.engine.cli;

import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.backend.EngineSupport;
import dev.ganforge.engine.compile.GanCompiler;
import dev.ganforge.engine.compile.GanSummary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ganforge describe FILE}: compiles a spec onto DJL and prints a Keras-like summary. */
@Command(name = "describe", mixinStandardHelpOptions = true, versionProvider = GanforgeCli.Version.class, description = "Compile a spec onto DJL and print each block's output shape and parameters.")
final class DescribeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @picocli.CommandLine.Mixin
    private EngineOption engine;

    @Parameters(paramLabel = "FILE", description = "a YAML spec file")
    private Path file;

    @Override
    public Integer call() {
        if (engine.problem() != null) {
            return RunCommands.usage(command, engine.problem());
        }
        SpecFiles.Outcome outcome = SpecFiles.read(file, command.commandLine().getErr(), engine.choice());
        if (!outcome.ok()) {
            return outcome.exitCode();
        }
        return RunCommands.guarded(command.commandLine().getErr(), () -> {
            try (NDManager manager = EngineSupport.of(outcome.spec()).newManager()) {
                GanSummary summary = GanSummary.of(GanCompiler.compile(outcome.spec()), manager);
                command.commandLine().getOut().print(summary.render());
                command.commandLine().getOut().flush();
            }
            return ExitCode.OK;
        });
    }
}
