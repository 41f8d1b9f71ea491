package dev.ganforge.sweep;

/**
 * What each trial of a sweep may spend. The step budget is written into every trial's spec
 * ({@code training.steps}); the wall-time budget is enforced by the runner, which stops a trial
 * at its first checkpoint past the limit and ranks it by its last evaluation.
 *
 * @param steps training steps of every trial, or 0 to keep each spec's own
 * @param minutes wall time of one trial in minutes, or 0 for no limit
 */
public record SweepBudget(long steps, double minutes) {

    /** No budget: each spec's own steps, no time limit. */
    public static final SweepBudget NONE = new SweepBudget(0, 0);

    public SweepBudget {
        if (steps < 0 || minutes < 0 || !Double.isFinite(minutes)) {
            throw new IllegalArgumentException("a budget is 0 (none) or positive, found steps " + steps
                    + ", minutes " + minutes);
        }
    }

    /** Whether a trial's wall time is limited. */
    public boolean limitsTime() {
        return minutes > 0;
    }
}
