package dev.ganforge.plugins.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class FrechetDistanceTest {

    private static GaussianStatistics gaussian(double[] mean, double[][] covariance) {
        return new GaussianStatistics(MatrixUtils.createRealVector(mean), MatrixUtils.createRealMatrix(covariance));
    }

    @Test
    void identicalGaussiansAreAtDistanceZero() {
        GaussianStatistics a = gaussian(new double[] {1, -2, 3}, new double[][] {{2, 0.5, 0}, {0.5, 1, 0.3}, {0, 0.3, 4}});
        assertEquals(0, FrechetDistance.between(a, a), 1e-9);
    }

    @Test
    void identicalSampleSetsAreAtDistanceZero() {
        double[][] features = samples(new Random(3), 500, new double[] {0, 1, 2, 3}, identity(4));
        GaussianStatistics statistics = GaussianStatistics.of(features);
        assertEquals(0, FrechetDistance.between(statistics, GaussianStatistics.of(features.clone())), 1e-9);
    }

    @Test
    void diagonalCovariancesGiveTheSumOfSquaredDifferencesOfStandardDeviations() {
        // |mu1 - mu2|^2 + sum (sqrt(a_i) - sqrt(b_i))^2 when both covariances are diagonal
        GaussianStatistics a = gaussian(new double[] {0, 0}, new double[][] {{4, 0}, {0, 9}});
        GaussianStatistics b = gaussian(new double[] {3, 4}, new double[][] {{1, 0}, {0, 1}});
        assertEquals(25 + 1 + 4, FrechetDistance.between(a, b), 1e-9);
        assertEquals(30, FrechetDistance.between(b, a), 1e-9);
    }

    @Test
    void correlatedCovarianceAgainstTheIdentity() {
        // Sigma1 = I, Sigma2 = [[2, 1], [1, 2]] (eigenvalues 3 and 1): Tr(I + S - 2 S^1/2) = 2 + 4 - 2 (sqrt 3 + 1)
        GaussianStatistics a = gaussian(new double[] {0, 0}, identity(2));
        GaussianStatistics b = gaussian(new double[] {0, 0}, new double[][] {{2, 1}, {1, 2}});
        double expected = 6 - 2 * (Math.sqrt(3) + 1);
        assertEquals(expected, FrechetDistance.between(a, b), 1e-9);
        assertEquals(expected, FrechetDistance.between(b, a), 1e-9);
    }

    @Test
    void scaledCovarianceOfTheSameShape() {
        // Sigma2 = c^2 Sigma1: Tr(Sigma1) (1 + c^2 - 2c) = Tr(Sigma1) (1 - c)^2, whatever Sigma1's orientation
        double[][] sigma = {{3, 1, 0.5}, {1, 2, 0.2}, {0.5, 0.2, 1}};
        RealMatrix scaled = MatrixUtils.createRealMatrix(sigma).scalarMultiply(9);
        GaussianStatistics a = gaussian(new double[3], sigma);
        GaussianStatistics b = new GaussianStatistics(MatrixUtils.createRealVector(new double[3]), scaled);
        assertEquals(6 * 4, FrechetDistance.between(a, b), 1e-9);
    }

    @Test
    void sampleStatisticsApproachTheClosedForm() {
        Random random = new Random(11);
        double[][] first = samples(random, 20_000, new double[] {0, 0}, identity(2));
        double[][] second = samples(random, 20_000, new double[] {1, 0}, new double[][] {{4, 0}, {0, 1}});
        // 1 (means) + (1 - 2)^2 + 0
        assertEquals(2, FrechetDistance.between(GaussianStatistics.of(first), GaussianStatistics.of(second)), 0.1);
    }

    @Test
    void refusesFeaturesOfDifferentWidths() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> FrechetDistance.between(gaussian(new double[2], identity(2)), gaussian(new double[3], identity(3))));
        assertEquals("cannot compare 2-dimensional features with 3-dimensional ones", wrong.getMessage());
    }

    private static double[][] identity(int size) {
        return MatrixUtils.createRealIdentityMatrix(size).getData();
    }

    /** Gaussian samples with a diagonal covariance. */
    private static double[][] samples(Random random, int count, double[] mean, double[][] diagonal) {
        double[][] rows = new double[count][mean.length];
        for (double[] row : rows) {
            for (int i = 0; i < mean.length; i++) {
                row[i] = mean[i] + Math.sqrt(diagonal[i][i]) * random.nextGaussian();
            }
        }
        return rows;
    }
}
