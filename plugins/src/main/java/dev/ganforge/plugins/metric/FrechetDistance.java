package dev.ganforge.plugins.metric;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The Fréchet (2-Wasserstein) distance between two Gaussians, as FID uses it (Heusel et al.
 * 2017): |μ₁−μ₂|² + Tr(Σ₁ + Σ₂ − 2(Σ₁Σ₂)^½), computed in double.
 *
 * <p>Σ₁Σ₂ is not symmetric, so its square root is not taken directly: with S = Σ₁^½, the matrix
 * SΣ₂S is symmetric positive semi-definite and similar to Σ₁Σ₂, so Tr((Σ₁Σ₂)^½) is the sum of the
 * square roots of its eigenvalues. Both steps are symmetric eigen decompositions, which are
 * stable; eigenvalues that round-off makes slightly negative are taken as 0.
 */
public final class FrechetDistance {

    private FrechetDistance() {}

    /** The squared Fréchet distance between the Gaussians of {@code a} and {@code b}. */
    public static double between(GaussianStatistics a, GaussianStatistics b) {
        int dimension = a.mean().getDimension();
        if (b.mean().getDimension() != dimension) {
            throw new IllegalArgumentException("cannot compare " + dimension + "-dimensional features with "
                    + b.mean().getDimension() + "-dimensional ones");
        }
        double meanTerm = a.mean().subtract(b.mean()).dotProduct(a.mean().subtract(b.mean()));
        RealMatrix root = squareRoot(a.covariance());
        RealMatrix product = symmetric(root.multiply(b.covariance()).multiply(root));
        double traceOfRoot = 0;
        for (double eigenvalue : new EigenDecomposition(product).getRealEigenvalues()) {
            traceOfRoot += Math.sqrt(Math.max(0, eigenvalue));
        }
        return meanTerm + a.covariance().getTrace() + b.covariance().getTrace() - 2 * traceOfRoot;
    }

    /** The symmetric positive semi-definite square root of a covariance matrix. */
    static RealMatrix squareRoot(RealMatrix covariance) {
        EigenDecomposition eigen = new EigenDecomposition(symmetric(covariance));
        double[] eigenvalues = eigen.getRealEigenvalues();
        double[] roots = new double[eigenvalues.length];
        for (int i = 0; i < roots.length; i++) {
            roots[i] = Math.sqrt(Math.max(0, eigenvalues[i]));
        }
        return eigen.getV().multiply(MatrixUtils.createRealDiagonalMatrix(roots)).multiply(eigen.getVT());
    }

    /** (M + Mᵀ)/2: removes the round-off asymmetry that would send the decomposition down its general path. */
    private static RealMatrix symmetric(RealMatrix matrix) {
        return matrix.add(matrix.transpose()).scalarMultiply(0.5);
    }
}
