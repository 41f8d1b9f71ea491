package dev.ganforge.engine.run;

import java.nio.file.Path;

/**
 * Where a run keeps its files.
 *
 * @param root the run's directory
 */
public record RunDirectory(Path root) {

    /** The resolved spec the run trains, as YAML. */
    public Path spec() {
        return root.resolve("spec.yaml");
    }

    /** Seed, versions, engine and times: enough to rebuild the run from itself. */
    public Path provenance() {
        return root.resolve("provenance.yaml");
    }

    /** One CSV row per generator step: losses, gradient norms, throughput. */
    public Path history() {
        return root.resolve("history.csv");
    }

    /** The loss curves. */
    public Path lossPlot() {
        return root.resolve("losses.png");
    }

    /** The figures of every evaluation: a {@code step} column, then one per figure. */
    public Path metrics() {
        return root.resolve("metrics.csv");
    }

    /** The metrics over the steps, one panel per figure. */
    public Path metricPlot() {
        return root.resolve("metrics.png");
    }

    /** The run report: spec, summary, losses, metrics and samples in one page that opens offline. */
    public Path report() {
        return root.resolve("report.html");
    }

    /** The sample image written at {@code step}, from the same fixed noise every time. */
    public Path samples(long step) {
        return root.resolve("samples").resolve(String.format("step-%06d.png", step));
    }

    /** The checkpoints' folder. */
    public Path checkpoints() {
        return root.resolve("checkpoints");
    }
}
