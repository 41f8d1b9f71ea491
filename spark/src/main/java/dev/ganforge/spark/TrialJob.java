package dev.ganforge.spark;

import java.io.Serializable;

/**
 * What a Spark task needs to run one trial, as plain values that travel to any executor: the
 * spec as YAML (read back by the spec reader there) and the run directory.
 *
 * @param id the trial's id, e.g. {@code t03-s1}
 * @param setting the trial's setting as one line, for progress messages
 * @param specYaml the trial's spec
 * @param runDirectory the absolute path of its run directory; on a cluster a folder every worker shares
 * @param metric the name of the figure the sweep ranks by
 * @param minutes wall-time budget of the trial, or 0 for none
 * @param threads intra-op threads of the engine in the executor
 */
public record TrialJob(String id, String setting, String specYaml, String runDirectory, String metric, double minutes,
        int threads) implements Serializable {

    private static final long serialVersionUID = 1L;
}
