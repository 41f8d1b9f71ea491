package dev.ganforge.yaml;

import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.spec.Order;
import dev.ganforge.spec.Padding;
import dev.ganforge.spec.PluginRef;
import dev.ganforge.validate.Suggestions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the settings that several blocks and sections share: activations, norms, padding,
 * order, filter counts and plugin references. Each returns {@code null} after reporting.
 */
final class SettingReader {

    /**
     * The {@code norm} setting of a composite block.
     *
     * @param norm the batch norm, or {@code null} for {@code none}
     */
    record NormSetting(BatchNormBlock norm) {}

    private static final List<String> NORMS = List.of("batch", "none");
    private static final List<String> PADDINGS = List.of("same", "valid");
    private static final List<String> ORDERS = List.of("pre", "post");
    private static final String PLUGIN_FORM = "a plugin name or {type: name, ...}";

    private SettingReader() {}

    static Activation activation(YamlMap map, String key) {
        return map.has(key) ? activation(map.reader(), map.value(key), map.pathOf(key), key, map.example(key)) : null;
    }

    /** An activation: a name, or {@code {type: leaky-relu, alpha: 0.3}}. */
    static Activation activation(NodeReader reader, Node node, String path, String key, String example) {
        if (node instanceof MappingNode) {
            YamlMap map = reader.map(node, path, key, example, Vocabulary.ACTIVATION);
            if (map == null) {
                return null;
            }
            String type = map.require("type") ? map.choice("type", "activation", Vocabulary.ACTIVATIONS) : null;
            Double alpha = map.number("alpha");
            if (alpha != null && type != null && !type.equals("leaky-relu")) {
                reader.problems().add(map.pathOf("alpha"), map.value("alpha").getStartMark(),
                        "alpha applies only to leaky-relu, found type '" + type
                                + "'; remove alpha or write type: leaky-relu");
                return null;
            }
            if (type == null) {
                return null;
            }
            return alpha == null ? named(type) : Activation.leakyRelu(alpha);
        }
        if (node instanceof SequenceNode) {
            reader.usable(node, path);
            reader.typeError(node, path, key, "an activation name or {type: leaky-relu, alpha: 0.2}", example);
            return null;
        }
        String name = reader.choice(node, path, key, example, "activation", Vocabulary.ACTIVATIONS);
        return name == null ? null : named(name);
    }

    private static Activation named(String name) {
        switch (name) {
            case "linear":
                return Activation.linear();
            case "relu":
                return Activation.relu();
            case "leaky-relu":
                return Activation.leakyRelu();
            case "tanh":
                return Activation.tanh();
            default:
                return Activation.sigmoid();
        }
    }

    /** A composite's norm: {@code batch}, {@code none}, or {@code {type: batch, momentum: .., epsilon: ..}}. */
    static NormSetting norm(YamlMap owner, String key) {
        if (!owner.has(key)) {
            return null;
        }
        NodeReader reader = owner.reader();
        Node node = owner.value(key);
        String path = owner.pathOf(key);
        if (node instanceof MappingNode) {
            YamlMap map = reader.map(node, path, key, owner.example(key), Vocabulary.NORM);
            if (map == null) {
                return null;
            }
            BatchNormBlock norm = batchNorm(map);
            return map.has("type") && map.choice("type", "norm type", List.of("batch")) == null || norm == null
                    ? null : new NormSetting(norm);
        }
        String name = reader.choice(node, path, key, owner.example(key), "norm", NORMS);
        if (name == null) {
            return null;
        }
        return new NormSetting(name.equals("batch") ? BatchNormBlock.DEFAULT : null);
    }

    /** Batch norm settings from {@code momentum} and {@code epsilon}, each defaulting as in {@link BatchNormBlock#DEFAULT}. */
    static BatchNormBlock batchNorm(YamlMap map) {
        Double momentum = map.number("momentum");
        Double epsilon = map.number("epsilon");
        if (map.has("momentum") && momentum == null || map.has("epsilon") && epsilon == null) {
            return null;
        }
        return new BatchNormBlock(
                momentum == null ? BatchNormBlock.DEFAULT.momentum() : momentum,
                epsilon == null ? BatchNormBlock.DEFAULT.epsilon() : epsilon);
    }

