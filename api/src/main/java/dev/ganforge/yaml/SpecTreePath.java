package dev.ganforge.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A setting's path in a spec's YAML, as a sweep names it ({@code generator.optimizer.lr},
 * {@code training.strategies[0].steps}, {@code generator.blocks[1].units}), and how to set it in
 * a composed YAML tree. The path follows the file as written: a list index counts the items
 * written, and a key after a block item ({@code - dense: {units: 64}}) is that block's parameter.
 */
final class SpecTreePath {

    private static final Pattern SEGMENT = Pattern.compile("([a-z][a-z0-9-]*)|\\[([0-9]+)\\]");

    /** One step of a path: a key of a mapping, or an index of a list ({@code key == null}). */
    private record Segment(String key, int index) {}

    private final String text;
    private final List<Segment> segments;

    private SpecTreePath(String text, List<Segment> segments) {
        this.text = text;
        this.segments = segments;
    }

    /** The path of {@code text}, or {@code null} if it is not one. */
    static SpecTreePath parse(String text) {
        List<Segment> segments = new ArrayList<>();
        Matcher matcher = SEGMENT.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (!segments.isEmpty() && text.charAt(at) == '.') {
                at++;
            }
            if (!matcher.find(at) || matcher.start() != at) {
                return null;
            }
            segments.add(matcher.group(1) != null ? new Segment(matcher.group(1), -1)
                    : new Segment(null, Integer.parseInt(matcher.group(2))));
            at = matcher.end();
            if (at < text.length() && text.charAt(at) != '.' && text.charAt(at) != '[') {
                return null;
            }
        }
        return segments.isEmpty() || segments.get(0).key() == null ? null : new SpecTreePath(text, segments);
    }

    /** Whether {@code specPath} is this path or lies under it. */
    boolean covers(String specPath) {
        return specPath.equals(text) || specPath.startsWith(text + ".") || specPath.startsWith(text + "[");
    }

    /**
     * Sets this path's value in the tree under {@code root}, creating the mappings on the way
     * that are missing, and turning a plugin named alone ({@code loss: bce}) into its mapping
     * ({@code {type: bce}}) when a parameter of it is set.
     *
     * @return {@code null} if it was set, otherwise why not (a sentence that names the path)
     */
    String set(Node root, Node value) {
        if (!(root instanceof MappingNode)) {
            return "the base spec is not a mapping of keys";
        }
        Node current = root;
        Segment previous = null;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            boolean last = i == segments.size() - 1;
            String where = prefix(i);
            if (segment.key() != null) {
                if (previous != null && previous.key() == null) {
                    current = blockParameters(current, segment.key());
                    if (current == null) {
                        return where + " is a block written in short form; write it as '- kind: {"
                                + segment.key() + ": ...}' in the base spec to vary its parameter";
                    }
                }
                if (!(current instanceof MappingNode mapping)) {
                    return where + " is " + NodeReader.found(current) + ", not a mapping, so it has no key '"
                            + segment.key() + "'";
                }
                NodeTuple tuple = tuple(mapping, segment.key());
                Node next = last ? value : tuple == null ? emptyMapping(mapping) : tuple.getValueNode();
                if (!last && next instanceof ScalarNode named && segments.get(i + 1).key() != null
                        && Tag.STR.equals(named.getTag())) {
                    next = pluginMapping(named);
                }
                put(mapping, tuple, segment.key(), next);
                current = next;
            } else {
                if (!(current instanceof SequenceNode sequence)) {
                    return where + " is " + NodeReader.found(current) + ", not a list, so it has no item ["
                            + segment.index() + "]";
                }
                int size = sequence.getValue().size();
                if (segment.index() >= size) {
                    return where + " has " + size + (size == 1 ? " item" : " items") + ", so it has no item ["
                            + segment.index() + "]";
                }
                if (last) {
                    sequence.getValue().set(segment.index(), value);
                }
                current = sequence.getValue().get(segment.index());
            }
            previous = segment;
        }
        return null;
    }

    @Override
    public String toString() {
        return text;
    }

    /** The path up to (not including) segment {@code end}, as a message names it. */
    private String prefix(int end) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < end; i++) {
            Segment segment = segments.get(i);
            path.append(segment.key() != null ? (i == 0 ? "" : ".") + segment.key() : "[" + segment.index() + "]");
        }
        return path.isEmpty() ? "the top level" : "'" + path + "'";
    }

    /**
     * The parameters of a block item {@code {kind: {params}}} for a key that is not the kind
     * itself; the item itself for any other item (such as a strategy's {@code {type: ..}});
     * {@code null} for a block written in short form ({@code flatten}, {@code upsample: 2}).
     */
    private static Node blockParameters(Node item, String key) {
        if (item instanceof ScalarNode) {
            return null;
        }
        if (!(item instanceof MappingNode mapping) || mapping.getValue().size() != 1) {
            return item;
        }
        NodeTuple only = mapping.getValue().get(0);
        if (!(only.getKeyNode() instanceof ScalarNode kind) || kind.getValue().equals(key)
                || kind.getValue().equals("type")) {
            return item;
        }
        return only.getValueNode() instanceof MappingNode ? only.getValueNode() : null;
    }

    private static NodeTuple tuple(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                return tuple;
            }
        }
        return null;
    }

    private static void put(MappingNode mapping, NodeTuple old, String key, Node value) {
        if (old != null && old.getValueNode() == value) {
            return;
        }
        Node keyNode = old != null ? old.getKeyNode() : new ScalarNode(Tag.STR, key, value.getStartMark(),
                value.getEndMark(), DumperOptions.ScalarStyle.PLAIN);
        NodeTuple replacement = new NodeTuple(keyNode, value);
        List<NodeTuple> tuples = mapping.getValue();
        if (old == null) {
            tuples.add(replacement);
        } else {
            tuples.set(tuples.indexOf(old), replacement);
        }
    }

    /** A mapping added where a key was missing, marked where its parent is. */
    private static MappingNode emptyMapping(Node parent) {
        return new MappingNode(Tag.MAP, true, new ArrayList<>(), parent.getStartMark(), parent.getEndMark(),
                DumperOptions.FlowStyle.FLOW);
    }

    /** {@code bce} → {@code {type: bce}}, marked where the name was. */
    private static MappingNode pluginMapping(ScalarNode name) {
        ScalarNode type = new ScalarNode(Tag.STR, "type", name.getStartMark(), name.getEndMark(),
                DumperOptions.ScalarStyle.PLAIN);
        List<NodeTuple> tuples = new ArrayList<>();
        tuples.add(new NodeTuple(type, name));
        return new MappingNode(Tag.MAP, true, tuples, name.getStartMark(), name.getEndMark(),
                DumperOptions.FlowStyle.FLOW);
    }
}
