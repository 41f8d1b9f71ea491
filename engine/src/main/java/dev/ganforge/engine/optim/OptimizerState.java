package dev.ganforge.engine.optim;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-parameter state of an optimiser: named slot arrays (moments, buffers) and update
 * counts, keyed by the parameter's stable name. The slot arrays live on a manager this object
 * creates on first use and frees in {@link #close()}; export and import copy them.
 */
final class OptimizerState implements AutoCloseable {

    /** Separates the parameter name from the slot name in an exported key. */
    static final char SEPARATOR = '/';

    /** The exported slot that holds a parameter's update count. */
    static final String STEP_SLOT = "step";

    private NDManager manager;
    private final Map<String, Map<String, NDArray>> slots = new HashMap<>();
    private final Map<String, Long> updates = new HashMap<>();

    /**
     * The manager the state lives on, created on first use on the device and engine of
     * {@code like}, so that the state can meet the parameters in one operation.
     *
     * @param like an array of the parameters
     * @return the state's manager
     */
    NDManager manager(NDArray like) {
        if (manager == null) {
            manager = managerLike(like);
            manager.setName("ganforge-optimizer-state");
        }
        return manager;
    }

    private static NDManager managerLike(NDArray like) {
        return NDManager.newBaseManager(like.getDevice(), like.getManager().getEngine().getEngineName());
    }

    /**
     * A slot array of a parameter, or {@code null} if the parameter has none of that name yet.
     *
     * @param parameter the parameter's name
     * @param slot the slot's name
     * @param like the parameter's array, whose shape the slot must have
     * @return the slot array, or {@code null}
     * @throws IllegalStateException if the slot's shape differs from the parameter's (a state
     *     restored for a different model)
     */
    NDArray find(String parameter, String slot, NDArray like) {
        NDArray array = slots.getOrDefault(parameter, Map.of()).get(slot);
        if (array != null && !array.getShape().equals(like.getShape())) {
            throw new IllegalStateException("optimizer state " + parameter + SEPARATOR + slot
                    + " has shape " + array.getShape() + ", the parameter " + like.getShape());
        }
        return array;
    }

    /**
     * A slot array of a parameter, created as zeros shaped like {@code like} if missing.
     *
     * @param parameter the parameter's name
     * @param slot the slot's name
     * @param like the parameter's array
     * @return the slot array, owned by this state
     */
    NDArray zerosIfAbsent(String parameter, String slot, NDArray like) {
        NDArray array = find(parameter, slot, like);
        if (array == null) {
            array = manager(like).zeros(like.getShape(), like.getDataType());
            slots.computeIfAbsent(parameter, k -> new HashMap<>()).put(slot, array);
        }
        return array;
    }

    /**
     * Stores a copy of {@code value} as a slot of a parameter (which must not have it yet).
     *
     * @param parameter the parameter's name
     * @param slot the slot's name
     * @param value the initial value; not retained
     * @return the stored copy, owned by this state
     */
    NDArray putCopy(String parameter, String slot, NDArray value) {
        NDArray copy = value.duplicate();
        copy.attach(manager(value));
        NDArray previous = slots.computeIfAbsent(parameter, k -> new HashMap<>()).put(slot, copy);
        if (previous != null) {
            previous.close();
        }
        return copy;
    }

    /**
     * Counts one more update of a parameter.
     *
     * @param parameter the parameter's name
     * @return the parameter's update count including this one (1 on its first update)
     */
    long countUpdate(String parameter) {
        return updates.merge(parameter, 1L, Long::sum);
    }

    /**
     * Copies every slot and update count to {@code target}.
     *
     * @param target the manager that will own the copies
     * @return the copies by key {@code "<parameter>/<slot>"}, sorted by key
     */
    Map<String, NDArray> export(NDManager target) {
        Map<String, NDArray> out = new TreeMap<>();
        slots.forEach((parameter, byName) -> byName.forEach((slot, array) -> {
            NDArray copy = array.duplicate();
            copy.attach(target);
            out.put(parameter + SEPARATOR + slot, copy);
        }));
        updates.forEach((parameter, count) -> out.put(parameter + SEPARATOR + STEP_SLOT, target.create(count)));
        return out;
    }

    /**
     * Replaces all slots and update counts with copies of {@code state}.
     *
     * @param state arrays by key {@code "<parameter>/<slot>"}
     * @throws IllegalArgumentException if a key has no separator
     */
    void replace(Map<String, NDArray> state) {
        Map<String, Map<String, NDArray>> newSlots = new LinkedHashMap<>();
        Map<String, Long> newUpdates = new HashMap<>();
        NDManager temporary = null;
        try {
            for (Map.Entry<String, NDArray> entry : state.entrySet()) {
                String key = entry.getKey();
                int at = key.lastIndexOf(SEPARATOR);
                if (at <= 0 || at == key.length() - 1) {
                    throw new IllegalArgumentException(
                            "optimizer state key '" + key + "' is not <parameter name>/<slot>");
                }
                String parameter = key.substring(0, at);
                String slot = key.substring(at + 1);
                NDArray value = entry.getValue();
                if (STEP_SLOT.equals(slot)) {
                    if (value.getDataType() != DataType.INT64 || value.size() != 1) {
                        throw new IllegalArgumentException("optimizer state '" + key
                                + "' must be an int64 scalar, is " + value.getDataType() + value.getShape());
                    }
                    newUpdates.put(parameter, value.getLong());
                } else {
                    if (temporary == null) {
                        temporary = managerLike(value);
                    }
                    NDArray copy = value.duplicate();
                    copy.attach(temporary);
                    newSlots.computeIfAbsent(parameter, k -> new HashMap<>()).put(slot, copy);
                }
            }
            clearSlots();
            if (temporary != null) {
                for (Map<String, NDArray> byName : newSlots.values()) {
                    for (NDArray array : byName.values()) {
                        array.attach(manager(array));
                    }
                }
            }
            slots.putAll(newSlots);
            updates.putAll(newUpdates);
        } finally {
            if (temporary != null) {
                temporary.close();
            }
        }
    }

    /**
     * The number of arrays on the state's manager (and its sub-managers); for leak tests.
     *
     * @return the count, 0 before first use
     */
    int managedArrayCount() {
        return manager == null ? 0 : manager.getManagedArrays().size();
    }

    private void clearSlots() {
        slots.values().forEach(byName -> byName.values().forEach(NDArray::close));
        slots.clear();
        updates.clear();
    }

    @Override
    public void close() {
        slots.clear();
        updates.clear();
        if (manager != null) {
            manager.close();
            manager = null;
        }
    }
}
