package dev.ganforge.engine.train;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one training step measured, for each network it updated.
 *
 * @param step the step, counting from 1
 * @param losses each updated network's loss by role (for a role updated several times, its last
 *     update's), in the order the recipe reports them
 * @param gradientNorms the L2 norm of all of each network's gradients of that update, by role
 * @param samplesPerSecond real samples consumed per second over this step
 * @param gradientCorrections updates of this step whose gradient the trainer computed a second
 *     time (as suspect) and found different, and which it made from the second result
 */
public record StepRecord(long step, Map<String, Double> losses, Map<String, Double> gradientNorms,
        double samplesPerSecond, int gradientCorrections) {

    /** A step without gradient corrections, as a recipe reports it. */
    public StepRecord(long step, Map<String, Double> losses, Map<String, Double> gradientNorms, double samplesPerSecond) {
        this(step, losses, gradientNorms, samplesPerSecond, 0);
    }

    public StepRecord {
        losses = Collections.unmodifiableMap(new LinkedHashMap<>(losses));
        gradientNorms = Collections.unmodifiableMap(new LinkedHashMap<>(gradientNorms));
        if (gradientCorrections < 0) {
            throw new IllegalArgumentException("gradient corrections must be >= 0, are " + gradientCorrections);
        }
        if (!losses.keySet().equals(gradientNorms.keySet())) {
            throw new IllegalArgumentException("a step has a loss and a gradient norm for the same roles, not "
                    + losses.keySet() + " and " + gradientNorms.keySet());
        }
    }

    /** The roles measured, in the order the recipe reports them. */
    public List<String> roles() {
        return List.copyOf(losses.keySet());
    }

    /**
     * The loss of the network in {@code role}.
     *
     * @throws IllegalArgumentException if the step did not update it
     */
    public double loss(String role) {
        return Objects.requireNonNull(losses.get(role), () -> "the step measured no '" + role + "' but " + roles());
    }

    /** The gradient norm of the network in {@code role}. */
    public double gradientNorm(String role) {
        return Objects.requireNonNull(gradientNorms.get(role), () -> "the step measured no '" + role + "' but " + roles());
    }

    /** A copy with another throughput, as the trainer measures it around the recipe's step. */
    public StepRecord withSamplesPerSecond(double rate) {
        return new StepRecord(step, losses, gradientNorms, rate, gradientCorrections);
    }

    /** A copy with another count of corrected gradients, as the trainer counts them around the recipe's step. */
    public StepRecord withGradientCorrections(int corrections) {
        return new StepRecord(step, losses, gradientNorms, samplesPerSecond, corrections);
    }
}
