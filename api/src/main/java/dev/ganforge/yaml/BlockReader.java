package dev.ganforge.yaml;

import dev.ganforge.block.BlockCatalog;
import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.BlockResolver;
import dev.ganforge.block.BlockType;
import dev.ganforge.block.ParameterKind;
import dev.ganforge.spec.BlockSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a list of blocks (a network's {@code blocks}, or a composite block's nested ones) by the
 * declarations of their kinds ({@link BlockType}): each item is a kind's name, bare or with its
 * settings, or with the one value of its shorthand. Only the keys written are set; the kinds'
 * defaults are filled in when the GAN is built, as for the Java DSL.
 */
final class BlockReader {

    /** How deeply group uses may nest, so that a group that uses itself stops with a message. */
    private static final int MAX_GROUP_DEPTH = 16;

    private final NodeReader reader;
    private final BlockCatalog catalog;
    private final Map<String, BlockGroup> groups;
    private final Deque<String> using = new ArrayDeque<>();

    BlockReader(NodeReader reader, BlockCatalog catalog, Map<String, BlockGroup> groups) {
        this.reader = reader;
        this.catalog = catalog;
        this.groups = groups;
    }

    /** The blocks of a network's {@code blocks} key, or {@code null} if any item has a problem. */
    List<BlockSpec> read(YamlMap network, String networkName) {
        return list(reader, network.value("blocks"), network.pathOf("blocks"), "blocks", network.example("blocks"));
    }

    /**
     * The blocks of a list node at {@code path}, each item's marks recorded under every block it
     * expands to; {@code null} if any item has a problem.
     */
    private List<BlockSpec> list(NodeReader in, Node node, String path, String key, String example) {
        SequenceNode items = in.list(node, path, key, "a list of blocks", example);
        if (items == null) {
            return null;
        }
        List<BlockSpec> blocks = new ArrayList<>();
        return items(in, items, path, 0, blocks) ? blocks : null;
    }

    /**
     * Reads the items of {@code items} into {@code blocks} as the blocks of the list at {@code path}
     * from index {@code first} on; returns whether every item read.
     */
    private boolean items(NodeReader in, SequenceNode items, String path, int first, List<BlockSpec> blocks) {
        boolean ok = true;
        int index = first;
        for (Node item : items.getValue()) {
            String groupName = groupName(item);
            if (groupName != null) {
                int before = blocks.size();
                ok &= group(in, groups.get(groupName), item, path, index, blocks);
                index += Math.max(1, blocks.size() - before);
                continue;
            }
            SourceMap itemMarks = new SourceMap();
            Expanded expanded = item(in.withMarks(itemMarks), item, path + "[" + index + "]");
            int count = expanded == null ? 1 : expanded.blocks().size();
            in.marks().addExpanded(itemMarks, path, index, count, expanded == null ? null : expanded.parameter());
            index += count;
            ok &= expanded != null;
            if (expanded != null) {
                blocks.addAll(expanded.blocks());
            }
        }
        return ok;
    }

    /** The name of the group an item uses, or {@code null} if it names none (it may name a block kind). */
    private String groupName(Node item) {
        String name = null;
        if (item instanceof ScalarNode scalar && Tag.STR.equals(scalar.getTag())) {
            name = scalar.getValue();
        } else if (item instanceof MappingNode mapping && mapping.getValue().size() == 1
                && mapping.getValue().get(0).getKeyNode() instanceof ScalarNode key) {
            name = key.getValue();
        }
        return name != null && groups.containsKey(name) ? name : null;
    }

