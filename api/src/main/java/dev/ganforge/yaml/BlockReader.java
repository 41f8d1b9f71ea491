package dev.ganforge.yaml;

import dev.ganforge.dsl.ConvolutionLayer;
import dev.ganforge.dsl.Conv;
import dev.ganforge.dsl.ConvTranspose;
import dev.ganforge.dsl.Decoder;
import dev.ganforge.dsl.Dense;
import dev.ganforge.dsl.Encoder;
import dev.ganforge.dsl.Layer;
import dev.ganforge.dsl.Layers;
import dev.ganforge.dsl.Projection;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.validate.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a network's {@code blocks} list into DSL layers. Every block is built through the
 * same builders as the Java DSL ({@link Layers}), setting only the keys present, so the two
 * front ends share their defaults.
 */
final class BlockReader {

    private final NodeReader reader;

    BlockReader(NodeReader reader) {
        this.reader = reader;
    }

    /**
     * Reads the items of {@code blocks}; each item's marks are recorded under every spec block
     * it expands to. Returns {@code null} if any item has a problem.
     */
    List<Layer> read(YamlMap network, String networkName) {
        SequenceNode items = reader.list(network.value("blocks"), network.pathOf("blocks"), "blocks",
                "a list of blocks", network.example("blocks"));
        if (items == null) {
            return null;
        }
        List<Layer> layers = new ArrayList<>();
        boolean ok = true;
        int index = 0;
        for (Node item : items.getValue()) {
            SourceMap itemMarks = new SourceMap();
            String path = networkName + ".blocks[" + index + "]";
            Layer layer = item(reader.withMarks(itemMarks), item, path);
            int count = layer == null ? 1 : layer.toBlocks().size();
            reader.marks().addExpanded(itemMarks, networkName, index, count);
            index += count;
            ok &= layer != null;
            layers.add(layer);
        }
        return ok ? layers : null;
    }

