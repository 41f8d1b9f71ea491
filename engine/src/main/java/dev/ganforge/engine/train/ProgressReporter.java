package dev.ganforge.engine.train;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress display: step, bar, losses, samples per second and the time left. On a
 * terminal the line is redrawn in place at most a few times a second; otherwise (a log file,
 * CI) a line is printed every tenth of the run. Written by hand because DJL's progress bar
 * cannot show the losses.
 */
public final class ProgressReporter implements TrainingListener {

    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintStream out;
    private final long firstStep;
    private final long lastStep;
    private final boolean terminal;
    private final long startedNanos = System.nanoTime();
    private long lastDrawNanos;
    private double smoothedRate;

    /**
     * @param out where to draw, usually standard error
     * @param firstStep the step the run starts from (0, or a resumed step)
     * @param lastStep the step it stops at
     * @param terminal whether {@code out} is an interactive terminal
     */
    public ProgressReporter(PrintStream out, long firstStep, long lastStep, boolean terminal) {
        this.out = out;
        this.firstStep = firstStep;
        this.lastStep = lastStep;
        this.terminal = terminal;
    }

    @Override
    public void afterStep(GanTrainer trainer, StepRecord record) {
        smoothedRate = smoothedRate == 0 ? record.samplesPerSecond() : 0.9 * smoothedRate + 0.1 * record.samplesPerSecond();
        long now = System.nanoTime();
        boolean last = record.step() >= lastStep;
        long span = Math.max(1, (lastStep - firstStep) / 10);
        if (terminal) {
            if (last || now - lastDrawNanos >= REDRAW_NANOS) {
                out.print("\r" + line(record, now) + (last ? "\n" : ""));
                out.flush();
                lastDrawNanos = now;
            }
        } else if (last || (record.step() - firstStep) % span == 0) {
            out.println(line(record, now));
        }
    }

    String line(StepRecord record, long now) {
        long done = record.step() - firstStep;
        long total = Math.max(1, lastStep - firstStep);
        double fraction = Math.min(1, (double) done / total);
        int width = 24;
        int filled = (int) Math.round(fraction * width);
        String bar = "=".repeat(filled) + (filled < width ? ">" : "") + " ".repeat(Math.max(0, width - filled - 1));
        double elapsed = (now - startedNanos) / 1e9;
        double remaining = done == 0 ? 0 : elapsed / done * (lastStep - record.step());
        StringBuilder losses = new StringBuilder();
        record.losses().forEach((role, loss) -> losses.append(String.format(Locale.ROOT, "%s=%.4f ",
                LossHistory.shortName(role), loss)));
        return String.format(Locale.ROOT, "step %d/%d [%s] %3.0f%% %s%.0f samples/s ETA %s",
                record.step(), lastStep, bar, 100 * fraction, losses, smoothedRate, duration(remaining));
    }

    /** {@code seconds} as the progress line shows a duration: {@code 7s}, {@code 12m34s}, {@code 2h03m}. */
    public static String duration(double seconds) {
        long whole = Math.round(seconds);
        if (whole >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", whole / 3600, whole % 3600 / 60);
        }
        return whole >= 60 ? String.format(Locale.ROOT, "%dm%02ds", whole / 60, whole % 60) : whole + "s";
    }
}
