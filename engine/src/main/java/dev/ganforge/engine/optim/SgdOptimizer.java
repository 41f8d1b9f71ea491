package dev.ganforge.engine.optim;

import ai.djl.ndarray.NDArray;

/**
 * Stochastic gradient descent, exactly as PyTorch's {@code torch.optim.SGD}: with
 * {@code g = gradient + weightDecay · w},
 *
 * <pre>
 * b = g                        on the first update (momentum_buffer)
 * b = μ·b + (1−dampening)·g    afterwards
 * d = g + μ·b if nesterov,  d = b otherwise   (d = g without momentum)
 * w = w − lr·d
 * </pre>
 *
 * <p>Plain array arithmetic: the engines' fused {@code sgdUpdate} keeps {@code lr·b} as its
 * buffer and has neither dampening nor Nesterov momentum, and {@code nagUpdate} is missing on
 * PyTorch.
 */
public final class SgdOptimizer extends AbstractGanOptimizer {

    private static final String BUFFER = "momentum_buffer";

    private final double learningRate;
    private final double momentum;
    private final double dampening;
    private final double weightDecay;
    private final boolean nesterov;

    private SgdOptimizer(Builder builder) {
        learningRate = builder.learningRate;
        momentum = builder.momentum;
        dampening = builder.dampening;
        weightDecay = builder.weightDecay;
        nesterov = builder.nesterov;
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
        NDArray g = weightDecay == 0 ? gradient : gradient.add(weight.mul(weightDecay));
        NDArray direction = g;
        if (momentum != 0) {
            NDArray buffer = slots.slot(BUFFER);
            if (buffer == null) {
                slots.create(BUFFER, g);
                buffer = slots.slot(BUFFER);
            } else {
                buffer.muli(momentum).addi(dampening == 0 ? g : g.mul(1 - dampening));
            }
            direction = nesterov ? g.add(buffer.mul(momentum)) : buffer;
        }
        weight.subi(direction.mul(scaled(learningRate)));
    }

    /** Builds an {@link SgdOptimizer}; every option defaults to PyTorch's. */
    public static final class Builder {
        private double learningRate = 1e-3;
        private double momentum;
        private double dampening;
        private double weightDecay;
        private boolean nesterov;

        private Builder() {}

        /**
         * Sets the learning rate (default 1e-3, PyTorch's since 2.2; earlier versions had none).
         *
         * @param learningRate the step size, &gt; 0
         * @return this builder
         */
        public Builder optLearningRate(double learningRate) {
            this.learningRate = learningRate;
            return this;
        }

        /**
         * Sets the momentum (default 0: none).
         *
         * @param momentum &gt;= 0
         * @return this builder
         */
        public Builder optMomentum(double momentum) {
            this.momentum = momentum;
            return this;
        }

        /**
         * Sets the dampening of the gradient's contribution to the momentum (default 0).
         *
         * @param dampening in [0, 1)
         * @return this builder
         */
        public Builder optDampening(double dampening) {
            this.dampening = dampening;
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
         * Whether to use Nesterov momentum (default false); needs momentum &gt; 0 and no
         * dampening.
         *
         * @param nesterov whether to look ahead
         * @return this builder
         */
        public Builder optNesterov(boolean nesterov) {
            this.nesterov = nesterov;
            return this;
        }

        /**
         * Builds the optimiser.
         *
         * @return a new optimiser with empty state
         * @throws IllegalArgumentException if an option is out of range, or Nesterov momentum
         *     is asked for without momentum or with dampening (as PyTorch refuses it)
         */
        public SgdOptimizer build() {
            Checks.positive("learning rate", learningRate);
            Checks.nonNegative("momentum", momentum);
            Checks.unitInterval("dampening", dampening);
            Checks.nonNegative("weight decay", weightDecay);
            if (nesterov && (momentum <= 0 || dampening != 0)) {
                throw new IllegalArgumentException("Nesterov momentum requires a momentum and zero dampening");
            }
            return new SgdOptimizer(this);
        }
    }
}
