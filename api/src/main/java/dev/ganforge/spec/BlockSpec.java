package dev.ganforge.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One block of a network: its kind's name and the parameters it sets. Composite blocks hold
 * other blocks in parameters of their own (a residual block's {@code body}), so a network is a
 * tree of blocks.
 *
 * <p>Parameter values are in the representation of their declared {@link
 * dev.ganforge.block.ParameterKind}: {@link Integer}, {@link Double}, {@link Boolean}, {@link
 * String}, {@code List<Integer>}, {@link Activation}, {@link Padding}, {@code
 * Optional<BatchNormBlock>} (empty for no normalisation), {@link Order} or {@code
 * List<BlockSpec>}. A spec that {@code Gan.build()} or the YAML reader returns has every declared
 * parameter set, defaults included, so that equal declarations give equal blocks whichever front
 * end wrote them and whatever they left at its default.
 *
 * @param kind the block kind's name, e.g. {@code encoder}
 * @param params the parameters, by name
 */
public record BlockSpec(String kind, Map<String, Object> params) {

    public BlockSpec {
        Objects.requireNonNull(kind, "kind");
        Map<String, Object> copy = new LinkedHashMap<>();
        Objects.requireNonNull(params, "params").forEach((name, value) -> copy.put(Objects.requireNonNull(name, "name"),
                Objects.requireNonNull(value, () -> "parameter '" + name + "' of block '" + kind + "' is null")));
        params = Collections.unmodifiableMap(copy);
    }

    /** A block of {@code kind} that sets no parameter. */
    public static BlockSpec of(String kind) {
        return new BlockSpec(kind, Map.of());
    }

    /** A copy that also sets {@code name} to {@code value}. */
    public BlockSpec with(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(params);
        copy.put(name, value);
        return new BlockSpec(kind, copy);
    }

    /** Whether the block sets {@code name}. */
    public boolean has(String name) {
        return params.containsKey(name);
    }

    /**
     * The value of {@code name}.
     *
     * @throws IllegalArgumentException if the block does not set it
     */
    public Object get(String name) {
        Object value = params.get(name);
        if (value == null) {
            throw new IllegalArgumentException("block '" + kind + "' has no parameter '" + name + "'");
        }
        return value;
    }

    /** A whole-number parameter. */
    public int integer(String name) {
        return (Integer) get(name);
    }

    /** A number parameter. */
    public double number(String name) {
        return (Double) get(name);
    }

    /** A boolean parameter. */
    public boolean bool(String name) {
        return (Boolean) get(name);
    }

    /** A string parameter. */
    public String string(String name) {
        return (String) get(name);
    }

    /** A list-of-whole-numbers parameter, such as a shape. */
    @SuppressWarnings("unchecked")
    public List<Integer> integers(String name) {
        return (List<Integer>) get(name);
    }

    /** An activation parameter. */
    public Activation activation(String name) {
        return (Activation) get(name);
    }

    /** A padding parameter. */
    public Padding padding(String name) {
        return (Padding) get(name);
    }

    /** A norm parameter: the batch norm's settings, or {@code null} for none. */
    public BatchNormBlock norm(String name) {
        return ((Optional<?>) get(name)).map(BatchNormBlock.class::cast).orElse(null);
    }

    /** An order parameter. */
    public Order order(String name) {
        return (Order) get(name);
    }

    /** A parameter holding nested blocks. */
    @SuppressWarnings("unchecked")
    public List<BlockSpec> blocks(String name) {
        return (List<BlockSpec>) get(name);
    }
}
