package dev.ganforge.spark;

import dev.ganforge.engine.backend.EngineSupport;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.run.AtomicFiles;
import dev.ganforge.engine.run.MetricHistory;
import dev.ganforge.engine.run.RunDirectory;
import dev.ganforge.engine.run.RunListener;
import dev.ganforge.engine.run.TrainingRun;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.yaml.YamlSpecReader;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs one trial where Spark puts it: a new run directory, or the one a stopped sweep left,
 * resumed from its latest checkpoint; a run that had finished is only read. Everything a trial
 * can fail with becomes a {@link TrialOutcome}, so that one failed trial does not stop the others.
 */
public final class TrialTask {

    /** The file a trial's run directory gets when the trial is done; it holds the step reached. */
    static final String FINISHED = "sweep-finished";

    private static PluginRegistry registry;

    private TrialTask() {}

    /** The plugins of this JVM, loaded once: every task of an executor shares them. */
    private static synchronized PluginRegistry registry() {
        if (registry == null) {
            registry = PluginRegistry.load();
        }
        return registry;
    }

    /**
     * Runs the trial of {@code job} as a Spark task: reads it if it had finished, otherwise trains
     * it in a JVM of its own. DJL's PyTorch engine records gradients for one computation at a time
     * per process, so trials that train at once cannot share a JVM; a child JVM also gives each
     * trial its own engine threads and keeps a crash of the native engine to one trial.
     */
    public static TrialOutcome run(TrialJob job) {
        Path root = Path.of(job.runDirectory());
        try {
            if (finished(root)) {
                return kept(job);
            }
            Files.createDirectories(root.getParent());
            Path jobFile = Files.createTempFile(root.getParent(), job.id() + "-", ".job");
            Path outcomeFile = Path.of(jobFile + ".outcome");
            try {
                try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(jobFile))) {
                    out.writeObject(job);
                }
                Process child = new ProcessBuilder(childCommand(job, jobFile, outcomeFile))
                        .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
                int exit = child.waitFor();
                if (!Files.exists(outcomeFile)) {
                    return failed(job, "the trial's JVM stopped with exit code " + exit + " before it finished");
                }
                try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(outcomeFile))) {
                    return (TrialOutcome) in.readObject();
                }
            } finally {
                Files.deleteIfExists(jobFile);
                Files.deleteIfExists(outcomeFile);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return failed(job, "interrupted");
        } catch (IOException | ClassNotFoundException | RuntimeException failed) {
            return failed(job, failed.getMessage() == null ? failed.toString() : failed.getMessage());
        }
    }

    /** The trial's JVM: this one's Java and class path, with the launcher's logging and threads. */
    private static List<String> childCommand(TrialJob job, Path jobFile, Path outcomeFile) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dai.djl.offline=true");
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(TrialMain.class.getName());
        command.add(jobFile.toString());
        command.add(outcomeFile.toString());
        return command;
    }

    /**
     * Trains the trial of {@code job} in this JVM: a new run directory, or the one a stopped
     * sweep left, resumed from its latest checkpoint.
     */
    static TrialOutcome train(TrialJob job) {
        Path root = Path.of(job.runDirectory());
        try {
            GanSpec spec = YamlSpecReader.read(job.specYaml(), job.id() + ".yaml");
            EngineSupport.of(spec).limitThreads(job.threads());
            long started = System.nanoTime();
            boolean resumed = Files.exists(new RunDirectory(root).spec());
            try (TrainingRun run = resumed ? TrainingRun.resume(root, registry(), spec, false)
                    : TrainingRun.create(spec, root, registry())) {
                long from = run.step();
                train(run, spec, job.minutes());
                Map<String, Double> figures = figures(run.metricHistory(), job.metric());
                double value = figures.get(job.metric());
                AtomicFiles.writeString(root.resolve(FINISHED), "step: " + run.step() + "\n");
                System.err.printf(Locale.ROOT, "ganforge sweep: %s (%s)%s: %s %s at step %d, %.1f s%n", job.id(),
                        job.setting(), resumed ? " resumed at step " + from : "", job.metric(), format(value),
                        run.step(), (System.nanoTime() - started) / 1e9);
                return new TrialOutcome(job.id(), TrialOutcome.Status.TRAINED, value, figures, run.step(), "");
            }
        } catch (Exception | LinkageError failed) {
            return failed(job, failed.getMessage() == null ? failed.toString() : failed.getMessage());
        }
    }

    private static TrialOutcome failed(TrialJob job, String message) {
        System.err.printf("ganforge sweep: %s (%s) failed: %s%n", job.id(), job.setting(), message);
        return TrialOutcome.failed(job.id(), message);
    }

    /** Whether the trial in {@code root} had finished. */
    static boolean finished(Path root) {
        return Files.isRegularFile(root.resolve(FINISHED));
    }

    /** A finished trial, read from its run directory: the figure at its last evaluation. */
    static TrialOutcome kept(TrialJob job) throws IOException {
        Path root = Path.of(job.runDirectory());
        String marker = Files.readString(root.resolve(FINISHED), StandardCharsets.UTF_8).trim();
        long step = Long.parseLong(marker.substring(marker.indexOf(':') + 1).trim());
        Map<String, Double> figures = figures(new MetricHistory(new RunDirectory(root).metrics()), job.metric());
        return new TrialOutcome(job.id(), TrialOutcome.Status.KEPT, figures.get(job.metric()), figures, step, "");
    }

    /**
     * Trains to the spec's steps; with a wall-time budget, a checkpoint interval at a time until
     * the budget is spent, then evaluates where it stopped so that the trial has a figure there.
     */
    private static void train(TrainingRun run, GanSpec spec, double minutes) throws IOException {
        long target = spec.training().steps();
        if (minutes <= 0) {
            run.trainUntil(target, new RunListener() {});
            return;
        }
        long deadline = System.nanoTime() + (long) (minutes * 60e9);
        long chunk = Math.max(1, spec.training().checkpointEvery());
        while (run.step() < target && System.nanoTime() < deadline) {
            run.trainUntil(Math.min(target, run.step() + chunk), new RunListener() {});
        }
        if (run.step() < target) {
            run.metricHistory().add(run.step(), run.evaluate(note -> {}));
        }
    }

    /** The figures of the last evaluation that gave {@code name}. */
    static Map<String, Double> figures(MetricHistory history, String name) throws IOException {
        List<MetricHistory.Row> rows = history.rows();
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).figures().containsKey(name)) {
                return rows.get(i).figures();
            }
        }
        throw new IOException("the trial's metrics give " + (history.names().isEmpty() ? "no figure"
                : String.join(", ", history.names())) + ", not '" + name + "'; rank the sweep by one of those, or add"
                + " a metric that gives it to the base spec's training.metrics");
    }

    static String format(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4g", value);
    }
}
