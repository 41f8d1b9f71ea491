package dev.ganforge.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A named, reusable list of blocks declared under {@code groups}, with parameters: each use
 * ({@code - up-block: {channels: 128}}) stands for its blocks, every scalar written {@code $name}
 * in them replaced by the use's value of that parameter (or its default).
 *
 * <pre>
 * groups:
 *   up-block:
 *     parameters: {channels: 256}
 *     blocks:
 *       - residual: {body: [batch-norm, activation: relu, upsample: 2, conv: {filters: $channels}], ...}
 * generator:
 *   blocks: [projection: {shape: [256, 4, 4]}, up-block, up-block, up-block: {channels: 128}]
 * </pre>
 *
 * @param name the name uses write in place of a block kind
 * @param defaults each parameter's default value node, {@code null} for a parameter every use must set
 * @param blocks the blocks, as written
 */
record BlockGroup(String name, Map<String, Node> defaults, SequenceNode blocks) {

    /** The prefix that marks a parameter in a group's blocks: {@code $channels}. */
    static final String REFERENCE = "$";

    /** The blocks with every {@code $name} scalar replaced by its value in {@code values}, as a new tree. */
    SequenceNode bind(Map<String, Node> values) {
        return (SequenceNode) copy(blocks, values);
    }

    private static Node copy(Node node, Map<String, Node> values) {
        if (node instanceof ScalarNode scalar) {
            String text = scalar.getValue();
            if (Tag.STR.equals(scalar.getTag()) && text.startsWith(REFERENCE)
                    && values.containsKey(text.substring(REFERENCE.length()))) {
                return values.get(text.substring(REFERENCE.length()));
            }
            return node;
        }
        if (node instanceof SequenceNode sequence) {
            List<Node> items = new ArrayList<>();
            sequence.getValue().forEach(item -> items.add(copy(item, values)));
            return new SequenceNode(sequence.getTag(), true, items, sequence.getStartMark(), sequence.getEndMark(),
                    sequence.getFlowStyle());
        }
        if (node instanceof MappingNode mapping) {
            List<NodeTuple> tuples = new ArrayList<>();
            mapping.getValue().forEach(tuple -> tuples.add(new NodeTuple(tuple.getKeyNode(),
                    copy(tuple.getValueNode(), values))));
            return new MappingNode(mapping.getTag(), true, tuples, mapping.getStartMark(), mapping.getEndMark(),
                    mapping.getFlowStyle());
        }
        return node;
    }
}
