package dev.ganforge.engine.train;

/** Thrown when a loss or a gradient norm becomes NaN or infinite; no checkpoint is written from a diverged state. */
public class TrainingDivergedException extends RuntimeException {

    private final long step;

    /**
     * @param step the generator step whose loss or gradient was not finite
     * @param message what diverged and what to try
     */
    public TrainingDivergedException(long step, String message) {
        super(message);
        this.step = step;
    }

    /** The generator step whose loss or gradient was not finite. */
    public long step() {
        return step;
    }
}
