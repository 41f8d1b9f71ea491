package dev.ganforge.cli;

import dev.ganforge.engine.api.Ganforge;
import dev.ganforge.engine.assemble.DataUse;
import dev.ganforge.spec.GanSpec;
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
        SpecFiles.Outcome outcome = SpecFiles.read(file, command.commandLine().getErr(), engine.choice(), DataUse.IGNORED);
        if (!outcome.ok()) {
            return outcome.exitCode();
        }
        GanSpec spec = outcome.spec();
        return RunCommands.guarded(command.commandLine().getErr(), () -> {
            command.commandLine().getOut().print(Ganforge.describe(spec).text());
            command.commandLine().getOut().flush();
            return ExitCode.OK;
        });
    }
}