    /** {@code same}, {@code valid}, or an explicit amount. */
    static Padding padding(YamlMap map, String key) {
        if (!map.has(key)) {
            return null;
        }
        NodeReader reader = map.reader();
        Node node = map.value(key);
        String path = map.pathOf(key);
        if (node instanceof ScalarNode scalar && Tag.INT.equals(scalar.getTag())) {
            Integer amount = reader.wholeNumber(node, path, key, map.example(key));
            return amount == null ? null : Padding.of(amount);
        }
        if (node instanceof ScalarNode scalar && Tag.STR.equals(scalar.getTag()) && reader.usable(node, path)) {
            String name = scalar.getValue();
            if (PADDINGS.contains(name)) {
                return name.equals("same") ? Padding.same() : Padding.valid();
            }
            String hint = Suggestions.closest(name, PADDINGS).map(match -> " — did you mean '" + match + "'?")
                    .orElse("; expected same, valid, or a whole number of pixels on each side, e.g. padding: 1");
            reader.problems().add(path, node.getStartMark(), "unknown padding '" + name + "'" + hint);
            return null;
        }
        if (reader.usable(node, path)) {
            reader.typeError(node, path, key, "same, valid or a whole number of pixels", map.example(key));
        }
        return null;
    }

    static Order order(YamlMap map, String key) {
        String name = map.choice(key, "order", ORDERS);
        return name == null ? null : name.equals("pre") ? Order.PRE : Order.POST;
    }

    /**
     * The values of an expanding parameter such as {@code filters}: one whole number or a list of
     * them, one block per entry. Each entry's mark is recorded as {@code key[i]} so that it can be
     * moved to its own expanded block.
     */
    static List<Integer> filters(YamlMap map, String key) {
        if (!map.require(key)) {
            return null;
        }
        NodeReader reader = map.reader();
        Node node = map.value(key);
        String path = map.pathOf(key);
        String example = map.example(key);
        if (node instanceof SequenceNode) {
            List<Integer> counts = reader.wholeNumbers(node, path, key, example);
            if (counts != null && counts.isEmpty()) {
                reader.problems().add(path, node.getStartMark(),
                        "'" + key + "' is an empty list; give at least one value, e.g. " + example);
                return null;
            }
            return counts;
        }
        reader.usable(node, path);
        Integer count = reader.wholeNumber(node, path + "[0]", key, example);
        return count == null ? null : List.of(count);
    }

    static PluginRef pluginRef(YamlMap map, String key) {
        return map.has(key) ? pluginRef(map.reader(), map.value(key), map.pathOf(key), key, map.example(key)) : null;
    }

    /** A plugin reference: a bare name, or a map with {@code type} and scalar parameters. */
    static PluginRef pluginRef(NodeReader reader, Node node, String path, String key, String example) {
        if (node instanceof MappingNode) {
            YamlMap map = reader.map(node, path, key, example, Vocabulary.PLUGIN);
            if (map == null) {
                return null;
            }
            String type = map.require("type") ? map.string("type") : null;
            Map<String, Object> params = parameters(map, Set.of("type"));
            return type == null || params == null ? null : new PluginRef(type, params);
        }
        if (node instanceof ScalarNode scalar && Tag.STR.equals(scalar.getTag())) {
            String name = reader.string(node, path, key, example);
            return name == null ? null : PluginRef.of(name);
        }
        if (reader.usable(node, path)) {
            reader.typeError(node, path, key, PLUGIN_FORM, example);
        }
        return null;
    }

    /** Every key of {@code map} but the reserved ones, as plugin parameters; {@code null} if one is bad. */
    static Map<String, Object> parameters(YamlMap map, Set<String> reserved) {
        Map<String, Object> params = new LinkedHashMap<>();
        boolean ok = true;
        for (String name : map.keys()) {
            if (reserved.contains(name)) {
                continue;
            }
            Object value = map.reader().parameter(map.value(name), map.pathOf(name), name);
            ok &= value != null;
            params.put(name, value);
        }
        return ok ? params : null;
    }
}
