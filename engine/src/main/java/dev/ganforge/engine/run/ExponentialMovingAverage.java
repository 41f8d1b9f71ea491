package dev.ganforge.engine.run;

/**
 * The smoothing of the loss curves: an exponential moving average with weight α = 2 / (span + 1),
 * started at the first value, s₀ = x₀ and sᵢ = sᵢ₋₁ + α (xᵢ − sᵢ₋₁), as pandas'
 * {@code ewm(span=span, adjust=False).mean()} computes it. Per-step GAN losses jump from batch to
 * batch; the average shows where they go.
 */
final class ExponentialMovingAverage {

    /** The share of a curve's points a span covers: long runs get a longer span, short ones little or none. */
    private static final int POINTS_PER_SPAN = 50;

    private ExponentialMovingAverage() {}

    /** The span to smooth a curve of {@code points} points with: a fiftieth of them, at least 1 (no smoothing). */
    static int spanFor(int points) {
        return Math.max(1, points / POINTS_PER_SPAN);
    }

    /** The moving average of {@code values} over {@code span} points; a span of 1 returns a copy of them. */
    static double[] of(double[] values, int span) {
        if (span < 1) {
            throw new IllegalArgumentException("span must be at least 1, found " + span);
        }
        double weight = 2.0 / (span + 1);
        double[] smoothed = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            smoothed[i] = i == 0 ? values[0] : smoothed[i - 1] + weight * (values[i] - smoothed[i - 1]);
        }
        return smoothed;
    }
}
