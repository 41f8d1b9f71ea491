package dev.ganforge.cli;

import dev.ganforge.engine.backend.IncorrectKernelsException;
import dev.ganforge.engine.run.TrainingRun;
import dev.ganforge.engine.train.TrainingDivergedException;
import dev.ganforge.validate.SpecException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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

    /** How long a signal waits for the current step (and its checkpoint) before the process exits anyway. */
    private static final long STOP_WAIT_MINUTES = 5;

    private RunCommands() {}

    /** Reports a command-line mistake of {@code command} and returns the usage exit code. */
    public static int usage(picocli.CommandLine.Model.CommandSpec command, String message) {
        command.commandLine().getErr().println("ganforge " + command.name() + ": " + message);
        command.commandLine().getErr().flush();
        return ExitCode.USAGE;
    }

    /**
     * Trains {@code run} to {@code target}, drawing progress on standard error. A signal that ends
     * the process (Ctrl-C, SIGTERM) ends training after the current step, with a checkpoint of it:
     * exiting while the native engine is mid-step crashes the JVM in oneDNN, and loses the steps
     * since the last checkpoint.
     */
    static void train(TrainingRun run, long target) throws Exception {
        CountDownLatch trained = new CountDownLatch(1);
        Thread stopAtStepBoundary = new Thread(() -> {
            run.requestStop();
            try {
                trained.await(STOP_WAIT_MINUTES, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ganforge-stop-at-step-boundary");
        Runtime.getRuntime().addShutdownHook(stopAtStepBoundary);
        try {
            run.trainUntil(target, System.err, System.console() != null);
        } finally {
            if (run.stopped()) {
                System.err.printf("%nganforge: stopped by a signal after step %d, which is checkpointed; continue with"
                        + " 'ganforge resume %s'%n", run.step(), run.directory().root());
                System.err.flush();
                trained.countDown();
                // The process is exiting: stay out of the native engine (closing the run) until it has.
                while (true) {
                    Thread.sleep(Long.MAX_VALUE);
                }
            }
            trained.countDown();
            Runtime.getRuntime().removeShutdownHook(stopAtStepBoundary);
        }
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
