package dev.ganforge.plugins.metric;

import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.correlation.Covariance;

/**
 * The mean and covariance of a set of feature vectors: the Gaussian that the Fréchet distance
 * compares.
 *
 * @param mean (d) the mean feature vector
 * @param covariance (d, d) the unbiased sample covariance
 */
public record GaussianStatistics(RealVector mean, RealMatrix covariance) {

    public GaussianStatistics {
        if (covariance.getRowDimension() != mean.getDimension() || !covariance.isSquare()) {
            throw new IllegalArgumentException("a " + mean.getDimension() + "-dimensional mean needs a "
                    + mean.getDimension() + "x" + mean.getDimension() + " covariance, found "
                    + covariance.getRowDimension() + "x" + covariance.getColumnDimension());
        }
    }

    /**
     * The statistics of {@code features}, one row per sample.
     *
     * @throws IllegalArgumentException if there are fewer than two rows
     */
    public static GaussianStatistics of(double[][] features) {
        if (features.length < 2) {
            throw new IllegalArgumentException("a covariance needs at least 2 samples, found " + features.length);
        }
        RealMatrix data = MatrixUtils.createRealMatrix(features);
        double[] mean = new double[data.getColumnDimension()];
        for (int column = 0; column < mean.length; column++) {
            mean[column] = StatUtils.mean(data.getColumn(column));
        }
        return new GaussianStatistics(MatrixUtils.createRealVector(mean), new Covariance(data, true).getCovarianceMatrix());
    }
}
