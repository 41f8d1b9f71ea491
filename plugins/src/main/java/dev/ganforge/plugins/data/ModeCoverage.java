package dev.ganforge.plugins.data;

import java.util.List;

/**
 * How well generated points cover a Gaussian mixture, as reported in the unrolled-GAN, VEEGAN
 * and WGAN-GP papers: each point belongs to its nearest mode; it is of high quality if it lies
 * within 3σ of that mode's centre; a mode is covered if it holds at least a tenth of its fair
 * share of high-quality points ({@code count / (10 · modes)}).
 *
 * @param modes the number of modes of the mixture
 * @param coveredModes how many modes are covered
 * @param highQualityFraction the fraction of points within 3σ of their nearest mode
 */
public record ModeCoverage(int modes, int coveredModes, double highQualityFraction) {

    /** Measures {@code points} (x0, y0, x1, y1, …) against {@code mixture}. */
    public static ModeCoverage measure(GaussianMixture2d mixture, float[] points) {
        List<double[]> centres = mixture.centres();
        int count = points.length / 2;
        int[] highQuality = new int[centres.size()];
        int totalHighQuality = 0;
        double limit = 3 * mixture.sigma();
        for (int i = 0; i < count; i++) {
            int nearest = 0;
            double best = Double.MAX_VALUE;
            for (int m = 0; m < centres.size(); m++) {
                double dx = points[2 * i] - centres.get(m)[0];
                double dy = points[2 * i + 1] - centres.get(m)[1];
                double distance = Math.sqrt(dx * dx + dy * dy);
                if (distance < best) {
                    best = distance;
                    nearest = m;
                }
            }
            if (best <= limit) {
                highQuality[nearest]++;
                totalHighQuality++;
            }
        }
        double threshold = Math.max(1.0, count / (10.0 * centres.size()));
        int covered = 0;
        for (int hits : highQuality) {
            if (hits >= threshold) {
                covered++;
            }
        }
        return new ModeCoverage(centres.size(), covered, count == 0 ? 0 : (double) totalHighQuality / count);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d of %d modes, %.1f %% of samples within 3σ",
                coveredModes, modes, 100 * highQualityFraction);
    }
}
