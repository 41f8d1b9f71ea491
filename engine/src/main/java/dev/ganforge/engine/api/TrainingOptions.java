package dev.ganforge.engine.api;

import dev.ganforge.engine.run.RunListener;
import dev.ganforge.spec.GanSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * How far {@link Ganforge#train} or {@link Ganforge#resume} trains, and who is told as it does.
 * Immutable; made by {@link #builder()}:
 *
 * <pre>{@code
 * TrainingOptions options = TrainingOptions.builder()
 *         .optSteps(200)                                 // default: the spec's training.steps
 *         .addListener(RunListener.progress(System.err)) // default: no listener, nothing printed
 *         .build();
 * }</pre>
 */
public final class TrainingOptions {

    private final Long untilStep;
    private final Long moreSteps;
    private final List<RunListener> listeners;

    private TrainingOptions(Builder builder) {
        this.untilStep = builder.untilStep;
        this.moreSteps = builder.moreSteps;
        this.listeners = List.copyOf(builder.listeners);
    }

    /** A builder of options; every option is optional. */
    public static Builder builder() {
        return new Builder();
    }

    /** Training to the spec's {@code training.steps}, with no listener. */
    public static TrainingOptions defaults() {
        return builder().build();
    }

    /** The step to train until for a run at {@code currentStep} that trains {@code spec}. */
    long targetStep(long currentStep, GanSpec spec) {
        if (moreSteps != null) {
            return currentStep + moreSteps;
        }
        return untilStep != null ? untilStep : spec.training().steps();
    }

    /** The listeners, as one. */
    RunListener listener() {
        return RunListener.all(listeners);
    }

    /** Builds {@link TrainingOptions}. */
    public static final class Builder {

        private Long untilStep;
        private Long moreSteps;
        private final List<RunListener> listeners = new ArrayList<>();

        private Builder() {}

        /**
         * Trains until generator step {@code step} (a resumed run already past it trains no
         * further). Default: the spec's {@code training.steps}. Not together with {@link #optMoreSteps}.
         */
        public Builder optSteps(long step) {
            this.untilStep = step;
            return this;
        }

        /**
         * Trains {@code steps} more generator steps than the run has: for a resumed run, beyond its
         * latest checkpoint. Not together with {@link #optSteps}.
         */
        public Builder optMoreSteps(long steps) {
            this.moreSteps = steps;
            return this;
        }

        /**
         * Tells {@code listener} of every step, sample image, evaluation and checkpoint; listeners
         * are told in the order they are added. Default: none, so that training prints nothing;
         * {@link RunListener#progress(java.io.PrintStream)} is the progress line of {@code ganforge train}.
         */
        public Builder addListener(RunListener listener) {
            listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * The options.
         *
         * @throws IllegalArgumentException if both {@link #optSteps} and {@link #optMoreSteps} were
         *     set, or either is negative
         */
        public TrainingOptions build() {
            if (untilStep != null && moreSteps != null) {
                throw new IllegalArgumentException("set optSteps (train until a step) or optMoreSteps (train so many"
                        + " more), not both");
            }
            if (untilStep != null && untilStep < 0 || moreSteps != null && moreSteps < 0) {
                throw new IllegalArgumentException("steps must be 0 or more, found "
                        + (untilStep != null ? untilStep : moreSteps));
            }
            return new TrainingOptions(this);
        }
    }
}
