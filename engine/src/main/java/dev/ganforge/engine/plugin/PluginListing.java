package dev.ganforge.engine.plugin;

import dev.ganforge.block.BlockCatalog;
import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.BlockType;
import dev.ganforge.engine.backend.EngineCapability;
import dev.ganforge.spec.Order;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
        return render(descriptors, BlockCatalog.EMPTY);
    }

    /**
     * As {@link #render(Collection)}, with the parameters of block kinds taken from {@code blocks}.
     */
    static String render(Collection<PluginDescriptor> descriptors, BlockCatalog blocks) {
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
            Optional<BlockType> block = descriptor.family() == PluginFamily.BLOCK ? blocks.find(descriptor.name())
                    : Optional.empty();
            if (block.isPresent()) {
                blockParameters(out, block.get());
            } else {
                parameters(out, descriptor);
            }
        }
        return out.toString();
    }

    private static void parameters(StringBuilder out, PluginDescriptor descriptor) {
        List<String[]> rows = new ArrayList<>();
        for (ParameterSpec parameter : descriptor.parameters()) {
            rows.add(new String[] {parameter.name(), parameter.type().word(), defaultText(parameter),
                    parameter.description()});
        }
        table(out, rows);
    }

    private static void blockParameters(StringBuilder out, BlockType block) {
        List<String[]> rows = new ArrayList<>();
        for (BlockParameter parameter : block.parameters()) {
            rows.add(new String[] {parameter.name(), parameter.kind().name().toLowerCase(Locale.ROOT),
                    parameter.isRequired() ? "required" : "default " + blockDefault(parameter.defaultValue()),
                    parameter.description()});
        }
        table(out, rows);
    }

    private static String blockDefault(Object value) {
        if (value instanceof Optional<?> norm) {
            return norm.isPresent() ? "batch" : "none";
        }
        if (value instanceof Double number) {
            return number(number);
        }
        if (value instanceof Order order) {
            return order.yamlName();
        }
        return value.toString();
    }

    /** Rows of name, type, default and description in aligned columns. */
    private static void table(StringBuilder out, List<String[]> rows) {
        if (rows.isEmpty()) {
            out.append("      (no parameters)\n");
            return;
        }
        int[] widths = new int[3];
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        String format = "      %-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s  %s%n";
        for (String[] row : rows) {
            out.append(String.format(format, (Object[]) row));
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
