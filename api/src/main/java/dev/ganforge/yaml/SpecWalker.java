package dev.ganforge.yaml;

import dev.ganforge.block.BlockCatalog;
import dev.ganforge.dsl.Data;
import dev.ganforge.dsl.Gan;
import dev.ganforge.dsl.Latent;
import dev.ganforge.dsl.Layer;
import dev.ganforge.dsl.Network;
import dev.ganforge.dsl.Training;
import dev.ganforge.role.RecipeCatalog;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.LatentSpec;
import dev.ganforge.spec.PluginRef;
import dev.ganforge.spec.TrainingEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Walks the top level of a spec document and each of its sections, building through the Java
 * DSL's builders. Gathers every structural problem; yields the unvalidated GAN only if there
 * was none.
 */
final class SpecWalker {

    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final NodeReader reader;
    private final BlockCatalog catalog;
    private Map<String, BlockGroup> groups = Map.of();

    SpecWalker(NodeReader reader, BlockCatalog catalog) {
        this.reader = reader;
        this.catalog = catalog;
    }

    /** The GAN, ready to build, or {@code null} if there were problems. */
    Gan.Optional read(Node root) {
        if (root == null) {
            reader.problems().add("", null, "the file is empty; a spec needs at least name, data, latent, generator"
                    + " and discriminator, e.g. " + Vocabulary.TOP.example("name"));
            return null;
        }
        if (!reader.usable(root, "")) {
            return null;
        }
        if (!(root instanceof MappingNode mapping)) {
            reader.problems().add("", root.getStartMark(), "expected a mapping of keys (name, data, latent, generator,"
                    + " discriminator, ...) at the top level, found " + NodeReader.found(root));
            return null;
        }
        YamlMap top = new YamlMap(reader, mapping, "", Vocabulary.TOP);
        String name = top.require("name") ? top.string("name") : null;
        Data data = top.require("data") ? data(top.map("data", Vocabulary.DATA)) : null;
        PluginRef recipe = SettingReader.pluginRef(top, "recipe");
        LatentSpec latent = !RecipeCatalog.feedsNoise(recipe != null ? recipe.type() : RecipeCatalog.DEFAULT_RECIPE) && !top.has("latent") ? LatentSpec.UNUSED
                : top.require("latent") ? latent(top.map("latent", Vocabulary.LATENT)) : null;
        groups = groups(top);
        Network generator = top.require("generator") ? network(top, "generator") : null;
        Network discriminator = top.require("discriminator") ? network(top, "discriminator") : null;
        Map<String, Network> networks = networks(top);
        PluginRef loss = SettingReader.pluginRef(top, "loss");
        YamlMap conditioning = top.map("conditioning", Vocabulary.CONDITIONING);
        Integer classes = null;
        PluginRef method = null;
        if (conditioning != null) {
            classes = conditioning.require("classes") ? conditioning.wholeNumber("classes") : null;
            String type = conditioning.require("type") ? conditioning.string("type") : null;
            Map<String, Object> params = SettingReader.parameters(conditioning, Set.of("classes", "type"));
            method = type == null || params == null ? null : new PluginRef(type, params);
        }
        Training training = top.has("training") ? training(top.map("training", Vocabulary.TRAINING)) : null;

        if (!reader.problems().isEmpty()) {
            return null;
        }
        Gan.Optional gan = Gan.named(name).setData(data).setLatent(latent)
                .setGenerator(generator).setDiscriminator(discriminator);
        if (loss != null) {
            gan.optLoss(loss);
        }
        if (recipe != null) {
            gan.optRecipe(recipe);
        }
        networks.forEach(gan::optNetwork);
        if (conditioning != null) {
            gan.optConditioning(classes, method);
        }
        if (training != null) {
            gan.optTraining(training);
        }
        return gan;
    }

    private static Data data(YamlMap map) {
        if (map == null) {
            return null;
        }
        List<Integer> shape = map.require("shape") ? map.wholeNumbers("shape") : null;
        double[] range = range(map);
        PluginRef dataset = SettingReader.pluginRef(map, "dataset");
        if (shape == null || range == null) {
            return null;
        }
        Data data = Data.shaped(shape.stream().mapToInt(Integer::intValue).toArray());
        if (map.has("range")) {
            data.optRange(range[0], range[1]);
        }
        if (dataset != null) {
            data.optDataset(dataset);
        }
        return data;
    }

    /** {@code [min, max]}; an empty array when absent, {@code null} after a problem. */
    private static double[] range(YamlMap map) {
        if (!map.has("range")) {
            return new double[0];
        }
        NodeReader reader = map.reader();
        String path = map.pathOf("range");
        SequenceNode list = reader.list(map.value("range"), path, "range", "[min, max]", map.example("range"));
        if (list == null) {
            return null;
        }
        if (list.getValue().size() != 2) {
            reader.problems().add(path, list.getStartMark(), "expected [min, max] for 'range', found "
                    + list.getValue().size() + " values; e.g. " + map.example("range"));
            return null;
        }
        Double min = reader.number(list.getValue().get(0), path + "[0]", "range", map.example("range"));
        Double max = reader.number(list.getValue().get(1), path + "[1]", "range", map.example("range"));
        return min == null || max == null ? null : new double[] {min, max};
    }

    private static LatentSpec latent(YamlMap map) {
        if (map == null) {
            return null;
        }
        Integer size = map.require("size") ? map.wholeNumber("size") : null;
        String distribution = map.choice("distribution", "distribution", List.of("normal", "uniform"));
        if (size == null || map.has("distribution") && distribution == null) {
            return null;
        }
        return "uniform".equals(distribution) ? Latent.uniform(size) : Latent.normal(size);
    }