    /**
     * Reads one use of a group: its blocks, with the use's parameters bound, as blocks {@code
     * first}, {@code first + 1}, … of the list at {@code path}. Each block's own place is the use,
     * so that a problem with a whole block points there; a problem inside one points into the
     * group's definition, or at the use's value that was bound.
     */
    private boolean group(NodeReader in, BlockGroup group, Node item, String path, int first, List<BlockSpec> blocks) {
        String at = path + "[" + first + "]";
        if (!in.usable(item, at)) {
            return false;
        }
        if (using.contains(group.name()) || using.size() >= MAX_GROUP_DEPTH) {
            in.problems().add(at, item.getStartMark(), "group '" + group.name() + "' uses itself (through "
                    + String.join(" → ", using) + " → " + group.name() + "); a group may not, directly or not");
            return false;
        }
        Map<String, Node> values = new LinkedHashMap<>(group.defaults());
        if (item instanceof MappingNode mapping) {
            Node arguments = mapping.getValue().get(0).getValueNode();
            boolean bare = arguments instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
            if (!bare) {
                Map<String, String> examples = new LinkedHashMap<>();
                group.defaults().keySet().forEach(name -> examples.put(name, name + ": ..."));
                YamlMap map = in.map(arguments, at, group.name(), "- " + group.name() + ": {...}",
                        new Vocabulary.Context("in group '" + group.name() + "'", examples, false));
                if (map == null) {
                    return false;
                }
                map.keys().forEach(name -> values.put(name, map.value(name)));
            }
        }
        List<String> missing = values.entrySet().stream().filter(entry -> entry.getValue() == null)
                .map(Map.Entry::getKey).toList();
        if (!missing.isEmpty()) {
            in.problems().add(at, item.getStartMark(), "group '" + group.name() + "' needs "
                    + String.join(", ", missing) + "; write e.g. - " + group.name() + ": {" + missing.get(0) + ": ...}");
            return false;
        }
        SequenceNode bound = group.bind(values);
        for (int i = 0; i < bound.getValue().size(); i++) {
            // Only the use's own mark: an item expanding to several blocks takes the next indices.
            in.marks().record(path + "[" + (first + i) + "]", item.getStartMark());
        }
        using.push(group.name());
        try {
            return items(in, bound, path, first, blocks);
        } finally {
            using.pop();
        }
    }

    /**
     * The blocks one item stands for.
     *
     * @param blocks one block, or one per value of the expanding parameter
     * @param parameter the kind's expanding parameter, whose list entries' marks go to their own blocks
     */
    private record Expanded(List<BlockSpec> blocks, String parameter) {}

    private Expanded item(NodeReader in, Node item, String path) {
        if (!in.usable(item, path)) {
            return null;
        }
        if (item instanceof ScalarNode scalar && Tag.STR.equals(scalar.getTag())) {
            BlockType type = type(in, item, scalar.getValue(), path);
            return type == null ? null : settings(in, type, null, path, item);
        }
        if (item instanceof MappingNode mapping && mapping.getValue().size() == 1) {
            NodeTuple tuple = mapping.getValue().get(0);
            Node keyNode = tuple.getKeyNode();
            if (!in.usable(keyNode, path)) {
                return null;
            }
            if (keyNode instanceof ScalarNode key) {
                BlockType type = type(in, keyNode, key.getValue(), path);
                return type == null ? null : settings(in, type, tuple.getValueNode(), path, item);
            }
        }
        if (item instanceof MappingNode mapping && mapping.getValue().size() > 1) {
            List<String> keys = new ArrayList<>();
            mapping.getValue().forEach(t -> keys.add(NodeReader.found(t.getKeyNode()).replace("'", "")));
            in.problems().add(path, item.getStartMark(), "a block is a mapping with one key, its name, but this item has "
                    + keys.size() + " keys (" + String.join(", ", keys)
                    + "); indent the settings under the block name, e.g. - decoder: {filters: [128, 64], kernel: 5}");
            return null;
        }
        in.problems().add(path, item.getStartMark(), "expected a block such as '- flatten' or '- decoder: {filters: [128, 64]}', found "
                + NodeReader.found(item));
        return null;
    }

    private BlockType type(NodeReader in, Node at, String name, String path) {
        Optional<BlockType> type = catalog.find(name);
        if (type.isEmpty()) {
            in.problems().add(path, at.getStartMark(), new BlockResolver(catalog).unknownKind(name));
        }
        return type.orElse(null);
    }

