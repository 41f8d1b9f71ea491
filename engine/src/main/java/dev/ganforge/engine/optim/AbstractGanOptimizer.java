package dev.ganforge.engine.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Parameter;
import ai.djl.nn.ParameterList;
import ai.djl.util.Pair;
import java.util.Map;

/**
 * The parameter loop shared by the optimisers: picks the parameters that require a gradient,
 * runs each update on a per-step sub-manager (so that every temporary is freed when the step
 * ends), zeroes the gradients, and counts steps. Subclasses implement one parameter's update
 * rule in {@link #update}.
 */
abstract class AbstractGanOptimizer implements GanOptimizer {

    private final OptimizerState state = new OptimizerState();
    private long steps;
    private double learningRateScale = 1;

    @Override
    public final void setLearningRateScale(double scale) {
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("a learning-rate scale must be in (0, 1], is " + scale);
        }
        learningRateScale = scale;
    }

    /** {@code learningRate} × the scale a schedule set: the rate of this step. */
    protected final double scaled(double learningRate) {
        return learningRate * learningRateScale;
    }

    /**
     * Applies the update rule to one parameter. Runs with {@code weight}, {@code gradient} and
     * the slot arrays temporarily attached to a per-step manager, so arrays computed from them
     * are temporaries freed after the step; slot arrays must be obtained through {@code Slots.slot}
     * or {@code Slots.zerosSlot} before computing with them, and stored only by
     * {@link OptimizerState#putCopy}.
     *
     * @param name the parameter's stable name
     * @param weight the parameter's array, to change in place
     * @param gradient the parameter's gradient (do not change it in place)
     * @param update the parameter's update count, including this one (1 on the first update)
     * @param slots access to the parameter's state
     */
    protected abstract void update(String name, NDArray weight, NDArray gradient, long update, Slots slots);

    @Override
    public final void step(ParameterList parameters) {
        for (Pair<String, Parameter> entry : parameters) {
            Parameter parameter = entry.getValue();
            if (!parameter.requiresGradient() || !parameter.isInitialized()) {
                continue;
            }
            NDArray weight = parameter.getArray();
            NDManager stateManager = state.manager(weight);
            try (NDManager scratch = stateManager.newSubManager()) {
                scratch.tempAttachAll(weight);
                NDArray gradient = weight.getGradient();
                gradient.attach(scratch);
                String name = entry.getKey();
                update(name, weight, gradient, state.countUpdate(name), new Slots(state, scratch, name, weight));
                gradient.set(new NDIndex("..."), 0f);
            }
        }
        steps++;
    }

    @Override
    public final long stepCount() {
        return steps;
    }

    @Override
    public final Map<String, NDArray> state(NDManager manager) {
        return state.export(manager);
    }

    @Override
    public final void loadState(Map<String, NDArray> arrays, long stepCount) {
        if (stepCount < 0) {
            throw new IllegalArgumentException("stepCount must be >= 0, is " + stepCount);
        }
        state.replace(arrays);
        steps = stepCount;
    }

    /**
     * The number of arrays on the optimiser's own manager, state and any live temporaries;
     * constant from one step to the next once every slot exists.
     *
     * @return the number of managed arrays
     */
    final int managedArrayCount() {
        return state.managedArrayCount();
    }

    @Override
    public void close() {
        state.close();
    }

    /**
     * One parameter's state during its update: slot arrays come back temporarily attached to
     * the step's manager, so that results computed from them are freed with it.
     */
    protected static final class Slots {
        private final OptimizerState state;
        private final NDManager scratch;
        private final String name;
        private final NDArray weight;

        private Slots(OptimizerState state, NDManager scratch, String name, NDArray weight) {
            this.state = state;
            this.scratch = scratch;
            this.name = name;
            this.weight = weight;
        }

        /**
         * A slot, or {@code null} if the parameter has none of that name yet.
         *
         * @param slot the slot's name
         * @return the slot array (update it in place), or {@code null}
         */
        NDArray slot(String slot) {
            NDArray array = state.find(name, slot, weight);
            if (array != null) {
                scratch.tempAttachAll(array);
            }
            return array;
        }

        /**
         * A slot, created as zeros shaped like the parameter if missing.
         *
         * @param slot the slot's name
         * @return the slot array (update it in place)
         */
        NDArray zerosSlot(String slot) {
            NDArray array = state.zerosIfAbsent(name, slot, weight);
            scratch.tempAttachAll(array);
            return array;
        }

        /**
         * Creates a slot as a copy of {@code value}.
         *
         * @param slot the slot's name
         * @param value the initial value (not retained)
         */
        void create(String slot, NDArray value) {
            state.putCopy(name, slot, value);
        }
    }
}
