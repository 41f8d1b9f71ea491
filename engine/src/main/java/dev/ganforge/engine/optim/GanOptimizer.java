package dev.ganforge.engine.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.ParameterList;
import java.util.Map;

/**
 * An optimiser whose whole state can be exported and imported, so that training resumes
 * exactly from a checkpoint.
 *
 * <p>Parameters are identified by their stable name: the key under which
 * {@code block.getParameters()} lists them, the same in every process (never
 * {@code Parameter.getId()}, which is random per process). The state is a map of named arrays
 * whose keys are {@code "<parameter name>/<slot>"}, for example {@code "dense_weight/exp_avg"}; the
 * slot names are PyTorch's ({@code exp_avg}, {@code exp_avg_sq}, {@code square_avg},
 * {@code grad_avg}, {@code momentum_buffer}) plus {@code step}, the parameter's update count as
 * an int64 scalar.
 *
 * <p>Call {@link #step} outside any {@code GradientCollector}: it changes the parameters in
 * place. An optimiser owns native memory; {@link #close()} frees it.
 */
public interface GanOptimizer extends AutoCloseable {

    /**
     * Updates every parameter that requires a gradient with its current gradient, then sets
     * those gradients to zero (DJL accumulates gradients until they are zeroed). Parameters that
     * do not require a gradient (frozen ones) are neither read nor changed. A parameter that
     * requires a gradient but was not reached by the last backward pass has a zero gradient and
     * is updated with it, as in PyTorch after {@code zero_grad(set_to_none=False)}.
     *
     * @param parameters the parameters by stable name, e.g. {@code block.getParameters()}
     */
    void step(ParameterList parameters);

    /**
     * Scales the learning rate of the next steps by {@code scale} (a schedule, e.g. a linear decay
     * to the end of training): the rate used is the configured one × {@code scale}. Optimisers
     * that cannot be scheduled accept only 1.
     *
     * @param scale the factor, in (0, 1]
     * @throws UnsupportedOperationException if the optimiser cannot scale its rate and scale ≠ 1
     */
    default void setLearningRateScale(double scale) {
        if (scale != 1) {
            throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot scale its learning rate");
        }
    }

    /**
     * The number of completed {@link #step} calls, counting those before a
     * {@link #loadState restored} checkpoint.
     *
     * @return the number of steps taken
     */
    long stepCount();

    /**
     * Copies the optimiser state to {@code manager}; the caller owns (and closes) the copies.
     * Empty before the first step.
     *
     * @param manager where the copies are created
     * @return the state arrays by key {@code "<parameter name>/<slot>"}
     */
    Map<String, NDArray> state(NDManager manager);

    /**
     * Replaces the whole optimiser state with copies of {@code state} (as produced by
     * {@link #state}); the caller keeps ownership of the given arrays. Continuing with the
     * restored state gives the same updates, bit for bit, as the optimiser that exported it.
     *
     * @param state the state arrays by key {@code "<parameter name>/<slot>"}
     * @param stepCount the value {@link #stepCount()} had when the state was exported
     * @throws IllegalArgumentException if a key is not of the form {@code name/slot}
     */
    void loadState(Map<String, NDArray> state, long stepCount);

    /** Frees the state arrays. */
    @Override
    void close();
}
