package dev.ganforge.engine.plugin;

import java.util.Optional;

/**
 * The type of a plugin parameter. Specs store every number as a {@link Double} (see
 * {@link dev.ganforge.spec.PluginRef}); a type turns such a value into the Java value a plugin
 * reads, or refuses it.
 */
public enum ParameterType {
    /** Any number, read as a {@code double}. */
    NUMBER("number", "a number"),
    /** A whole number that fits an {@code int}. */
    INTEGER("integer", "a whole number"),
    /** {@code true} or {@code false}. */
    BOOLEAN("boolean", "true or false"),
    /** Any text. */
    STRING("string", "a string");

    private final String word;
    private final String expectation;

    ParameterType(String word, String expectation) {
        this.word = word;
        this.expectation = expectation;
    }

    /** The type's name in listings, e.g. {@code integer}. */
    public String word() {
        return word;
    }

    /** What a value of this type looks like, for messages, e.g. {@code a whole number}. */
    public String expectation() {
        return expectation;
    }

    /**
     * {@code value} as this type's Java value ({@link Double}, {@link Integer}, {@link Boolean} or
     * {@link String}), or empty if it is not of this type. Integers are accepted from any whole
     * number, since specs carry every number as a double.
     */
    public Optional<Object> accept(Object value) {
        return switch (this) {
            case NUMBER -> value instanceof Number number ? Optional.of(number.doubleValue()) : Optional.empty();
            case INTEGER -> value instanceof Number number && isWholeInt(number.doubleValue())
                    ? Optional.of((int) number.doubleValue())
                    : Optional.empty();
            case BOOLEAN -> value instanceof Boolean ? Optional.of(value) : Optional.empty();
            case STRING -> value instanceof String ? Optional.of(value) : Optional.empty();
        };
    }

    private static boolean isWholeInt(double value) {
        return value == Math.rint(value) && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
    }

    @Override
    public String toString() {
        return word;
    }
}