    /** The block groups declared under {@code groups}, by name. */
    private Map<String, BlockGroup> groups(YamlMap top) {
        Map<String, BlockGroup> groups = new LinkedHashMap<>();
        YamlMap map = top.map("groups", Vocabulary.GROUPS);
        if (map == null) {
            return groups;
        }
        for (String name : map.keys()) {
            if (catalog.find(name).isPresent() || !KEBAB.matcher(name).matches()) {
                reader.problems().add(map.pathOf(name), map.value(name).getStartMark(), catalog.find(name).isPresent()
                        ? "'" + name + "' is a block kind; give the group another name"
                        : "a group's name is lowercase words joined by '-', e.g. 'up-block', found '" + name + "'");
                continue;
            }
            YamlMap group = map.map(name, Vocabulary.GROUP);
            if (group == null) {
                continue;
            }
            Map<String, Node> defaults = new LinkedHashMap<>();
            YamlMap parameters = group.map("parameters", Vocabulary.GROUP_PARAMETERS);
            if (parameters != null) {
                for (String parameter : parameters.keys()) {
                    Node value = parameters.value(parameter);
                    boolean required = value instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
                    defaults.put(parameter, required ? null : value);
                }
            }
            SequenceNode blocks = group.require("blocks") ? reader.list(group.value("blocks"), group.pathOf("blocks"),
                    "blocks", "a list of blocks", group.example("blocks")) : null;
            if (blocks != null) {
                groups.put(name, new BlockGroup(name, defaults, blocks));
            }
        }
        return groups;
    }

    /** The networks in further roles, under {@code networks}, by role. */
    private Map<String, Network> networks(YamlMap top) {
        Map<String, Network> networks = new LinkedHashMap<>();
        YamlMap map = top.map("networks", Vocabulary.NETWORKS);
        if (map == null) {
            return networks;
        }
        for (String role : map.keys()) {
            if (role.equals(GanSpec.GENERATOR) || role.equals(GanSpec.DISCRIMINATOR)) {
                reader.problems().add(map.pathOf(role), map.value(role).getStartMark(), "the " + role
                        + " is written at the top level, not under networks; move it there");
                continue;
            }
            if (!KEBAB.matcher(role).matches()) {
                reader.problems().add(map.pathOf(role), map.value(role).getStartMark(), "a role's name is lowercase"
                        + " words joined by '-', e.g. 'generator-ab', found '" + role + "'");
                continue;
            }
            Network network = network(map, role);
            if (network != null) {
                networks.put(role, network);
            }
        }
        return networks;
    }

    private Network network(YamlMap top, String name) {
        YamlMap map = top.map(name, Vocabulary.NETWORK);
        if (map == null) {
            return null;
        }
        PluginRef optimizer = SettingReader.pluginRef(map, "optimizer");
        List<BlockSpec> blocks = map.require("blocks") ? new BlockReader(reader, catalog, groups).read(map, name) : null;
        if (blocks == null) {
            return null;
        }
        Network network = Network.builder();
        blocks.forEach(block -> network.add(Layer.of(block)));
        if (optimizer != null) {
            network.optOptimizer(optimizer);
        }
        return network;
    }

    private static Training training(YamlMap map) {
        if (map == null) {
            return null;
        }
        Training training = Training.builder();
        Integer batchSize = map.wholeNumber("batch-size");
        Long steps = map.longNumber("steps");
        Long seed = map.longNumber("seed");
        Integer sampleEvery = map.wholeNumber("sample-every");
        Integer checkpointEvery = map.wholeNumber("checkpoint-every");
        Integer evaluateEvery = map.wholeNumber("evaluate-every");
        String engine = map.choice("engine", "engine", TrainingEngine.yamlNames());
        if (batchSize != null) {
            training.optBatchSize(batchSize);
        }
        if (steps != null) {
            training.optSteps(steps);
        }
        if (seed != null) {
            training.optSeed(seed);
        }
        if (sampleEvery != null) {
            training.optSampleEvery(sampleEvery);
        }
        if (checkpointEvery != null) {
            training.optCheckpointEvery(checkpointEvery);
        }
        if (engine != null) {
            training.optEngine(TrainingEngine.fromYamlName(engine).orElseThrow());
        }
        for (PluginRef strategy : pluginList(map, "strategies")) {
            training.addStrategy(strategy);
        }
        if (evaluateEvery != null) {
            training.optEvaluateEvery(evaluateEvery);
        }
        for (PluginRef metric : pluginList(map, "metrics")) {
            training.addMetric(metric);
        }
        return training;
    }

    /** The plugin references listed under {@code key} ({@code strategies}, {@code metrics}), or none. */
    private static List<PluginRef> pluginList(YamlMap map, String key) {
        List<PluginRef> refs = new ArrayList<>();
        if (!map.has(key)) {
            return refs;
        }
        NodeReader reader = map.reader();
        String path = map.pathOf(key);
        SequenceNode list = reader.list(map.value(key), path, key, "a list of plugin references", map.example(key));
        if (list == null) {
            return refs;
        }
        for (int i = 0; i < list.getValue().size(); i++) {
            PluginRef ref = SettingReader.pluginRef(reader, list.getValue().get(i), path + "[" + i + "]", key,
                    map.example(key));
            if (ref != null) {
                refs.add(ref);
            }
        }
        return refs;
    }
}
