package dev.ganforge.engine.optim;

import ai.djl.ndarray.NDArray;

/**
 * RMSprop, exactly as PyTorch's {@code torch.optim.RMSprop}: with
 * {@code g = gradient + weightDecay · w},
 *
 * <pre>
 * s = α·s + (1−α)·g²                        (square_avg)
 * a = α·a + (1−α)·g,  d = √(s − a²) + ε      if centered (grad_avg)
 *                     d = √s + ε             otherwise
 * b = μ·b + g/d,  w = w − lr·b               if momentum μ &gt; 0 (momentum_buffer)
 *                 w = w − lr·g/d             otherwise
 * </pre>
 *
 * <p>ε is added outside the square root, as in PyTorch (Keras and MXNet add it inside). The
 * update is plain array arithmetic: the engines' fused {@code rmspropUpdate} is missing on
 * PyTorch and on MXNet puts ε inside the root.
 */
public final class RmsPropOptimizer extends AbstractGanOptimizer {

    private final double learningRate;
    private final double alpha;
    private final double epsilon;
    private final double weightDecay;
    private final double momentum;
    private final boolean centered;

    private RmsPropOptimizer(Builder builder) {
        learningRate = builder.learningRate;
        alpha = builder.alpha;
        epsilon = builder.epsilon;
        weightDecay = builder.weightDecay;
        momentum = builder.momentum;
        centered = builder.centered;
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
        NDArray squareAverage = slots.zerosSlot("square_avg");
        NDArray g = weightDecay == 0 ? gradient : gradient.add(weight.mul(weightDecay));
        squareAverage.muli(alpha).addi(g.mul(g).muli(1 - alpha));
        NDArray denominator;
        if (centered) {
            NDArray gradientAverage = slots.zerosSlot("grad_avg");
            gradientAverage.muli(alpha).addi(g.mul(1 - alpha));
            denominator = squareAverage.sub(gradientAverage.mul(gradientAverage)).sqrt().addi(epsilon);
        } else {
            denominator = squareAverage.sqrt().addi(epsilon);
        }
        if (momentum > 0) {
            NDArray buffer = slots.zerosSlot("momentum_buffer");
            buffer.muli(momentum).addi(g.div(denominator));
            weight.subi(buffer.mul(scaled(learningRate)));
        } else {
            weight.subi(g.div(denominator).muli(scaled(learningRate)));
        }
    }

    /** Builds an {@link RmsPropOptimizer}; every option defaults to PyTorch's. */
    public static final class Builder {
        private double learningRate = 1e-2;
        private double alpha = 0.99;
        private double epsilon = 1e-8;
        private double weightDecay;
        private double momentum;
        private boolean centered;

        private Builder() {}

        /**
         * Sets the learning rate (default 1e-2; WGAN uses 5e-5).
         *
         * @param learningRate the step size, &gt; 0
         * @return this builder
         */
        public Builder optLearningRate(double learningRate) {
            this.learningRate = learningRate;
            return this;
        }

        /**
         * Sets α, the decay of the squared-gradient mean (PyTorch {@code alpha}, Keras and DJL
         * {@code rho}; default 0.99).
         *
         * @param alpha in [0, 1)
         * @return this builder
         */
        public Builder optAlpha(double alpha) {
            this.alpha = alpha;
            return this;
        }

        /**
         * Same as {@link #optAlpha}, under the Keras and DJL name.
         *
         * @param rho in [0, 1)
         * @return this builder
         */
        public Builder optRho(double rho) {
            return optAlpha(rho);
        }

        /**
         * Sets ε, added to the root mean square (outside the root; default 1e-8).
         *
         * @param epsilon &gt;= 0
         * @return this builder
         */
        public Builder optEpsilon(double epsilon) {
            this.epsilon = epsilon;
            return this;
        }

        /**
         * Sets the L2 penalty added to the gradient (default 0).
         *
         * @param weightDecay &gt;= 0
         * @return this builder
         */
        public Builder optWeightDecay(double weightDecay) {
            this.weightDecay = weightDecay;
            return this;
        }

        /**
         * Sets the momentum of the scaled gradient (default 0: none).
         *
         * @param momentum &gt;= 0
         * @return this builder
         */
        public Builder optMomentum(double momentum) {
            this.momentum = momentum;
            return this;
        }

        /**
         * Whether to normalise by the gradient's estimated variance instead of its raw second
         * moment (default false).
         *
         * @param centered whether to centre
         * @return this builder
         */
        public Builder optCentered(boolean centered) {
            this.centered = centered;
            return this;
        }

        /**
         * Builds the optimiser.
         *
         * @return a new optimiser with empty state
         * @throws IllegalArgumentException if an option is out of range
         */
        public RmsPropOptimizer build() {
            Checks.positive("learning rate", learningRate);
            Checks.unitInterval("alpha", alpha);
            Checks.nonNegative("epsilon", epsilon);
            Checks.nonNegative("weight decay", weightDecay);
            Checks.nonNegative("momentum", momentum);
            return new RmsPropOptimizer(this);
        }
    }
}
