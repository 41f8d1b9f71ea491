package dev.ganforge.yaml;

import dev.ganforge.block.BlockCatalog;
import dev.ganforge.role.RecipeCatalog;
import dev.ganforge.spec.LatentSpec;
import dev.ganforge.spec.ConditioningSpec;
import dev.ganforge.spec.DataSpec;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.NetworkSpec;
import dev.ganforge.spec.PluginRef;
import dev.ganforge.spec.TrainingSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link GanSpec} as canonical YAML: block style, kebab-case keys, one line per block
 * with the block's settings in a flow map, and block settings at their defaults left out.
 * Reading the text back with {@link YamlSpecReader} gives an equal spec.
 *
 * <p>Plugin parameters named {@code type} (and, for conditioning, {@code classes}) cannot be
 * written, since those keys name the plugin itself; such a spec is refused.
 */
public final class YamlSpecWriter {

    private YamlSpecWriter() {}

    /**
     * The spec as YAML text.
     *
     * @throws IllegalArgumentException if a plugin parameter is named after a reserved key
     */
    public static String write(GanSpec spec) {
        StringBuilder out = new StringBuilder();
        line(out, 0, "name: " + YamlScalars.string(spec.name()));
        data(out, spec.data());
        if (!spec.latent().equals(LatentSpec.UNUSED) || RecipeCatalog.feedsNoise(spec.recipe().type())) {
            line(out, 0, "latent:");
            line(out, 1, "size: " + spec.latent().size());
            line(out, 1, "distribution: " + spec.latent().distribution().yamlName());
        }
        if (spec.conditioning() != null) {
            conditioning(out, spec.conditioning());
        }
        line(out, 0, "loss: " + plugin(spec.loss(), Set.of("type")));
        if (!spec.recipe().equals(GanSpec.DEFAULT_RECIPE)) {
            line(out, 0, "recipe: " + plugin(spec.recipe(), Set.of("type")));
        }
        spec.networks().forEach((role, network) -> {
            if (!GanSpec.pathOf(role).equals(role)) {
                return;
            }
            network(out, 0, role, network);
        });
        if (spec.networks().keySet().stream().anyMatch(role -> !GanSpec.pathOf(role).equals(role))) {
            line(out, 0, "networks:");
            spec.networks().forEach((role, network) -> {
                if (!GanSpec.pathOf(role).equals(role)) {
                    network(out, 1, role, network);
                }
            });
        }
        training(out, spec.training());
        return out.toString();
    }

    /**
     * Writes the spec as YAML to a UTF-8 file, replacing it.
     *
     * @throws IOException if the file cannot be written
     */
    public static void write(GanSpec spec, Path file) throws IOException {
        Files.writeString(file, write(spec), StandardCharsets.UTF_8);
    }

    private static void data(StringBuilder out, DataSpec data) {
        line(out, 0, "data:");
        line(out, 1, "shape: " + YamlScalars.flowList(data.shape()));
        line(out, 1, "range: [" + YamlScalars.number(data.min()) + ", " + YamlScalars.number(data.max()) + "]");
        if (data.dataset() != null) {
            line(out, 1, "dataset: " + plugin(data.dataset(), Set.of("type")));
        }
    }

    private static void conditioning(StringBuilder out, ConditioningSpec conditioning) {
        PluginRef method = conditioning.method();
        refuseReserved(method, Set.of("classes", "type"));
        line(out, 0, "conditioning:");
        line(out, 1, "classes: " + conditioning.classes());
        line(out, 1, "type: " + YamlScalars.string(method.type()));
        method.params().forEach((name, value) -> line(out, 1, YamlScalars.string(name) + ": " + YamlScalars.value(value)));
    }

    private static void network(StringBuilder out, int indent, String name, NetworkSpec network) {
        line(out, indent, name + ":");
        line(out, indent + 1, "optimizer: " + plugin(network.optimizer(), Set.of("type")));
        if (network.blocks().isEmpty()) {
            line(out, indent + 1, "blocks: []");
            return;
        }
        line(out, indent + 1, "blocks:");
        for (String item : new BlockWriter(BlockCatalog.installed()).items(network.blocks())) {
            line(out, indent + 2, "- " + item);
        }
    }

    private static void training(StringBuilder out, TrainingSpec training) {
        line(out, 0, "training:");
        line(out, 1, "batch-size: " + training.batchSize());
        line(out, 1, "steps: " + training.steps());
        line(out, 1, "seed: " + training.seed());
        line(out, 1, "sample-every: " + training.sampleEvery());
        line(out, 1, "checkpoint-every: " + training.checkpointEvery());
        pluginList(out, "strategies", training.strategies());
        if (training.evaluateEvery() != TrainingSpec.DEFAULTS.evaluateEvery()) {
            line(out, 1, "evaluate-every: " + training.evaluateEvery());
        }
        pluginList(out, "metrics", training.metrics());
        if (training.engine() != TrainingSpec.DEFAULTS.engine()) {
            line(out, 1, "engine: " + training.engine().yamlName());
        }
    }

    private static void pluginList(StringBuilder out, String key, List<PluginRef> refs) {
        if (!refs.isEmpty()) {
            line(out, 1, key + ":");
            for (PluginRef ref : refs) {
                line(out, 2, "- " + plugin(ref, Set.of("type")));
            }
        }
    }

    /** A bare name without parameters, {@code {type: name, key: value, ...}} with them. */
    private static String plugin(PluginRef ref, Set<String> reserved) {
        refuseReserved(ref, reserved);
        if (ref.params().isEmpty()) {
            return YamlScalars.string(ref.type());
        }
        Map<String, String> rendered = new LinkedHashMap<>();
        rendered.put("type", YamlScalars.string(ref.type()));
        ref.params().forEach((name, value) -> rendered.put(YamlScalars.string(name), YamlScalars.value(value)));
        return YamlScalars.flowMap(rendered);
    }

    private static void refuseReserved(PluginRef ref, Set<String> reserved) {
        for (String name : reserved) {
            if (ref.params().containsKey(name)) {
                throw new IllegalArgumentException("plugin '" + ref.type() + "' has a parameter named '" + name
                        + "', which YAML cannot express: that key names the plugin itself");
            }
        }
    }

    private static void line(StringBuilder out, int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }
}
