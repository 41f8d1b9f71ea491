package dev.ganforge.engine.run;

import dev.ganforge.engine.train.ProgressReporter;
import dev.ganforge.engine.train.StepRecord;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Told what a training run does while it trains: each generator step's losses, and each sample
 * image, evaluation and checkpoint as soon as it is on disk. Every method does nothing unless
 * implemented, so a listener implements only what it needs:
 *
 * <pre>{@code
 * RunListener losses = new RunListener() {
 *     @Override
 *     public void onStep(StepRecord record) {
 *         System.out.printf("step %d d=%.4f g=%.4f%n", record.step(),
 *                 record.loss("discriminator"), record.loss("generator"));
 *     }
 * };
 * }</pre>
 *
 * <p>Listeners run on the training thread, after the step and outside any gradient recording; a
 * slow one slows training. An exception a listener throws stops training at that step; the run
 * directory keeps the checkpoints written before it. {@link #progress(PrintStream)} is the
 * progress line of {@code ganforge train}.
 */
public interface RunListener {

    /**
     * Training is about to start.
     *
     * @param fromStep the step it starts from: 0 for a new run, the checkpoint's step for a resumed one
     * @param toStep the step it stops at
     */
    default void onStart(long fromStep, long toStep) throws IOException {}

    /** A generator step completed; {@code record} holds its losses, gradient norms and throughput. */
    default void onStep(StepRecord record) throws IOException {}

    /**
     * The sample image of {@code step} was written (at step 0 and every {@code training.sample-every}
     * steps and the last): a grid for image data, a scatter plot for points in the plane.
     *
     * @param image the PNG, in the run directory's {@code samples} folder
     */
    default void onSamples(long step, Path image) throws IOException {}

    /**
     * The spec's metrics ({@code training.metrics}) were computed at {@code step} and added to
     * {@code metrics.csv}.
     *
     * @param figures each figure by name, e.g. {@code fid}, in the order the metrics report them
     */
    default void onEvaluation(long step, Map<String, Double> figures) throws IOException {}

    /**
     * The checkpoint of {@code step} was written (every {@code training.checkpoint-every} steps and
     * the last): the run can be resumed or sampled from here.
     *
     * @param folder the checkpoint's folder, {@code checkpoints/step-NNNNNN}
     */
    default void onCheckpoint(long step, Path folder) throws IOException {}

    /** Something that takes long is under way, such as a metric training its classifier the first time. */
    default void onNote(String note) {}

    /**
     * The progress line of {@code ganforge train} on {@code out}, as in a log file: a line every
     * tenth of the run with the step, both losses, samples per second and the time left; the
     * notes on lines of their own.
     */
    static RunListener progress(PrintStream out) {
        return progress(out, false);
    }

    /**
     * The progress line of {@code ganforge train} on {@code out}.
     *
     * @param terminal whether {@code out} is an interactive terminal: then one line is redrawn
     *     in place a few times a second instead of a line printed every tenth of the run
     */
    static RunListener progress(PrintStream out, boolean terminal) {
        Objects.requireNonNull(out, "out");
        return new RunListener() {
            private ProgressReporter reporter;

            @Override
            public void onStart(long fromStep, long toStep) {
                reporter = new ProgressReporter(out, fromStep, toStep, terminal);
            }

            @Override
            public void onStep(StepRecord record) {
                reporter.afterStep(null, record);
            }

            @Override
            public void onNote(String note) {
                out.println("\n" + note);
            }
        };
    }

    /** One listener that tells each of {@code listeners} everything, in their order. */
    static RunListener all(List<? extends RunListener> listeners) {
        return new RunListeners(listeners);
    }
}
