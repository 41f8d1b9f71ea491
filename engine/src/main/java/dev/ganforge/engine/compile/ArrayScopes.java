package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import java.util.function.Supplier;

/**
 * How long a training step's arrays live. DJL gives every array to a manager, and the step's
 * manager closes them all when the step ends; but PyTorch frees an activation as soon as no one
 * refers to it, and a GAN step that keeps each forward pass's arrays until its end holds two to
 * three times PyTorch's memory (docs/engine-notes.md, "Where the memory goes"). The arrays that
 * a backward pass needs are held by the engine's graph itself, so a computation's intermediate
 * arrays can be closed as soon as it returns — if their memory is the engine's: an array over a
 * Java buffer loses its memory once its Java object is closed and collected, graph or not
 * ({@link Scalars}). DJL's {@link NDScope} tracks the arrays made on this
 * thread while it is open; these methods use it.
 *
 * <p>A block that keeps state across forward passes must therefore update it in place (as batch
 * norm's running statistics and spectral norm's vectors are), not keep an array it made.
 */
public final class ArrayScopes {

    private ArrayScopes() {}

    /**
     * Runs {@code forward} on {@code inputs} in a scope of its own: every array it makes is closed
     * when it returns, except its outputs, which pass to the enclosing scope (and are closed with
     * it; with none, when their manager closes). An output that is one of the inputs, or lives
     * on another manager than the first input (a parameter's value), is left as it was.
     */
    public static NDList forward(NDList inputs, Supplier<NDList> forward) {
        NDList outputs;
        try (NDScope scope = new NDScope()) {
            outputs = forward.get();
            for (NDArray output : outputs) {
                NDScope.unregister(output);
            }
        }
        NDManager manager = inputs.isEmpty() ? null : inputs.head().getManager();
        for (NDArray output : outputs) {
            if (!containsSame(inputs, output) && output.getManager() == manager) {
                NDScope.register(output);
            }
        }
        return outputs;
    }

    /**
     * Runs {@code computation} in a scope of its own and returns its result's values without
     * gradient history, which pass to the enclosing scope; everything else it made is closed.
     */
    public static NDArray detached(Supplier<NDArray> computation) {
        NDArray values;
        try (NDScope scope = new NDScope()) {
            values = escaping(computation.get());
        }
        NDScope.register(values);
        return values;
    }

    /**
     * The values of {@code array} without gradient history, outside the innermost scope: they
     * live until their manager closes (for a step's arrays, the step's end).
     */
    public static NDArray escaping(NDArray array) {
        NDArray values = array.stopGradient();
        NDScope.unregister(values);
        return values;
    }

    /** Whether {@code list} holds this very array (not an equal one). */
    static boolean containsSame(NDList list, NDArray array) {
        for (NDArray member : list) {
            if (member == array) {
                return true;
            }
        }
        return false;
    }
}
