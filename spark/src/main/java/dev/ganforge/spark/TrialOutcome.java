package dev.ganforge.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a trial ended, as the driver collects it.
 *
 * @param id the trial's id
 * @param status whether it was kept from an earlier sweep, trained now, or failed
 * @param value the ranking figure at the trial's last evaluation, NaN if it failed
 * @param figures every figure of that evaluation by name (the ranking figure among them), empty if it failed
 * @param step the step the run reached
 * @param message why it failed, empty otherwise
 */
public record TrialOutcome(String id, Status status, double value, Map<String, Double> figures, long step,
        String message) implements Serializable {

    private static final long serialVersionUID = 1L;

    public TrialOutcome {
        // A LinkedHashMap: serializable, and in the order the metrics give the figures.
        figures = new LinkedHashMap<>(figures);
    }

    /** A trial that failed, with why. */
    public static TrialOutcome failed(String id, String message) {
        return new TrialOutcome(id, Status.FAILED, Double.NaN, Map.of(), -1, message);
    }

    /** How a trial ended. */
    public enum Status {
        /** Its run had finished in an earlier sweep; its figure was read from the run directory. */
        KEPT,
        /** Trained (or resumed and finished) by this sweep. */
        TRAINED,
        /** It could not be trained or gave no figure; a sweep run again tries it again. */
        FAILED
    }

    /** Whether the trial has a figure to rank by. */
    public boolean ranked() {
        return status != Status.FAILED && !Double.isNaN(value);
    }
}
