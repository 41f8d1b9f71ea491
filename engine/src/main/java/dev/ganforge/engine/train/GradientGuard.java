package dev.ganforge.engine.train;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Decides which gradients the trainer computes a second time before it updates from them: those
 * whose norm is not finite, and those far outside the recent norms of the same network.
 *
 * <p>Why: a gradient can be wrong, once in hundreds of steps, with a right loss — a critic's norm
 * of 553 where every other run had 5.8, or infinity (issue 19). Those came from the backward pass
 * reading freed memory ({@link dev.ganforge.engine.compile.Scalars}, docs/engine-notes.md), now
 * fixed; the guard stays for whatever else does so, since one wrong critic update can send a GAN
 * into another, worse run. Recomputing every gradient would double the backward passes;
 * recomputing only the suspect ones costs little in a normal run.
 *
 * <p>The rule: a norm is suspect if it is NaN or infinite, or, once the network has had
 * {@code warmUp} updates, more than {@code factor} times the median of its last {@code window}
 * accepted norms, or less than that median divided by {@code factor}. The median, not the mean,
 * because one wild norm would move a mean (and hide the next one) but not a median; a window of
 * recent norms, not the whole run, because gradient norms of a GAN drift by orders of magnitude
 * over a run but change little over tens of updates; a factor of 10 because the observed faults
 * were a factor of about 100 off or infinite, while a false alarm costs only one extra backward
 * pass (in a 1000-step {@code shapes-dcgan} run, 6 critic norms and no generator norm were more
 * than 10 times off their median, the largest 23 times: 0.3 % extra backward passes); a
 * warm-up because the first updates of a run move fastest. The norms of a network start afresh
 * when a run resumes: the guard decides only what is computed twice, never a result.
 */
final class GradientGuard {

    /** The defaults the trainer uses: see the class comment. */
    static final int WINDOW = 50;
    static final int WARM_UP = 20;
    static final double FACTOR = 10;

    /**
     * The system property that makes every gradient suspect, so that each is computed twice and
     * every disagreement counted: for soak tests of the native kernels ({@code
     * bench/gradient-soak.sh}), at the price of a second backward pass per update.
     */
    static final String EVERY_GRADIENT_PROPERTY = "ganforge.recompute-every-gradient";

    private final int window;
    private final int warmUp;
    private final double factor;
    private final boolean everyGradient;
    private final Map<String, Deque<Double>> recent = new HashMap<>();

    /** The guard with the defaults, or every gradient suspect if {@link #EVERY_GRADIENT_PROPERTY} is {@code true}. */
    GradientGuard() {
        this(WINDOW, WARM_UP, FACTOR, Boolean.getBoolean(EVERY_GRADIENT_PROPERTY));
    }

    /**
     * @param window how many of a network's latest accepted norms the median is taken over
     * @param warmUp how many norms a network needs before any finite norm can be suspect
     * @param factor how far from the median (above or below, as a ratio) a norm is suspect
     */
    GradientGuard(int window, int warmUp, double factor) {
        this(window, warmUp, factor, false);
    }

    /** A guard to which every gradient is suspect. */
    static GradientGuard everyGradient() {
        return new GradientGuard(WINDOW, WARM_UP, FACTOR, true);
    }

    private GradientGuard(int window, int warmUp, double factor, boolean everyGradient) {
        if (window < 1 || warmUp < 0 || warmUp > window || !(factor >= 1)) {
            throw new IllegalArgumentException("window " + window + ", warm-up " + warmUp + ", factor " + factor);
        }
        this.window = window;
        this.warmUp = warmUp;
        this.factor = factor;
        this.everyGradient = everyGradient;
    }

    /** Whether the gradient of {@code role} with this norm is to be computed again before it is used. */
    boolean isSuspect(String role, double norm) {
        if (everyGradient || !Double.isFinite(norm)) {
            return true;
        }
        Deque<Double> norms = recent.get(role);
        if (norms == null || norms.size() < warmUp || norms.isEmpty()) {
            return false;
        }
        double median = median(norms);
        return median > 0 && (norm > factor * median || norm < median / factor);
    }

    /** Records the norm of a gradient that {@code role}'s network was updated from. */
    void accept(String role, double norm) {
        Deque<Double> norms = recent.computeIfAbsent(role, any -> new ArrayDeque<>(window + 1));
        norms.addLast(norm);
        if (norms.size() > window) {
            norms.removeFirst();
        }
    }

    private static double median(Deque<Double> norms) {
        double[] sorted = norms.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
