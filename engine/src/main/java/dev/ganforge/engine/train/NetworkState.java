package dev.ganforge.engine.train;

import ai.djl.ndarray.NDArray;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything one network of a run needs to continue exactly, as arrays owned by the caller's manager.
 *
 * @param parameters its parameters (running statistics included) by name
 * @param optimizer its optimiser's state by name
 * @param optimizerSteps its optimiser's step count
 */
public record NetworkState(Map<String, NDArray> parameters, Map<String, NDArray> optimizer, long optimizerSteps) {

    public NetworkState {
        // Insertion order is the order arrays are written in a checkpoint: kept, so files are reproducible.
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        optimizer = Collections.unmodifiableMap(new LinkedHashMap<>(optimizer));
    }
}
