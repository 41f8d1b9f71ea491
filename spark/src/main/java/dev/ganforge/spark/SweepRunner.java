package dev.ganforge.spark;

import dev.ganforge.sweep.Sweep;
import dev.ganforge.sweep.Trial;
import dev.ganforge.yaml.YamlSpecWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The driver of a sweep: keeps the trials a stopped sweep finished, runs the others as Spark tasks
 * (one task a trial, each training with its own engine threads), and writes the leaderboard.
 */
public final class SweepRunner {

    /**
     * How to run a sweep.
     *
     * @param out the sweep's folder: {@code trials/<id>} run directories, the leaderboard and report
     * @param master Spark's master URL; {@code local[N]} runs embedded in this JVM
     * @param threadsPerTrial intra-op threads of the engine for each trial
     * @param maxTrials run at most this many trials now (the rest wait for the sweep to be run again), or 0 for all
     */
    public record Settings(Path out, String master, int threadsPerTrial, int maxTrials) {}

    /** What a sweep did: every trial's outcome (those not run yet absent) and the ranked settings. */
    public record Result(Map<String, TrialOutcome> outcomes, Leaderboard leaderboard, int kept, int trained, int failed) {}

    private SweepRunner() {}

    /** Runs {@code sweep} as {@code settings} say, reporting progress on {@code log}. */
    public static Result run(Sweep sweep, Settings settings, PrintWriter log) throws IOException {
        Path trialsFolder = settings.out().toAbsolutePath().resolve("trials");
        Files.createDirectories(trialsFolder);
        Map<String, TrialOutcome> outcomes = new LinkedHashMap<>();
        List<TrialJob> pending = new ArrayList<>();
        for (Trial trial : sweep.trials()) {
            TrialJob job = new TrialJob(trial.id(), trial.settingText(), YamlSpecWriter.write(trial.spec()),
                    trialsFolder.resolve(trial.id()).toString(), sweep.metric().name(), sweep.budget().minutes(),
                    settings.threadsPerTrial());
            if (TrialTask.finished(Path.of(job.runDirectory()))) {
                outcomes.put(trial.id(), TrialTask.kept(job));
            } else if (settings.maxTrials() <= 0 || pending.size() < settings.maxTrials()) {
                pending.add(job);
            }
        }
        int kept = outcomes.size();
        log.printf("ganforge sweep: %d trials; %d finished earlier and kept, %d to run on %s%n", sweep.trials().size(),
                kept, pending.size(), settings.master());
        log.flush();
        if (!pending.isEmpty()) {
            for (TrialOutcome outcome : runOnSpark(sweep, pending, settings)) {
                outcomes.put(outcome.id(), outcome);
            }
        }
        int failed = (int) outcomes.values().stream().filter(outcome -> outcome.status() == TrialOutcome.Status.FAILED)
                .count();
        Leaderboard leaderboard = Leaderboard.of(sweep, outcomes);
        leaderboard.write(settings.out());
        return new Result(outcomes, leaderboard, kept, outcomes.size() - kept - failed, failed);
    }

    private static List<TrialOutcome> runOnSpark(Sweep sweep, List<TrialJob> jobs, Settings settings) {
        SparkConf conf = new SparkConf()
                .setAppName("ganforge sweep " + sweep.name())
                .setMaster(settings.master())
                // A trial's failure is its outcome, not a reason to train it again elsewhere.
                .set("spark.task.maxFailures", "1")
                .set("spark.ui.enabled", "false")
                .set("spark.ui.showConsoleProgress", "false")
                // Embedded and on a machine's own workers, Spark listens on this machine only.
                .setIfMissing("spark.driver.host", "127.0.0.1")
                .setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            return spark.parallelize(jobs, jobs.size()).map(TrialTask::run).collect();
        }
    }
}