    /** The block(s) of {@code type} from its settings node ({@code null} when written bare). */
    private Expanded settings(NodeReader in, BlockType type, Node value, String path, Node item) {
        boolean bare = value == null || value instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
        if (bare) {
            if (type.parameters().stream().noneMatch(BlockParameter::isRequired)) {
                return new Expanded(List.of(BlockSpec.of(type.name())), null);
            }
            in.problems().add(path, item.getStartMark(), "block '" + type.name() + "' needs settings; write e.g. - "
                    + type.name() + ": {" + firstExample(type) + "}");
            return null;
        }
        int before = in.problems().count();
        BlockParameter shorthand = type.shorthand() == null ? null : type.parameter(type.shorthand()).orElseThrow();
        if (shorthand != null && writtenAsShorthand(shorthand.kind(), value)) {
            Object read = shorthand(in, type, shorthand, value, path);
            return in.problems().count() == before && read != null
                    ? new Expanded(List.of(BlockSpec.of(type.name()).with(shorthand.name(), read)), null) : null;
        }
        YamlMap map = in.map(value, path, type.name(), "- " + type.name() + ": {" + firstExample(type) + "}",
                context(type));
        if (map == null) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (BlockParameter parameter : type.parameters()) {
            if (parameter.name().equals(type.expandingParameter())) {
                continue;
            }
            if (parameter.isRequired() && !map.require(parameter.name()) || !map.has(parameter.name())) {
                continue;
            }
            Object read = value(map, parameter);
            if (read != null) {
                values.put(parameter.name(), read);
            }
        }
        List<Integer> expanding = type.expandingParameter() == null ? List.of() : SettingReader.filters(map,
                type.expandingParameter());
        if (in.problems().count() > before || expanding == null) {
            return null;
        }
        BlockSpec block = new BlockSpec(type.name(), values);
        if (type.expandingParameter() == null) {
            return new Expanded(List.of(block), null);
        }
        List<BlockSpec> blocks = new ArrayList<>(expanding.size());
        expanding.forEach(count -> blocks.add(block.with(type.expandingParameter(), count)));
        return new Expanded(blocks, type.expandingParameter());
    }

    /** Whether {@code value} is the one value of a shorthand of this kind, rather than a mapping of settings. */
    private static boolean writtenAsShorthand(ParameterKind kind, Node value) {
        return switch (kind) {
            case INTEGERS, BLOCKS -> value instanceof SequenceNode;
            case ACTIVATION -> !(value instanceof SequenceNode);
            default -> value instanceof ScalarNode;
        };
    }

    /**
     * The shorthand's value. An activation may itself be a mapping, so it is the block's whole
     * value and problems are reported at the block.
     */
    private Object shorthand(NodeReader in, BlockType type, BlockParameter parameter, Node value, String path) {
        String example = type.name() + ": " + parameter.example().substring(parameter.example().indexOf(':') + 2);
        String at = parameter.kind() == ParameterKind.ACTIVATION ? path : path + "." + parameter.name();
        return switch (parameter.kind()) {
            case INTEGER -> in.wholeNumber(value, at, type.name(), example);
            case NUMBER -> in.number(value, at, type.name(), example);
            case BOOLEAN -> in.bool(value, at, type.name(), example);
            case STRING -> in.string(value, at, type.name(), example);
            case INTEGERS -> in.wholeNumbers(value, at, type.name(), example);
            case ACTIVATION -> SettingReader.activation(in, value, at, type.name(), example);
            case BLOCKS -> list(in, value, at, type.name(), example);
            default -> throw new IllegalStateException(type.name() + " declares a shorthand of kind " + parameter.kind()
                    + ", which has no one-value form");
        };
    }

    private Object value(YamlMap map, BlockParameter parameter) {
        String key = parameter.name();
        return switch (parameter.kind()) {
            case INTEGER -> map.wholeNumber(key);
            case NUMBER -> map.number(key);
            case BOOLEAN -> map.bool(key);
            case STRING -> map.string(key);
            case INTEGERS -> map.wholeNumbers(key);
            case ACTIVATION -> SettingReader.activation(map, key);
            case PADDING -> SettingReader.padding(map, key);
            case NORM -> {
                SettingReader.NormSetting norm = SettingReader.norm(map, key);
                yield norm == null ? null : Optional.ofNullable(norm.norm());
            }
            case ORDER -> SettingReader.order(map, key);
            case BLOCKS -> list(map.reader(), map.value(key), map.pathOf(key), key, map.example(key));
        };
    }

    private static Vocabulary.Context context(BlockType type) {
        Map<String, String> examples = new LinkedHashMap<>();
        type.parameters().forEach(parameter -> examples.put(parameter.name(), parameter.example()));
        return new Vocabulary.Context("in " + type.name(), examples, false);
    }

    private static String firstExample(BlockType type) {
        return type.parameters().isEmpty() ? "" : type.parameters().get(0).example();
    }
}
