package dev.ganforge.engine.plugin;

import dev.ganforge.spec.PluginRef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The parameters of one plugin reference, resolved against the plugin's descriptor: every
 * declared parameter has a value (the spec's, or the default) of its declared type. A plugin
 * reads them with the accessor for the type it declared.
 */
public final class PluginParameters {

    private final PluginDescriptor descriptor;
    private final Map<String, Object> values;

    private PluginParameters(PluginDescriptor descriptor, Map<String, Object> values) {
        this.descriptor = descriptor;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Resolves {@code ref}'s parameters against {@code descriptor}.
     *
     * @throws IllegalArgumentException listing every unknown parameter, wrong type and missing
     *     required parameter
     */
    public static PluginParameters resolve(PluginDescriptor descriptor, PluginRef ref) {
        ParameterResolver.Resolution resolution = ParameterResolver.resolve(descriptor, ref);
        if (!resolution.ok()) {
            throw new IllegalArgumentException(resolution.problems().stream()
                    .map(ParameterResolver.Problem::message)
                    .collect(Collectors.joining("\n")));
        }
        return new PluginParameters(descriptor, resolution.values());
    }

    /** The plugin these parameters belong to. */
    public PluginDescriptor descriptor() {
        return descriptor;
    }

    /** The value of a {@link ParameterType#NUMBER} parameter. */
    public double number(String name) {
        return (Double) value(name, ParameterType.NUMBER);
    }

    /** The value of an {@link ParameterType#INTEGER} parameter. */
    public int integer(String name) {
        return (Integer) value(name, ParameterType.INTEGER);
    }

    /** The value of a {@link ParameterType#BOOLEAN} parameter. */
    public boolean bool(String name) {
        return (Boolean) value(name, ParameterType.BOOLEAN);
    }

    /** The value of a {@link ParameterType#STRING} parameter. */
    public String string(String name) {
        return (String) value(name, ParameterType.STRING);
    }

    /** Every parameter's value, in declaration order, e.g. for a model's provenance. */
    public Map<String, Object> asMap() {
        return values;
    }

    private Object value(String name, ParameterType wanted) {
        ParameterSpec parameter = descriptor.parameter(name).orElseThrow(() -> new IllegalArgumentException(
                descriptor.title() + " reads parameter '" + name + "' but does not declare it; add it to its descriptor"));
        if (parameter.type() != wanted) {
            throw new IllegalArgumentException(descriptor.title() + " reads parameter '" + name + "' as " + wanted
                    + " but declares it as " + parameter.type());
        }
        return values.get(name);
    }

    @Override
    public String toString() {
        return descriptor.name() + values;
    }
}
