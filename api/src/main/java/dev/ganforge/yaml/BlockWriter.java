package dev.ganforge.yaml;

import dev.ganforge.block.BlockCatalog;
import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.BlockType;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.Order;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders blocks as the items of a YAML {@code blocks} list by their kinds' declarations: every
 * setting equal to its declared default is left out, a kind's shorthand is used where it is the
 * only setting, and neighbouring blocks that differ only in their expanding parameter are joined
 * into one item with a list (e.g. {@code filters: [128, 64]}).
 */
final class BlockWriter {

    private final BlockCatalog catalog;

    BlockWriter(BlockCatalog catalog) {
        this.catalog = catalog;
    }

    /** One item per line, without the leading {@code "- "}. */
    List<String> items(List<BlockSpec> blocks) {
        List<String> items = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            BlockSpec block = blocks.get(i);
            Optional<BlockType> type = catalog.find(block.kind());
            String expanding = type.map(BlockType::expandingParameter).orElse(null);
            if (expanding == null || !block.has(expanding)) {
                items.add(item(block, type.orElse(null)));
                i++;
                continue;
            }
            Map<String, String> options = options(block, type.get(), expanding);
            List<Object> values = new ArrayList<>(List.of(block.get(expanding)));
            int next = i + 1;
            while (next < blocks.size() && blocks.get(next).kind().equals(block.kind()) && blocks.get(next).has(expanding)
                    && options(blocks.get(next), type.get(), expanding).equals(options)) {
                values.add(blocks.get(next).get(expanding));
                next++;
            }
            Map<String, String> all = new LinkedHashMap<>();
            all.put(expanding, values.size() == 1 ? YamlScalars.value(values.get(0)) : YamlScalars.flowList(values));
            all.putAll(options);
            items.add(block.kind() + ": " + YamlScalars.flowMap(all));
            i = next;
        }
        return items;
    }

    private String item(BlockSpec block, BlockType type) {
        Map<String, String> options = options(block, type, null);
        if (type != null && type.shorthand() != null && options.keySet().equals(java.util.Set.of(type.shorthand()))) {
            return block.kind() + ": " + options.get(type.shorthand());
        }
        return options.isEmpty() ? block.kind() : block.kind() + ": " + YamlScalars.flowMap(options);
    }

    /**
     * The block's settings that differ from their defaults (all of them for a kind this catalog
     * does not know), in declaration order, {@code leftOut} left out.
     */
    private Map<String, String> options(BlockSpec block, BlockType type, String leftOut) {
        Map<String, String> rendered = new LinkedHashMap<>();
        if (type == null) {
            block.params().forEach((name, value) -> rendered.put(name, render(value)));
            return rendered;
        }
        for (BlockParameter parameter : type.parameters()) {
            Object value = block.params().get(parameter.name());
            if (parameter.name().equals(leftOut) || value == null || Objects.equals(value, parameter.defaultValue())) {
                continue;
            }
            rendered.put(parameter.name(), render(value));
        }
        return rendered;
    }

    private String render(Object value) {
        if (value instanceof Activation activation) {
            return activation(activation);
        }
        if (value instanceof Optional<?> norm) {
            return norm.map(BatchNormBlock.class::cast).map(BlockWriter::norm).orElse("none");
        }
        if (value instanceof Order order) {
            return order.yamlName();
        }
        if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof BlockSpec) {
            List<String> nested = new ArrayList<>();
            @SuppressWarnings("unchecked")
            List<BlockSpec> blocks = (List<BlockSpec>) list;
            items(blocks).forEach(item -> nested.add(item.contains(":") ? "{" + item + "}" : item));
            return "[" + String.join(", ", nested) + "]";
        }
        if (value instanceof List<?> list) {
            return YamlScalars.flowList(list);
        }
        if (value instanceof dev.ganforge.spec.Padding padding) {
            return padding.toString();
        }
        return YamlScalars.value(value);
    }

    private static String norm(BatchNormBlock norm) {
        if (norm.equals(BatchNormBlock.DEFAULT)) {
            return "batch";
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("type", "batch");
        if (Double.compare(norm.momentum(), BatchNormBlock.DEFAULT.momentum()) != 0) {
            settings.put("momentum", YamlScalars.number(norm.momentum()));
        }
        if (Double.compare(norm.epsilon(), BatchNormBlock.DEFAULT.epsilon()) != 0) {
            settings.put("epsilon", YamlScalars.number(norm.epsilon()));
        }
        return YamlScalars.flowMap(settings);
    }

    /** An activation: its name, or {@code {type: leaky-relu, alpha: ..}} when alpha is not the default. */
    static String activation(Activation activation) {
        if (activation.function() == Activation.Function.LEAKY_RELU
                && Double.compare(activation.alpha(), Activation.DEFAULT_LEAKY_ALPHA) != 0) {
            return "{type: leaky-relu, alpha: " + YamlScalars.number(activation.alpha()) + "}";
        }
        return activation.function().yamlName();
    }
}
