package dev.ganforge.engine.plugin;

import dev.ganforge.spec.PluginRef;
import dev.ganforge.validate.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the parameters a {@link PluginRef} sets against a plugin's declared parameters and fills
 * in the defaults. Every problem is gathered, so a spec author sees them all at once.
 */
final class ParameterResolver {

    private ParameterResolver() {}

    /**
     * One problem with one parameter.
     *
     * @param parameter the parameter's name, or {@code null} for a problem with the reference as
     *     a whole (a missing required parameter is reported against the reference, where it
     *     should be added)
     * @param message what is wrong and how to fix it
     */
    record Problem(String parameter, String message) {}

    /**
     * The outcome of resolving one reference.
     *
     * @param values every declared parameter's value, in declaration order; complete only if
     *     there are no problems
     * @param problems everything wrong, in the order of the reference's keys then the declaration
     */
    record Resolution(Map<String, Object> values, List<Problem> problems) {

        boolean ok() {
            return problems.isEmpty();
        }
    }

    static Resolution resolve(PluginDescriptor descriptor, PluginRef ref) {
        List<Problem> problems = new ArrayList<>();
        for (String name : ref.params().keySet()) {
            if (descriptor.parameter(name).isEmpty()) {
                problems.add(new Problem(name, unknownParameter(descriptor, name)));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterSpec parameter : descriptor.parameters()) {
            Object given = ref.params().get(parameter.name());
            if (given == null) {
                if (parameter.isRequired()) {
                    problems.add(new Problem(null, descriptor.title() + " requires parameter '" + parameter.name()
                            + "' (" + parameter.type().expectation() + ": " + parameter.description() + "); set it"));
                } else {
                    values.put(parameter.name(), parameter.defaultValue());
                }
                continue;
            }
            Optional<Object> accepted = parameter.type().accept(given);
            if (accepted.isPresent()) {
                values.put(parameter.name(), accepted.get());
            } else {
                problems.add(new Problem(parameter.name(), "parameter '" + parameter.name() + "' of " + descriptor.title()
                        + " must be " + parameter.type().expectation() + ", found " + shown(given)));
            }
        }
        return new Resolution(values, problems);
    }

    private static String unknownParameter(PluginDescriptor descriptor, String name) {
        String message = descriptor.title() + " has no parameter '" + name + "'";
        List<String> known = descriptor.parameterNames();
        if (known.isEmpty()) {
            return message + "; it takes no parameters";
        }
        return message + Suggestions.closest(name, known)
                .map(match -> " — did you mean '" + match + "'?")
                .orElseGet(() -> "; its parameters are: " + String.join(", ", known));
    }

    /** A value as a spec author wrote it: strings quoted, whole numbers without a fraction. */
    static String shown(Object value) {
        if (value instanceof String text) {
            return "'" + text + "' (a string)";
        }
        if (value instanceof Double number) {
            return PluginListing.number(number);
        }
        return String.valueOf(value);
    }
}
