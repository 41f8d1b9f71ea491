package dev.ganforge.sweep;

import java.util.Objects;

/**
 * The figure a sweep ranks its trials by: one that the trials' metrics give (e.g.
 * {@code classifier-fid}'s {@code fid}, {@code mode-coverage}'s {@code modes-covered}), read at
 * each trial's last evaluation.
 *
 * @param name the figure's name
 * @param goal whether smaller or larger is better
 */
public record SweepMetric(String name, Goal goal) {

    /** Which way a figure is better. */
    public enum Goal {
        MIN, MAX;

        /** Whether {@code a} is better than {@code b}. */
        public boolean better(double a, double b) {
            return this == MIN ? a < b : a > b;
        }

        /** The YAML name: {@code min} or {@code max}. */
        public String yamlName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public SweepMetric {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(goal, "goal");
    }
}
