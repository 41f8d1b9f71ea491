package dev.ganforge.spark;

import dev.ganforge.cli.ExitCode;
import dev.ganforge.cli.RunCommands;
import dev.ganforge.cli.SweepFiles;
import dev.ganforge.engine.assemble.DataUse;
import dev.ganforge.engine.backend.EngineSupport;
import dev.ganforge.sweep.Sweep;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ganforge sweep FILE --out DIR [--master URL] [--parallel N] [--threads-per-trial T]}:
 * every trial of a sweep file as a run directory, on Spark, ranked in {@code leaderboard.csv}
 * and {@code sweep.html}. Run again on the same folder, it keeps the finished trials and
 * resumes the others from their checkpoints.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a sweep file's trials on Apache Spark (embedded by default) and rank them: DIR/trials/<id>"
                + " run directories, DIR/leaderboard.csv and DIR/sweep.html. Run again to finish a stopped sweep.")
public final class SweepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @Parameters(paramLabel = "FILE", description = "a sweep file (base, vary, seeds, metric, budget)")
    private Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "the sweep's folder (default: runs/sweeps/<name>)")
    private Path out;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. spark://127.0.0.1:7077 (default: local[N], embedded, N = --parallel);"
                    + " on a cluster, DIR must be a folder every worker shares")
    private String master;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "1",
            description = "trials at once in embedded mode (default: ${DEFAULT-VALUE})")
    private int parallel;

    @Option(names = "--threads-per-trial", paramLabel = "T",
            description = "intra-op threads of the pytorch engine in each trial (default: the cores divided by"
                    + " --parallel, at least 1)")
    private Integer threadsPerTrial;

    @Option(names = "--max-trials", paramLabel = "K", defaultValue = "0", hidden = true,
            description = "run at most K of the trials left, then stop as if interrupted (for tests)")
    private int maxTrials;

    @Override
    public Integer call() {
        if (parallel < 1) {
            return RunCommands.usage(command, "--parallel must be at least 1, found " + parallel);
        }
        if (threadsPerTrial != null && threadsPerTrial < 1) {
            return RunCommands.usage(command, "--threads-per-trial must be at least 1, found " + threadsPerTrial);
        }
        if (maxTrials < 0) {
            return RunCommands.usage(command, "--max-trials must be 0 (all) or more, found " + maxTrials);
        }
        SweepFiles.Outcome outcome = SweepFiles.read(file, command.commandLine().getErr(), DataUse.READ);
        if (!outcome.ok()) {
            return outcome.exitCode();
        }
        Sweep sweep = outcome.sweep();
        int threads = threadsPerTrial != null ? threadsPerTrial
                : Math.max(1, Runtime.getRuntime().availableProcessors() / parallel);
        Path folder = out != null ? out : Path.of("runs", "sweeps", sweep.name());
        String url = master != null ? master : "local[" + parallel + "]";
        return RunCommands.guarded(command.commandLine().getErr(), () -> {
            // Embedded, the trials share this JVM's engine, whose thread count is fixed when it starts.
            EngineSupport.of(sweep.trials().get(0).spec()).limitThreads(threads);
            SweepRunner.Result result = SweepRunner.run(sweep,
                    new SweepRunner.Settings(folder, url, threads, maxTrials), command.commandLine().getErr());
            int left = sweep.trials().size() - result.outcomes().size();
            command.commandLine().getOut().printf("%d trials: %d kept, %d trained, %d failed%s; leaderboard %s%n",
                    sweep.trials().size(), result.kept(), result.trained(), result.failed(),
                    left > 0 ? ", " + left + " left (run the sweep again to finish it)" : "",
                    folder.resolve("leaderboard.csv"));
            command.commandLine().getOut().flush();
            // A failed trial is tried again when the sweep runs again; a script should know it failed.
            return result.failed() > 0 ? ExitCode.INTERNAL_ERROR : ExitCode.OK;
        });
    }
}
