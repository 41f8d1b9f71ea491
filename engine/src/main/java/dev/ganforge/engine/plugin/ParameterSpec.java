package dev.ganforge.engine.plugin;

import java.util.Objects;

/**
 * One parameter a plugin declares (after Tribuo's configurable fields): its name, type, default
 * and what it means. Specs may set it; if they do not, the default applies, and a parameter
 * without a default must be set.
 *
 * @param name the lowercase-kebab name a spec uses, e.g. {@code n-critic}
 * @param type the type of value it takes
 * @param defaultValue the value used when a spec does not set it, normalised to the type's Java
 *     value (see {@link ParameterType#accept}); {@code null} if the parameter is required
 * @param description one line saying what the parameter does
 */
public record ParameterSpec(String name, ParameterType type, Object defaultValue, String description) {

    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (!PluginDescriptor.isKebab(name)) {
            throw new IllegalArgumentException("parameter name '" + name
                    + "' must be lowercase-kebab, e.g. 'n-critic'");
        }
        if (defaultValue != null) {
            Object given = defaultValue;
            defaultValue = type.accept(given).orElseThrow(() -> new IllegalArgumentException(
                    "the default of parameter '" + name + "' must be " + type.expectation() + ", found " + given));
        }
    }

    /** A number parameter with a default. */
    public static ParameterSpec number(String name, double defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.NUMBER, defaultValue, description);
    }

    /** A whole-number parameter with a default. */
    public static ParameterSpec integer(String name, int defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.INTEGER, defaultValue, description);
    }

    /** A boolean parameter with a default. */
    public static ParameterSpec bool(String name, boolean defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.BOOLEAN, defaultValue, description);
    }

    /** A string parameter with a default. */
    public static ParameterSpec string(String name, String defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.STRING, Objects.requireNonNull(defaultValue, "defaultValue"), description);
    }

    /** A parameter every spec must set: it has no default. */
    public static ParameterSpec required(String name, ParameterType type, String description) {
        return new ParameterSpec(name, type, null, description);
    }

    /** Whether a spec must set this parameter. */
    public boolean isRequired() {
        return defaultValue == null;
    }
}
