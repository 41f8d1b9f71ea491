package dev.ganforge.cli;

import dev.ganforge.engine.backend.IncorrectKernelsException;
import dev.ganforge.engine.run.TrainingRun;
import dev.ganforge.engine.train.TrainingDivergedException;
import dev.ganforge.validate.SpecException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;

/**
 * What the commands that train share: running to a step and turning failures into exit codes.
 * Public for the commands of other modules ({@link CliExtension}).
 */
public final class RunCommands {

    /** Work that may fail the ways a training run fails. */
    public interface RunAction {
        /** Does the work; returns the exit code. */
        int run() throws Exception;
    }

    private RunCommands() {}

    /** Reports a command-line mistake of {@code command} and returns the usage exit code. */
    public static int usage(picocli.CommandLine.Model.CommandSpec command, String message) {
        command.commandLine().getErr().println("ganforge " + command.name() + ": " + message);
        command.commandLine().getErr().flush();
        return ExitCode.USAGE;
    }

    /** Trains {@code run} to {@code target}, drawing progress on standard error. */
    static void train(TrainingRun run, long target) throws Exception {
        run.trainUntil(target, System.err, System.console() != null);
    }

    /** Runs {@code action}, reporting the expected failures on {@code err} with their exit codes. */
    public static int guarded(PrintWriter err, RunAction action) {
        try {
            return action.run();
        } catch (SpecException invalid) {
            err.println(invalid.getMessage());
            return ExitCode.INVALID_SPEC;
        } catch (TrainingDivergedException diverged) {
            err.println("ganforge: " + diverged.getMessage());
            return ExitCode.DIVERGED;
        } catch (IncorrectKernelsException wrongKernels) {
            err.println("ganforge: " + wrongKernels.getMessage());
            return ExitCode.WRONG_KERNELS;
        } catch (IOException io) {
            err.println("ganforge: " + FileErrors.describe(io));
            return ExitCode.IO_ERROR;
        } catch (UncheckedIOException io) {
            // A file that fails while training runs, e.g. a dataset's image that cannot be decoded.
            err.println("ganforge: " + FileErrors.describe(io.getCause()));
            return ExitCode.IO_ERROR;
        } catch (IllegalArgumentException wrong) {
            err.println("ganforge: " + wrong.getMessage());
            return ExitCode.INVALID_SPEC;
        } catch (Exception unexpected) {
            err.println("ganforge: internal error: " + unexpected);
            return ExitCode.INTERNAL_ERROR;
        } finally {
            err.flush();
        }
    }
}
