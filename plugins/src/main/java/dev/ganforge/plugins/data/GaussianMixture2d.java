package dev.ganforge.plugins.data;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.ganforge.engine.data.Batch;
import dev.ganforge.engine.data.GanDataset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Points in the plane drawn from an equal mixture of isotropic Gaussians: the toy distributions
 * on which mode collapse is measured (the ring of 8 of the unrolled-GAN and WGAN-GP papers, the
 * 5×5 grid of VEEGAN and PacGAN). Samples are generated in code, so they need no download.
 */
public final class GaussianMixture2d implements GanDataset {

    private final List<double[]> centres;
    private final double sigma;
    private final StagingBuffer staging = new StagingBuffer();

    /**
     * @param centres the modes' centres, each {x, y}
     * @param sigma the standard deviation of every mode
     */
    public GaussianMixture2d(List<double[]> centres, double sigma) {
        this.centres = List.copyOf(centres);
        this.sigma = sigma;
    }

    /** {@code modes} Gaussians evenly spaced on a circle of {@code radius}, the first on the x axis. */
    public static GaussianMixture2d ring(int modes, double radius, double sigma) {
        List<double[]> centres = new ArrayList<>();
        for (int i = 0; i < modes; i++) {
            double angle = 2 * Math.PI * i / modes;
            centres.add(new double[] {radius * Math.cos(angle), radius * Math.sin(angle)});
        }
        return new GaussianMixture2d(centres, sigma);
    }

    /** A {@code size}×{@code size} grid of Gaussians {@code spacing} apart, centred on the origin. */
    public static GaussianMixture2d grid(int size, double spacing, double sigma) {
        List<double[]> centres = new ArrayList<>();
        double offset = (size - 1) * spacing / 2;
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                centres.add(new double[] {column * spacing - offset, row * spacing - offset});
            }
        }
        return new GaussianMixture2d(centres, sigma);
    }

    /** The modes' centres. */
    public List<double[]> centres() {
        return centres;
    }

    @Override
    public List<double[]> referencePoints() {
        return centres;
    }

    /** The standard deviation of every mode. */
    public double sigma() {
        return sigma;
    }

    /** {@code count} points, as x0, y0, x1, y1, …, drawn with {@code random}. */
    public float[] sample(SplittableRandom random, int count) {
        float[] points = new float[2 * count];
        for (int i = 0; i < count; i++) {
            double[] centre = centres.get(random.nextInt(centres.size()));
            points[2 * i] = (float) (centre[0] + sigma * gaussian(random));
            points[2 * i + 1] = (float) (centre[1] + sigma * gaussian(random));
        }
        return points;
    }

    /** Synchronized because batches share one staging buffer; each batch is a copy of it. */
    @Override
    public synchronized Batch batch(NDManager manager, long seed, long position, int batchSize) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + position);
        return new Batch(staging.floats(manager, sample(random, batchSize), new Shape(batchSize, 2)), null);
    }

    /** A standard normal draw by Box–Muller (SplittableRandom has no nextGaussian in Java 17). */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
