package dev.ganforge.yaml;

import dev.ganforge.validate.Suggestions;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML mapping of a known {@link Vocabulary.Context}. On creation it reports keys that are
 * not names, duplicate keys (SnakeYAML's composer keeps both silently) and unknown keys; then
 * it hands out values by key, typed through its {@link NodeReader}.
 */
final class YamlMap {

    private final NodeReader reader;
    private final MappingNode node;
    private final String path;
    private final Vocabulary.Context context;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    YamlMap(NodeReader reader, MappingNode node, String path, Vocabulary.Context context) {
        this.reader = reader;
        this.node = node;
        this.path = path;
        this.context = context;
        for (NodeTuple tuple : node.getValue()) {
            addEntry(tuple);
        }
    }

    private void addEntry(NodeTuple tuple) {
        Node keyNode = tuple.getKeyNode();
        if (!reader.usable(keyNode, path)) {
            return;
        }
        Mark at = keyNode.getStartMark();
        if (!(keyNode instanceof ScalarNode scalar)) {
            reader.problems().add(path, at, "a key must be a plain name, found " + NodeReader.found(keyNode)
                    + " " + context.phrase() + "; write e.g. " + firstExample());
            return;
        }
        String key = scalar.getValue();
        if (Tag.MERGE.equals(scalar.getTag())) {
            reader.problems().add(path, at, "merge keys ('<<') are not supported " + context.phrase()
                    + "; write the keys out in full");
            return;
        }
        NodeTuple first = entries.get(key);
        if (first != null) {
            reader.problems().add(pathOf(key), at, "duplicate key '" + key + "' " + context.phrase()
                    + " (first at line " + (first.getKeyNode().getStartMark().getLine() + 1) + ", again at line "
                    + (at.getLine() + 1) + "); keep only one of them");
            return;
        }
        if (!context.open() && !context.keys().contains(key)) {
            String hint = Suggestions.closest(key, context.keys())
                    .map(match -> " — did you mean '" + match + "'?")
                    .orElseGet(() -> context.keys().isEmpty()
                            ? "; it takes no settings, so remove it"
                            : "; the keys are: " + String.join(", ", context.keys()));
            reader.problems().add(pathOf(key), at, "unknown key '" + key + "' " + context.phrase() + hint);
            return;
        }
        entries.put(key, tuple);
    }

    NodeReader reader() {
        return reader;
    }

    String path() {
        return path;
    }

    Mark mark() {
        return node.getStartMark();
    }

    Vocabulary.Context context() {
        return context;
    }

    /** The keys present (the known ones, first occurrences), in file order. */
    Set<String> keys() {
        return entries.keySet();
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The value node of {@code key}, or {@code null} if the key is absent. */
    Node value(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? null : tuple.getValueNode();
    }

    String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    String example(String key) {
        return context.example(key);
    }

    /** Reports {@code key} missing unless it is present; returns whether it is. */
    boolean require(String key) {
        if (has(key)) {
            return true;
        }
        reader.problems().add(pathOf(key), node.getStartMark(),
                "missing required key '" + key + "' " + context.phrase() + "; add e.g. " + example(key));
        return false;
    }

    Integer wholeNumber(String key) {
        return has(key) ? reader.wholeNumber(value(key), pathOf(key), key, example(key)) : null;
    }

    Long longNumber(String key) {
        return has(key) ? reader.longNumber(value(key), pathOf(key), key, example(key)) : null;
    }

    Double number(String key) {
        return has(key) ? reader.number(value(key), pathOf(key), key, example(key)) : null;
    }

    Boolean bool(String key) {
        return has(key) ? reader.bool(value(key), pathOf(key), key, example(key)) : null;
    }

    String string(String key) {
        return has(key) ? reader.string(value(key), pathOf(key), key, example(key)) : null;
    }

    String choice(String key, String what, Collection<String> options) {
        return has(key) ? reader.choice(value(key), pathOf(key), key, example(key), what, options) : null;
    }

    List<Integer> wholeNumbers(String key) {
        return has(key) ? reader.wholeNumbers(value(key), pathOf(key), key, example(key)) : null;
    }

    YamlMap map(String key, Vocabulary.Context of) {
        return has(key) ? reader.map(value(key), pathOf(key), key, example(key), of) : null;
    }

    private String firstExample() {
        return context.keys().isEmpty() ? "name: value" : example(context.keys().iterator().next());
    }
}
