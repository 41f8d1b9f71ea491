package dev.ganforge.engine.api;

import java.nio.file.Path;

/**
 * What {@link Ganforge#train} or {@link Ganforge#resume} did: the steps trained and where the
 * run is. Its files (samples, {@code history.csv}, {@code losses.png}, {@code report.html},
 * checkpoints) are in the directory; {@link Ganforge#open(Path)} opens it to sample or evaluate.
 *
 * @param directory the run directory
 * @param fromStep the step training started from: 0 for a new run, the checkpoint's for a resumed one
 * @param toStep the step it stopped at, that of the run's latest checkpoint
 */
public record TrainingResult(Path directory, long fromStep, long toStep) {

    /** The number of generator steps trained. */
    public long stepsTrained() {
        return toStep - fromStep;
    }
}
