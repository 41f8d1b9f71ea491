package dev.ganforge.cli;

import dev.ganforge.engine.api.EvaluationOptions;
import dev.ganforge.engine.api.Ganforge;
import dev.ganforge.engine.api.MetricFigures;
import dev.ganforge.engine.api.Run;
import dev.ganforge.engine.run.TrainingRun;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.PluginRef;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ganforge evaluate DIR [--step S] [--samples N] [--metric TYPE]...}: prints a run's metrics. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = GanforgeCli.Version.class,
        description = {"Compute the metrics of a run's latest checkpoint (or of --step S) and print them.",
            "--step 0 evaluates the untrained generator: the baseline to compare a trained one with."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @picocli.CommandLine.Mixin
    private ThreadOption threads;

    @Parameters(paramLabel = "DIR", description = "the run directory")
    private Path directory;

    @Option(names = "--step", paramLabel = "S",
            description = "evaluate the checkpoint of step S; 0 is the untrained generator (default: the latest checkpoint)")
    private Long step;

    @Option(names = "--samples", paramLabel = "N",
            description = "generated samples per metric, for metrics with a 'samples' parameter (default: the spec's)")
    private Integer samples;

    @Option(names = "--metric", paramLabel = "TYPE",
            description = "a metric plugin to compute instead of the spec's training.metrics, with its defaults; repeatable")
    private List<String> metricTypes = new ArrayList<>();

    @Override
    public Integer call() {
        if (samples != null && samples < 2) {
            return RunCommands.usage(command, "--samples must be at least 2, found " + samples);
        }
        if (step != null && step < 0) {
            return RunCommands.usage(command, "--step must be 0 or more, found " + step);
        }
        if (threads.problem() != null) {
            return RunCommands.usage(command, threads.problem());
        }
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        return RunCommands.guarded(err, () -> {
            GanSpec recorded = TrainingRun.recordedSpec(directory);
            threads.apply(recorded);
            if (metricTypes.isEmpty() && recorded.training().metrics().isEmpty()) {
                return RunCommands.usage(command, "the run's spec names no metric (training.metrics);"
                        + " name one with --metric, e.g. --metric classifier-fid (see 'ganforge plugins')");
            }
            EvaluationOptions.Builder options = EvaluationOptions.builder().optNotes(note -> {
                err.println(note);
                err.flush();
            });
            metricTypes.forEach(type -> options.addMetric(PluginRef.of(type)));
            if (step != null) {
                options.optStep(step);
            }
            if (samples != null) {
                options.optSamples(samples);
            }
            try (Run run = Ganforge.open(directory)) {
                MetricFigures figures = run.evaluate(options.build());
                out.printf("%s, step %d%n", recorded.name(), figures.step());
                figures.values().forEach((name, value) -> out.printf(Locale.ROOT, "%s: %.6g%n", name, value));
                out.flush();
            }
            return ExitCode.OK;
        });
    }
}
