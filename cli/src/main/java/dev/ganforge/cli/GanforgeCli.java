package dev.ganforge.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code ganforge} command: the entry point of the launcher script at the repository root. */
@Command(
        name = "ganforge",
        mixinStandardHelpOptions = true,
        versionProvider = GanforgeCli.Version.class,
        description = "Declare GANs in YAML or Java, check them, compile them onto DJL, train and sample them.",
        subcommands = {
            ValidateCommand.class,
            DescribeCommand.class,
            TrainCommand.class,
            ResumeCommand.class,
            SampleCommand.class,
            TranslateCommand.class,
            EvaluateCommand.class,
            PluginsCommand.class,
            CheckKernelsCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:internal error",
            "2:wrong command-line usage",
            "3:the spec has problems (each printed with file:line:column)",
            "4:a file could not be read or written",
            "5:training diverged (a loss or a gradient became NaN or infinite); the last good checkpoint is kept",
            "6:the engine's convolution kernels are wrong on this CPU; run with ONEDNN_MAX_CPU_ISA=AVX"
        })
public final class GanforgeCli implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    private GanforgeCli() {}

    /**
     * {@code --verbose}, accepted before or after the command: lets through what DJL logs at INFO
     * and above, and what the engine prints as it starts (DJL's CUDA probe, libtorch's warnings),
     * which the launcher and {@code EngineNoise} hold back. It sets slf4j-simple's levels as
     * system properties, which slf4j-simple reads when a logger is created: after the command
     * line is parsed, since nothing logs before a command runs.
     */
    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "show DJL's log and the native engine's warnings, hidden by default")
    void verbose(boolean verbose) {
        if (verbose) {
            System.setProperty("org.slf4j.simpleLogger.log.ai.djl", "info");
            System.setProperty("org.slf4j.simpleLogger.log.dev.ganforge", "debug");
        }
    }

    /** The version every command prints for {@code --version}: the engine jar's, as in run provenance. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = GanforgeCli.class.getPackage().getImplementationVersion();
            return new String[] {"ganforge " + (version == null ? "development" : version)};
        }
    }

    /** With no subcommand: show what there is to do. */
    @Override
    public Integer call() {
        command.commandLine().usage(command.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /** Runs the command line and returns its exit code, without exiting: for tests and embedding. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured picocli command line, so that tests can redirect its output. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new GanforgeCli());
        for (CliExtension extension : ServiceLoader.load(CliExtension.class)) {
            commandLine.addSubcommand(extension.command());
        }
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            // Commands report their own file errors; one that escapes is still a file error, not a crash.
            IOException io = exception instanceof IOException direct ? direct
                    : exception instanceof UncheckedIOException wrapped ? wrapped.getCause() : null;
            if (io != null) {
                line.getErr().println("ganforge: " + FileErrors.describe(io));
                return ExitCode.IO_ERROR;
            }
            line.getErr().println("ganforge: internal error: " + exception);
            return ExitCode.INTERNAL_ERROR;
        });
        return commandLine;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
