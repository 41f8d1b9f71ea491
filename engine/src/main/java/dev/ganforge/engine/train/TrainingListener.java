package dev.ganforge.engine.train;

/** Told about every completed generator step: writes samples, checkpoints, progress. */
@FunctionalInterface
public interface TrainingListener {

    /**
     * Called after each generator step, outside any gradient recording.
     *
     * @param trainer the trainer, to sample from or snapshot
     * @param record what the step measured
     */
    void afterStep(GanTrainer trainer, StepRecord record) throws Exception;
}
