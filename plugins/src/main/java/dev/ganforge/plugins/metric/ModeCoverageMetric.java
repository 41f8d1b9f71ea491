package dev.ganforge.plugins.metric;

import ai.djl.ndarray.NDManager;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.metric.Evaluation;
import dev.ganforge.engine.metric.GanMetric;
import dev.ganforge.plugins.data.GaussianMixture2d;
import dev.ganforge.plugins.data.ModeCoverage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code mode-coverage} metric of the 2-D Gaussian mixtures ({@code gaussian-ring},
 * {@code gaussian-grid}): {@link ModeCoverage}'s modes covered and share of samples within 3σ of
 * a mode, as the unrolled-GAN, VEEGAN and WGAN-GP papers report them, so that runs and sweeps can
 * rank and plot them like any metric.
 */
final class ModeCoverageMetric implements GanMetric {

    private final int samples;

    /** @param samples generated points measured */
    ModeCoverageMetric(int samples) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1, found " + samples);
        }
        this.samples = samples;
    }

    @Override
    public void requireUsable(GanDataset dataset, boolean conditional) {
        if (!(dataset instanceof GaussianMixture2d)) {
            throw new IllegalArgumentException("mode-coverage measures GANs of a Gaussian mixture in the plane;"
                    + " use it with the gaussian-ring or gaussian-grid dataset");
        }
    }

    @Override
    public Map<String, Double> evaluate(Evaluation evaluation) {
        requireUsable(evaluation.dataset(), evaluation.conditional());
        float[] points;
        try (NDManager manager = evaluation.engine().newManager()) {
            points = evaluation.sampler().generate(manager, samples, evaluation.seed() + 1, null).toFloatArray();
        }
        ModeCoverage coverage = ModeCoverage.measure((GaussianMixture2d) evaluation.dataset(), points);
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("modes-covered", (double) coverage.coveredModes());
        figures.put("high-quality-share", coverage.highQualityFraction());
        return figures;
    }
}
