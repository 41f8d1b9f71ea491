package dev.ganforge.cli;

import dev.ganforge.engine.plugin.PluginRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ganforge plugins}: every plugin on the class path, with its parameters. */
@Command(name = "plugins", mixinStandardHelpOptions = true, versionProvider = GanforgeCli.Version.class, description = "List every plugin (losses, optimisers, strategies, datasets, ...) with its parameters.")
final class PluginsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @Override
    public Integer call() {
        command.commandLine().getOut().print(PluginRegistry.load().listing());
        command.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