    private Layer item(NodeReader in, Node item, String path) {
        if (!in.usable(item, path)) {
            return null;
        }
        if (item instanceof ScalarNode scalar && Tag.STR.equals(scalar.getTag())) {
            String kind = kind(in, item, scalar.getValue(), path);
            return kind == null ? null : settings(in, kind, null, path, item);
        }
        if (item instanceof MappingNode mapping && mapping.getValue().size() == 1) {
            NodeTuple tuple = mapping.getValue().get(0);
            Node keyNode = tuple.getKeyNode();
            if (!in.usable(keyNode, path)) {
                return null;
            }
            if (keyNode instanceof ScalarNode key) {
                String kind = kind(in, keyNode, key.getValue(), path);
                return kind == null ? null : settings(in, kind, tuple.getValueNode(), path, item);
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

    private static String kind(NodeReader in, Node at, String name, String path) {
        if (Vocabulary.BLOCKS.containsKey(name)) {
            return name;
        }
        in.problems().add(path, at.getStartMark(),
                "unknown block '" + name + "'" + Suggestions.hint(name, Vocabulary.BLOCKS.keySet()));
        return null;
    }

    /** Builds the block {@code kind} from its settings node ({@code null} when written bare). */
    private Layer settings(NodeReader in, String kind, Node value, String path, Node item) {
        Vocabulary.Context context = Vocabulary.BLOCKS.get(kind);
        boolean bare = value == null || value instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
        if (bare) {
            if (Vocabulary.BARE_BLOCKS.contains(kind)) {
                return bareBlock(kind);
            }
            String first = context.keys().iterator().next();
            in.problems().add(path, item.getStartMark(), "block '" + kind + "' needs settings; write e.g. - "
                    + kind + ": {" + context.example(first) + "}");
            return null;
        }
        int before = in.problems().count();
        Layer layer = shorthand(in, kind, value, path);
        if (layer == null && in.problems().count() == before) {
            YamlMap map = in.map(value, path, kind, "- " + kind + ": {" + firstExample(context) + "}", context);
            layer = map == null ? null : fromMap(kind, map);
        }
        return in.problems().count() == before ? layer : null;
    }

    private static String firstExample(Vocabulary.Context context) {
        return context.keys().isEmpty() ? "" : context.example(context.keys().iterator().next());
    }

    private static Layer bareBlock(String kind) {
        switch (kind) {
            case "batch-norm":
                return Layers.batchNorm();
            case "flatten":
                return Layers.flatten();
            default:
                return Layers.globalAvgPool();
        }
    }

    /** The one-value forms: {@code upsample: 2}, {@code dropout: 0.25}, {@code activation: relu}, {@code reshape: [..]}. */
    private static Layer shorthand(NodeReader in, String kind, Node value, String path) {
        boolean scalar = value instanceof ScalarNode;
        switch (kind) {
            case "upsample": {
                if (!scalar) {
                    return null;
                }
                Integer factor = in.wholeNumber(value, path + ".factor", "upsample", "upsample: 2");
                return factor == null ? null : Layers.upsample(factor);
            }
            case "dropout": {
                if (!scalar) {
                    return null;
                }
                Double rate = in.number(value, path + ".rate", "dropout", "dropout: 0.25");
                return rate == null ? null : Layers.dropout(rate);
            }
            case "activation": {
                if (value instanceof SequenceNode) {
                    return null;
                }
                Activation activation = SettingReader.activation(in, value, path, "activation", "activation: relu");
                return activation == null ? null : Layers.activation(activation);
            }
            case "reshape": {
                if (!(value instanceof SequenceNode)) {
                    return null;
                }
                List<Integer> shape = in.wholeNumbers(value, path + ".shape", "reshape", "reshape: [128, 7, 7]");
                return shape == null ? null : Layers.reshape(toArray(shape));
            }
            default:
                return null;
        }
    }

    private static Layer fromMap(String kind, YamlMap map) {
        switch (kind) {
            case "projection":
                return projection(map);
            case "decoder":
                return decoder(map);
            case "encoder":
                return encoder(map);
            case "dense":
                return dense(map);
            case "conv":
                return convolution(map, filters -> {
                    Conv layer = Layers.conv(filters);
                    spectralNorm(map, layer::optSpectralNorm);
                    return layer;
                });
            case "conv-transpose":
                return convolution(map, filters -> {
                    ConvTranspose layer = Layers.convTranspose(filters);
                    set(map.wholeNumber("output-padding"), layer::optOutputPadding);
                    return layer;
                });
            case "upsample": {
                Integer factor = map.require("factor") ? map.wholeNumber("factor") : null;
                return factor == null ? null : Layers.upsample(factor);
            }
            case "batch-norm": {
                BatchNormBlock norm = SettingReader.batchNorm(map);
                return norm == null ? null : Layers.batchNorm(norm.momentum(), norm.epsilon());
            }
            case "dropout": {
                Double rate = map.require("rate") ? map.number("rate") : null;
                return rate == null ? null : Layers.dropout(rate);
            }
            case "zero-pad":
                return zeroPad(map);
            case "reshape": {
                List<Integer> shape = map.require("shape") ? map.wholeNumbers("shape") : null;
                return shape == null ? null : Layers.reshape(toArray(shape));
            }
            default:
                // flatten and global-avg-pool take no settings; an empty map is allowed, keys were reported
                return bareBlock(kind);
        }
    }

    private static Layer projection(YamlMap map) {
        List<Integer> shape = map.require("shape") ? map.wholeNumbers("shape") : null;
        Projection layer = Layers.projection(shape == null ? new int[] {1} : toArray(shape));
        set(map.bool("bias"), layer::optBias);
        norm(map, layer::optNoNorm, layer::optNorm);
        set(SettingReader.activation(map, "activation"), layer::optActivation);
        return layer;
    }

    /** Applies a {@code norm} setting, if the map has one: {@code none} or batch norm settings. */
    private static void norm(YamlMap map, Runnable noNorm, Consumer<BatchNormBlock> withNorm) {
        SettingReader.NormSetting norm = SettingReader.norm(map, "norm");
        if (norm == null) {
            return;
        }
        if (norm.norm() == null) {
            noNorm.run();
        } else {
            withNorm.accept(norm.norm());
        }
    }

    private static Layer decoder(YamlMap map) {
        return convolution(map, filters -> {
            Decoder layer = Layers.decoder(filters);
            set(map.wholeNumber("output-padding"), layer::optOutputPadding);
            norm(map, layer::optNoNorm, layer::optNorm);
            set(SettingReader.order(map, "order"), layer::optOrder);
            return layer;
        });
    }

    private static Layer encoder(YamlMap map) {
        return convolution(map, filters -> {
            Encoder layer = Layers.encoder(filters);
            set(map.wholeNumber("convolutions"), layer::optConvolutions);
            norm(map, layer::optNoNorm, layer::optNorm);
            set(map.number("dropout"), layer::optDropout);
            set(SettingReader.order(map, "order"), layer::optOrder);
            spectralNorm(map, layer::optSpectralNorm);
            return layer;
        });
    }

    /** Applies {@code spectral-norm: true}, if the map has it. */
    private static void spectralNorm(YamlMap map, Runnable enable) {
        if (Boolean.TRUE.equals(map.bool("spectral-norm"))) {
            enable.run();
        }
    }

    /** Makes a convolution-like builder for the filter counts, then sets the options they share. */
    private static <T extends ConvolutionLayer<T>> Layer convolution(
            YamlMap map, Function<int[], T> make) {
        int[] filters = SettingReader.filters(map);
        T layer = make.apply(filters == null ? new int[] {1} : filters);
        set(map.wholeNumber("kernel"), layer::optKernel);
        set(map.wholeNumber("stride"), layer::optStride);
        set(SettingReader.padding(map, "padding"), layer::optPadding);
        set(map.bool("bias"), layer::optBias);
        set(SettingReader.activation(map, "activation"), layer::optActivation);
        return layer;
    }

    private static Layer dense(YamlMap map) {
        Integer units = map.require("units") ? map.wholeNumber("units") : null;
        Dense layer = Layers.dense(units == null ? 1 : units);
        set(map.bool("bias"), layer::optBias);
        set(SettingReader.activation(map, "activation"), layer::optActivation);
        spectralNorm(map, layer::optSpectralNorm);
        return layer;
    }

    private static Layer zeroPad(YamlMap map) {
        Integer[] sides = new Integer[4];
        String[] names = {"top", "bottom", "left", "right"};
        for (int i = 0; i < sides.length; i++) {
            sides[i] = map.require(names[i]) ? map.wholeNumber(names[i]) : null;
        }
        for (Integer side : sides) {
            if (side == null) {
                return null;
            }
        }
        return Layers.zeroPad(sides[0], sides[1], sides[2], sides[3]);
    }

    private static <T> void set(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }
}
