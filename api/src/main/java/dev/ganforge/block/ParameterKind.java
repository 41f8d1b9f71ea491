package dev.ganforge.block;

import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.Order;
import dev.ganforge.spec.Padding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The types a block parameter can take, each with its one Java representation in a {@link
 * BlockSpec}'s parameters, so that the DSL and the YAML reader build equal blocks.
 */
public enum ParameterKind {
    /** A whole number: {@link Integer}. */
    INTEGER("a whole number"),
    /** Any number: {@link Double}. */
    NUMBER("a number"),
    /** {@link Boolean}. */
    BOOLEAN("true or false"),
    /** {@link String}. */
    STRING("a string"),
    /** A list of whole numbers, such as a shape: {@code List<Integer>}. */
    INTEGERS("a list of whole numbers"),
    /** An {@link Activation}: a name, or {@code {type: leaky-relu, alpha: 0.2}}. */
    ACTIVATION("an activation name or {type: leaky-relu, alpha: 0.2}"),
    /** A {@link Padding}: {@code same}, {@code valid} or a whole number of pixels. */
    PADDING("same, valid or a whole number of pixels"),
    /** Batch normalisation or none: {@code Optional<BatchNormBlock>}, empty for {@code none}. */
    NORM("batch, none or {type: batch, momentum: 0.9, epsilon: 1e-5}"),
    /** An {@link Order}: {@code pre} or {@code post}. */
    ORDER("pre or post"),
    /** Nested blocks, applied in order: {@code List<BlockSpec>}. */
    BLOCKS("a list of blocks");

    private final String expectation;

    ParameterKind(String expectation) {
        this.expectation = expectation;
    }

    /** What a value of this kind looks like, for messages, e.g. "a whole number". */
    public String expectation() {
        return expectation;
    }

    /**
     * {@code value} in this kind's representation, if it is one: whole numbers of any Java type
     * become {@link Integer}, numbers {@link Double}, a {@link BatchNormBlock} or {@code null}
     * becomes an optional norm; anything else must already be of the kind's type.
     */
    public Optional<Object> accept(Object value) {
        switch (this) {
            case INTEGER:
                return whole(value).map(Integer.class::cast);
            case NUMBER:
                return value instanceof Number number ? Optional.of(number.doubleValue()) : Optional.empty();
            case BOOLEAN:
                return value instanceof Boolean ? Optional.of(value) : Optional.empty();
            case STRING:
                return value instanceof String ? Optional.of(value) : Optional.empty();
            case INTEGERS:
                return integers(value);
            case ACTIVATION:
                return value instanceof Activation ? Optional.of(value) : Optional.empty();
            case PADDING:
                return value instanceof Padding ? Optional.of(value) : Optional.empty();
            case NORM:
                if (value instanceof BatchNormBlock norm) {
                    return Optional.of(Optional.of(norm));
                }
                return value instanceof Optional<?> optional && optional.map(BatchNormBlock.class::isInstance).orElse(true)
                        ? Optional.of(value) : Optional.empty();
            case ORDER:
                return value instanceof Order ? Optional.of(value) : Optional.empty();
            default:
                return blocks(value);
        }
    }

    private static Optional<Object> whole(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return Optional.of(((Number) value).intValue());
        }
        if (value instanceof Long || value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (number == Math.rint(number) && Math.abs(number) <= Integer.MAX_VALUE) {
                return Optional.of((int) number);
            }
        }
        return Optional.empty();
    }

    private static Optional<Object> integers(Object value) {
        if (!(value instanceof List<?> list)) {
            return Optional.empty();
        }
        List<Integer> whole = new ArrayList<>(list.size());
        for (Object item : list) {
            Optional<Object> accepted = whole(item);
            if (accepted.isEmpty()) {
                return Optional.empty();
            }
            whole.add((Integer) accepted.get());
        }
        return Optional.of(List.copyOf(whole));
    }

    private static Optional<Object> blocks(Object value) {
        if (!(value instanceof List<?> list) || !list.stream().allMatch(BlockSpec.class::isInstance)) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(list));
    }
}
