package dev.ganforge.engine.plugin;

import dev.ganforge.engine.backend.EngineCapability;
import java.math.BigDecimal;
import java.util.Collection;

/** Renders plugin descriptors as the text {@code ganforge plugins} prints. */
final class PluginListing {

    private PluginListing() {}

    /**
     * Each family that has plugins, then each plugin with its description, then its parameters
     * in aligned columns: name, type, default (or {@code required}), description.
     *
     * @param descriptors the plugins, already grouped by family and sorted by name
     */
    static String render(Collection<PluginDescriptor> descriptors) {
        if (descriptors.isEmpty()) {
            return "no plugins installed\n";
        }
        StringBuilder out = new StringBuilder();
        PluginFamily current = null;
        for (PluginDescriptor descriptor : descriptors) {
            if (descriptor.family() != current) {
                current = descriptor.family();
                out.append(current).append('\n');
            }
            out.append("  ").append(descriptor.name()).append(" — ").append(descriptor.description()).append('\n');
            for (EngineCapability capability : descriptor.requirements()) {
                out.append("      needs ").append(capability.description()).append(" (")
                        .append(capability.displayName()).append("), so trains only on ")
                        .append(capability.engines()).append('\n');
            }
            parameters(out, descriptor);
        }
        return out.toString();
    }

    private static void parameters(StringBuilder out, PluginDescriptor descriptor) {
        if (descriptor.parameters().isEmpty()) {
            out.append("      (no parameters)\n");
            return;
        }
        int nameWidth = 0;
        int typeWidth = 0;
        int defaultWidth = 0;
        for (ParameterSpec parameter : descriptor.parameters()) {
            nameWidth = Math.max(nameWidth, parameter.name().length());
            typeWidth = Math.max(typeWidth, parameter.type().word().length());
            defaultWidth = Math.max(defaultWidth, defaultText(parameter).length());
        }
        String row = "      %-" + nameWidth + "s  %-" + typeWidth + "s  %-" + defaultWidth + "s  %s%n";
        for (ParameterSpec parameter : descriptor.parameters()) {
            out.append(String.format(row, parameter.name(), parameter.type().word(), defaultText(parameter),
                    parameter.description()));
        }
    }

    private static String defaultText(ParameterSpec parameter) {
        Object value = parameter.defaultValue();
        if (value == null) {
            return "required";
        }
        if (value instanceof String text) {
            return "default '" + text + "'";
        }
        if (value instanceof Double number) {
            return "default " + number(number);
        }
        return "default " + value;
    }

    /** A number as people write it: {@code 10}, not {@code 10.0}; {@code 0.0002}, not {@code 2.0E-4}. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
