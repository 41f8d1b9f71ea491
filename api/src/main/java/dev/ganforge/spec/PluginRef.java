package dev.ganforge.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A reference to a plugin by its lowercase-kebab name, with the parameters the spec sets.
 * Parameters not set here take the plugin's declared defaults.
 *
 * <p>Parameter values are normalised so that equal declarations compare equal whichever front
 * end wrote them: every number becomes a {@link Double}; strings and booleans stay as they are.
 *
 * @param type the plugin's registered name, e.g. {@code wasserstein-gp}
 * @param params the parameters set by the spec, sorted by name
 */
public record PluginRef(String type, Map<String, Object> params) {

    public PluginRef {
        Objects.requireNonNull(type, "type");
        Map<String, Object> normalised = new TreeMap<>();
        Objects.requireNonNull(params, "params").forEach((key, value) -> normalised.put(key, normalise(key, value)));
        params = Collections.unmodifiableMap(normalised);
    }

    /** A reference to the named plugin with all parameters at their defaults. */
    public static PluginRef of(String type) {
        return new PluginRef(type, Map.of());
    }

    /** A copy that also sets {@code name} to {@code value}. */
    public PluginRef with(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(params);
        copy.put(name, value);
        return new PluginRef(type, copy);
    }

    private static Object normalise(String key, Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof String || value instanceof Boolean) {
            return value;
        }
        throw new IllegalArgumentException(
                "parameter '" + key + "' must be a number, a string or a boolean, found " + value);
    }
}
