package dev.ganforge.block;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One parameter a block kind declares: its YAML name, type, default, the rule its value must
 * follow, what it means, and an example line for messages.
 *
 * @param name the lowercase-kebab key, e.g. {@code output-padding}
 * @param kind the type of value it takes
 * @param defaultValue the value when a spec does not set it, in the kind's representation
 *     ({@link ParameterKind#accept}); {@code null} if the parameter is required
 * @param rule what a value must satisfy beyond its type
 * @param description one line saying what it does, for listings and the reference
 * @param example a YAML line that sets it, e.g. {@code kernel: 4}
 */
public record BlockParameter(String name, ParameterKind kind, Object defaultValue, Rule rule, String description,
        String example) {

    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** What a parameter's value must satisfy beyond its type. */
    public enum Rule {
        /** Anything of the type. */
        ANY,
        /** A number greater than 0 (for lists: every entry). */
        POSITIVE,
        /** A number of 0 or more. */
        NOT_NEGATIVE,
        /** A rate in [0, 1), such as dropout's. */
        RATE
    }

    public BlockParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(example, "example");
        if (!KEBAB.matcher(name).matches()) {
            throw new IllegalArgumentException("block parameter name '" + name + "' must be lowercase-kebab");
        }
        if (defaultValue != null) {
            Object given = defaultValue;
            defaultValue = kind.accept(given).orElseThrow(() -> new IllegalArgumentException(
                    "the default of block parameter '" + name + "' must be " + kind.expectation() + ", found " + given));
        }
    }

    /** A parameter every block of the kind must set. */
    public static BlockParameter required(String name, ParameterKind kind, Rule rule, String description, String example) {
        return new BlockParameter(name, kind, null, rule, description, example);
    }

    /** A parameter with a default. */
    public static BlockParameter optional(String name, ParameterKind kind, Object defaultValue, Rule rule,
            String description, String example) {
        return new BlockParameter(name, kind, Objects.requireNonNull(defaultValue, "defaultValue"), rule, description,
                example);
    }

    /** Whether a spec must set it. */
    public boolean isRequired() {
        return defaultValue == null;
    }
}
