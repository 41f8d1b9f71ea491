package dev.ganforge.yaml;

import dev.ganforge.validate.Suggestions;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads typed values out of composed YAML nodes, reporting what does not fit and recording
 * where each value was written. No Java object is ever constructed from a tag: values are
 * read from the node's text, and nodes with a non-standard tag are refused.
 *
 * <p>Every method that reads a value returns {@code null} after reporting a problem.
 */
final class NodeReader {

    /** How many nodes one file may expand to, counting every visit through an alias. */
    static final int MAX_NODES = 10_000;

    /** Thrown when the document expands to more than {@link #MAX_NODES} nodes. */
    static final class TooManyNodes extends RuntimeException {
        final transient Node node;

        TooManyNodes(Node node) {
            super(null, null, false, false);
            this.node = node;
        }
    }

    private static final Set<Tag> STANDARD_TAGS =
            Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ, Tag.TIMESTAMP, Tag.MERGE);
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");
    private static final Map<String, Boolean> BOOLEANS = Map.of(
            "true", true, "yes", true, "on", true, "y", true,
            "false", false, "no", false, "off", false, "n", false);

    /** State shared by a reader and the readers it makes for block items. */
    private static final class Session {
        int visited;
        final Set<Node> refused = Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private final Problems problems;
    private final SourceMap marks;
    private final Session session;

    NodeReader(Problems problems, SourceMap marks) {
        this(problems, marks, new Session());
    }

    private NodeReader(Problems problems, SourceMap marks, Session session) {
        this.problems = problems;
        this.marks = marks;
        this.session = session;
    }

    /** A reader that records marks into {@code other}, sharing this one's problems and limits. */
    NodeReader withMarks(SourceMap other) {
        return new NodeReader(problems, other, session);
    }

    Problems problems() {
        return problems;
    }

    SourceMap marks() {
        return marks;
    }

    /**
     * Counts the node against the expansion limit, records its mark under {@code path} and
     * refuses non-standard tags. Returns whether the node may be read.
     */
    boolean usable(Node node, String path) {
        if (++session.visited > MAX_NODES) {
            throw new TooManyNodes(node);
        }
        marks.record(path, node.getStartMark());
        if (STANDARD_TAGS.contains(node.getTag())) {
            return true;
        }
        if (session.refused.add(node)) {
            problems.add(path, node.getStartMark(), refusal(node));
        }
        return false;
    }

    /**
     * Reports every node under {@code root} with a non-standard tag that the walk did not reach,
     * e.g. under an unknown key, so that no such tag passes unremarked.
     */
    void refuseRemainingTags(Node root) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (!seen.add(node)) {
                continue;
            }
            if (!STANDARD_TAGS.contains(node.getTag()) && session.refused.add(node)) {
                problems.add("", node.getStartMark(), refusal(node));
            }
            if (node instanceof MappingNode mapping) {
                mapping.getValue().forEach(tuple -> {
                    pending.push(tuple.getValueNode());
                    pending.push(tuple.getKeyNode());
                });
            } else if (node instanceof SequenceNode sequence) {
                sequence.getValue().forEach(pending::push);
            }
        }
    }

    private static String refusal(Node node) {
        return "non-standard tag '" + shortTag(node.getTag())
                + "' is not allowed; a spec holds plain values only, so remove the tag";
    }

    /** Reports that {@code node} is not what {@code key} takes. */
    void typeError(Node node, String path, String key, String expected, String example) {
        problems.add(path, node.getStartMark(),
                "expected " + expected + " for '" + key + "', found " + found(node) + "; e.g. " + example);
    }

    /** Reads a mapping with the keys of {@code context}. */
    YamlMap map(Node node, String path, String key, String example, Vocabulary.Context context) {
        if (!usable(node, path)) {
            return null;
        }
        if (!(node instanceof MappingNode mapping)) {
            typeError(node, path, key, "a mapping", example);
            return null;
        }
        return new YamlMap(this, mapping, path, context);
    }

    /** Reads a list; its elements are left to the caller. */
    SequenceNode list(Node node, String path, String key, String expected, String example) {
        if (!usable(node, path)) {
            return null;
        }
        if (!(node instanceof SequenceNode sequence)) {
            typeError(node, path, key, expected, example);
            return null;
        }
        return sequence;
    }

    Integer wholeNumber(Node node, String path, String key, String example) {
        Long value = longNumber(node, path, key, example);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            problems.add(path, node.getStartMark(), "expected a whole number for '" + key + "', found " + found(node)
                    + ", which is too large; e.g. " + example);
            return null;
        }
        return value.intValue();
    }

    Long longNumber(Node node, String path, String key, String example) {
        ScalarNode scalar = scalar(node, path);
        Long value = scalar == null || !Tag.INT.equals(scalar.getTag()) ? null : parseWhole(scalar.getValue());
        if (value == null && isReadable(node)) {
            typeError(node, path, key, "a whole number", example);
        }
        return value;
    }

    Double number(Node node, String path, String key, String example) {
        ScalarNode scalar = scalar(node, path);
        Double value = scalar == null ? null : parseNumber(scalar);
        if (value == null && isReadable(node)) {
            typeError(node, path, key, "a number", example);
        }
        return value;
    }

    Boolean bool(Node node, String path, String key, String example) {
        ScalarNode scalar = scalar(node, path);
        Boolean value = scalar == null || !Tag.BOOL.equals(scalar.getTag())
                ? null : BOOLEANS.get(scalar.getValue().toLowerCase(Locale.ROOT));
        if (value == null && isReadable(node)) {
            typeError(node, path, key, "true or false", example);
        }
        return value;
    }

    /** Reads any non-empty scalar as text. */
    String string(Node node, String path, String key, String example) {
        ScalarNode scalar = scalar(node, path);
        if (scalar != null && !Tag.NULL.equals(scalar.getTag())) {
            return scalar.getValue();
        }
        if (isReadable(node)) {
            typeError(node, path, key, "a string", example);
        }
        return null;
    }

    /** Reads one of a fixed set of names, suggesting the nearest when the name is unknown. */
    String choice(Node node, String path, String key, String example, String what, Collection<String> options) {
        ScalarNode scalar = scalar(node, path);
        if (scalar == null || !Tag.STR.equals(scalar.getTag())) {
            if (isReadable(node)) {
                typeError(node, path, key, "one of " + String.join(", ", options), example);
            }
            return null;
        }
        String name = scalar.getValue();
        if (!options.contains(name)) {
            problems.add(path, node.getStartMark(), "unknown " + what + " '" + name + "'" + Suggestions.hint(name, options));
            return null;
        }
        return name;
    }

    /** Reads a list of whole numbers, such as a shape, recording each element's mark. */
    List<Integer> wholeNumbers(Node node, String path, String key, String example) {
        SequenceNode sequence = list(node, path, key, "a list of whole numbers", example);
        if (sequence == null) {
            return null;
        }
        List<Node> items = sequence.getValue();
        Integer[] values = new Integer[items.size()];
        boolean ok = true;
        for (int i = 0; i < values.length; i++) {
            values[i] = wholeNumber(items.get(i), path + "[" + i + "]", key, example);
            ok &= values[i] != null;
        }
        return ok ? List.of(values) : null;
    }

    /** Reads a plugin parameter: a number (as a Double), a boolean or a string. */
    Object parameter(Node node, String path, String key) {
        String example = key + ": 0.5";
        ScalarNode scalar = scalar(node, path);
        if (scalar == null) {
            if (isReadable(node)) {
                typeError(node, path, key, "a number, a string or a boolean", example);
            }
            return null;
        }
        Tag tag = scalar.getTag();
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            return number(node, path, key, example);
        }
        if (Tag.BOOL.equals(tag)) {
            return bool(node, path, key, example);
        }
        if (Tag.NULL.equals(tag)) {
            typeError(node, path, key, "a number, a string or a boolean", example);
            return null;
        }
        return scalar.getValue();
    }

    /** How a message shows a value: its text, or what kind of node it is. */
    static String found(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode scalar = (ScalarNode) node;
        if (Tag.NULL.equals(scalar.getTag()) && scalar.isPlain()) {
            return "nothing";
        }
        String text = scalar.getValue();
        if (text.length() > 40) {
            text = text.substring(0, 37) + "...";
        }
        return scalar.isPlain() ? "'" + text + "'" : "\"" + text + "\" (quoted, so a string)";
    }

    static String shortTag(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
    }

    /** The node as a scalar if it is a usable one; reports nothing, records the mark. */
    private ScalarNode scalar(Node node, String path) {
        return usable(node, path) && node instanceof ScalarNode scalar ? scalar : null;
    }

    /** Whether a node may still be reported as the wrong type: not when its tag was already refused. */
    private boolean isReadable(Node node) {
        return !session.refused.contains(node);
    }

    private static Long parseWhole(String text) {
        String digits = text.replace("_", "");
        try {
            if (DECIMAL.matcher(digits).matches()) {
                return Long.parseLong(digits);
            }
            String unsigned = digits.startsWith("-") || digits.startsWith("+") ? digits.substring(1) : digits;
            long sign = digits.startsWith("-") ? -1 : 1;
            if (unsigned.startsWith("0x")) {
                return sign * Long.parseLong(unsigned.substring(2), 16);
            }
            if (unsigned.startsWith("0b")) {
                return sign * Long.parseLong(unsigned.substring(2), 2);
            }
        } catch (NumberFormatException tooLong) {
            return null;
        }
        return null;
    }

    private static Double parseNumber(ScalarNode scalar) {
        if (Tag.INT.equals(scalar.getTag())) {
            Long whole = parseWhole(scalar.getValue());
            return whole == null ? null : whole.doubleValue();
        }
        if (!Tag.FLOAT.equals(scalar.getTag())) {
            return null;
        }
        String text = scalar.getValue().replace("_", "").toLowerCase(Locale.ROOT);
        switch (text) {
            case ".nan":
                return Double.NaN;
            case ".inf":
            case "+.inf":
                return Double.POSITIVE_INFINITY;
            case "-.inf":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException sexagesimal) {
                    return null;
                }
        }
    }
}
