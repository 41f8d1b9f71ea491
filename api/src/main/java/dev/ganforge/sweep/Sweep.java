package dev.ganforge.sweep;

import java.util.List;
import java.util.Objects;

/**
 * A sweep as read from its file: the trials to run, each a valid spec, and how to rank them.
 *
 * @param name what the sweep is called (its file's name without extension, or its {@code name})
 * @param varied the paths of the varied settings, in file order
 * @param seeds how many seeds each setting is trained with
 * @param metric the figure the trials are ranked by
 * @param budget what each trial may spend
 * @param trials every trial, setting by setting and seed by seed
 */
public record Sweep(String name, List<String> varied, int seeds, SweepMetric metric, SweepBudget budget,
        List<Trial> trials) {

    public Sweep {
        Objects.requireNonNull(name, "name");
        varied = List.copyOf(varied);
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(budget, "budget");
        trials = List.copyOf(trials);
        if (seeds < 1) {
            throw new IllegalArgumentException("seeds must be at least 1, found " + seeds);
        }
    }

    /** The number of distinct settings (trials differing only in their seed count once). */
    public int settings() {
        return trials.size() / seeds;
    }
}
