package dev.ganforge.engine.optim;

/** Range checks for optimiser options, with messages that name the option. */
final class Checks {

    private Checks() {}

    static void positive(String option, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(option + " must be > 0, is " + value);
        }
    }

    static void nonNegative(String option, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(option + " must be >= 0, is " + value);
        }
    }

    /** In [0, 1). */
    static void unitInterval(String option, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(option + " must be in [0, 1), is " + value);
        }
    }
}
