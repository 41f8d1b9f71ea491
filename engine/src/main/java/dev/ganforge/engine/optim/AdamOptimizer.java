package dev.ganforge.engine.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

/**
 * Adam, exactly as PyTorch's {@code torch.optim.Adam} (without {@code amsgrad}): with
 * {@code g = gradient + weightDecay · w} (L2 penalty, not AdamW),
 *
 * <pre>
 * m = β1·m + (1−β1)·g        v = β2·v + (1−β2)·g²
 * w = w − lr/(1−β1^t) · m / (√v / √(1−β2^t) + ε)
 * </pre>
 *
 * where {@code t} counts the parameter's updates. State slots: {@code exp_avg} (m) and
 * {@code exp_avg_sq} (v), zero before the first update.
 *
 * <p>By default the update is plain array arithmetic in PyTorch's order of operations, which
 * matches {@code torch.optim.Adam} to 1e-6 relative. {@link Builder#optFusedUpdate(boolean)
 * optFusedUpdate(true)} uses the engine's fused Adam operator ({@code NDArrayEx.adamUpdate},
 * one native call per parameter instead of about ten), which computes
 * {@code w − lr'·m/(√v + ε')}; with {@code lr' = lr·√(1−β2^t)/(1−β1^t)} and
 * {@code ε' = ε·√(1−β2^t)} that is PyTorch's formula rearranged, equal up to float rounding
 * (measured: within 2e-6 relative after 5 steps at lr 0.1). Engines that lack the operator
 * fall back to plain arithmetic.
 *
 * <pre>{@code
 * GanOptimizer adam = AdamOptimizer.builder().optLearningRate(2e-4).optBeta1(0.5).build();
 * }</pre>
 */
public final class AdamOptimizer extends AbstractGanOptimizer {

    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double weightDecay;
    private boolean fused;

    private AdamOptimizer(Builder builder) {
        learningRate = builder.learningRate;
        beta1 = builder.beta1;
        beta2 = builder.beta2;
        epsilon = builder.epsilon;
        weightDecay = builder.weightDecay;
        fused = builder.fused;
    }

    /**
     * A builder with PyTorch's defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    protected void update(String name, NDArray weight, NDArray gradient, long update, Slots slots) {
        NDArray mean = slots.zerosSlot("exp_avg");
        NDArray variance = slots.zerosSlot("exp_avg_sq");
        double biasCorrection1 = 1 - Math.pow(beta1, update);
        double biasCorrection2Sqrt = Math.sqrt(1 - Math.pow(beta2, update));
        if (fused) {
            try {
                weight.getNDArrayInternal().adamUpdate(
                        new NDList(weight, gradient, mean, variance),
                        new NDList(weight),
                        (float) scaled(learningRate),
                        (float) (scaled(learningRate) * biasCorrection2Sqrt / biasCorrection1),
                        (float) weightDecay,
                        1f, // no gradient rescaling
                        -1f, // no gradient clipping
                        (float) beta1,
                        (float) beta2,
                        (float) (epsilon * biasCorrection2Sqrt),
                        false, // not lazy (sparse) update
                        false); // L2 penalty, not AdamW
                return;
            } catch (UnsupportedOperationException notOnThisEngine) {
                fused = false;
            }
        }
        NDArray g = weightDecay == 0 ? gradient : gradient.add(weight.mul(weightDecay));
        mean.muli(beta1).addi(g.mul(1 - beta1));
        variance.muli(beta2).addi(g.mul(g).muli(1 - beta2));
        NDArray denominator = variance.sqrt().divi(biasCorrection2Sqrt).addi(epsilon);
        weight.subi(mean.div(denominator).muli(scaled(learningRate) / biasCorrection1));
    }

    /** Builds an {@link AdamOptimizer}; every option defaults to PyTorch's. */
    public static final class Builder {
        private double learningRate = 1e-3;
        private double beta1 = 0.9;
        private double beta2 = 0.999;
        private double epsilon = 1e-8;
        private double weightDecay;
        private boolean fused;

        private Builder() {}

        /**
         * Sets the learning rate (default 1e-3).
         *
         * @param learningRate the step size, &gt; 0
         * @return this builder
         */
        public Builder optLearningRate(double learningRate) {
            this.learningRate = learningRate;
            return this;
        }

        /**
         * Sets β1, the decay of the gradient mean (default 0.9; DCGAN uses 0.5).
         *
         * @param beta1 in [0, 1)
         * @return this builder
         */
        public Builder optBeta1(double beta1) {
            this.beta1 = beta1;
            return this;
        }

        /**
         * Sets β2, the decay of the squared-gradient mean (default 0.999).
         *
         * @param beta2 in [0, 1)
         * @return this builder
         */
        public Builder optBeta2(double beta2) {
            this.beta2 = beta2;
            return this;
        }

        /**
         * Sets ε, added to the bias-corrected root mean square (default 1e-8).
         *
         * @param epsilon &gt;= 0
         * @return this builder
         */
        public Builder optEpsilon(double epsilon) {
            this.epsilon = epsilon;
            return this;
        }

        /**
         * Sets the L2 penalty added to the gradient, as PyTorch's Adam {@code weight_decay}
         * (default 0).
         *
         * @param weightDecay &gt;= 0
         * @return this builder
         */
        public Builder optWeightDecay(double weightDecay) {
            this.weightDecay = weightDecay;
            return this;
        }

        /**
         * Whether to use the engine's fused Adam operator when it has one (default false: plain
         * array arithmetic, closest to PyTorch's rounding).
         *
         * @param fused whether to use the fused operator
         * @return this builder
         */
        public Builder optFusedUpdate(boolean fused) {
            this.fused = fused;
            return this;
        }

        /**
         * Builds the optimiser.
         *
         * @return a new optimiser with empty state
         * @throws IllegalArgumentException if an option is out of range
         */
        public AdamOptimizer build() {
            Checks.positive("learning rate", learningRate);
            Checks.unitInterval("beta1", beta1);
            Checks.unitInterval("beta2", beta2);
            Checks.nonNegative("epsilon", epsilon);
            Checks.nonNegative("weight decay", weightDecay);
            return new AdamOptimizer(this);
        }
    }
}
