package dev.ganforge.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys each part of a YAML spec accepts, with an example of each for error messages. Blocks
 * are not listed here: their kinds declare their own keys ({@link dev.ganforge.block.BlockType}).
 */
final class Vocabulary {

    private Vocabulary() {}

    /**
     * The keys of one kind of mapping.
     *
     * @param phrase how messages name it, e.g. "in decoder" or "at the top level"
     * @param examples every known key, in canonical order, mapped to an example line
     * @param open whether other keys are allowed (plugin parameters)
     */
    record Context(String phrase, Map<String, String> examples, boolean open) {

        Set<String> keys() {
            return examples.keySet();
        }

        String example(String key) {
            return examples.getOrDefault(key, key + ": ...");
        }
    }

    static final Context TOP = context("at the top level",
            "name", "name: mnist-dcgan",
            "data", "data: {shape: [1, 28, 28]}",
            "latent", "latent: {size: 100}",
            "conditioning", "conditioning: {classes: 10, type: label-channels}",
            "loss", "loss: bce",
            "generator", "generator: {blocks: [projection: {shape: [128, 7, 7]}, decoder: {filters: [64, 1]}]}",
            "discriminator", "discriminator: {blocks: [encoder: {filters: [64, 128]}, flatten, dense: {units: 1}]}",
            "networks", "networks: {encoder: {blocks: [encoder: {filters: [64, 128]}, flatten, dense: {units: 100}]}}",
            "recipe", "recipe: adversarial",
            "groups", "groups: {up-block: {parameters: {channels: 256}, blocks: [upsample: 2, conv: {filters: $channels}]}}",
            "training", "training: {batch-size: 64, steps: 10000}");

    static final Context DATA = context("in data",
            "shape", "shape: [1, 28, 28]",
            "range", "range: [0, 1]",
            "dataset", "dataset: {type: idx, path: data/mnist}");

    static final Context LATENT = context("in latent",
            "size", "size: 100",
            "distribution", "distribution: normal");

    static final Context CONDITIONING = open("in conditioning",
            "classes", "classes: 10",
            "type", "type: label-channels");

    static final Context NETWORKS = open("in networks",
            "encoder", "encoder: {blocks: [encoder: {filters: [64, 128]}, flatten, dense: {units: 100}]}");

    static final Context GROUPS = open("in groups",
            "up-block", "up-block: {parameters: {channels: 256}, blocks: [upsample: 2, conv: {filters: $channels}]}");

    static final Context GROUP = context("in the group",
            "parameters", "parameters: {channels: 256}",
            "blocks", "blocks: [upsample: 2, conv: {filters: $channels}]");

    static final Context GROUP_PARAMETERS = open("in the group's parameters", "channels", "channels: 256");

    static final Context NETWORK = context("in the network",
            "optimizer", "optimizer: {type: adam, lr: 2e-4}",
            "blocks", "blocks: [decoder: {filters: [64, 1]}]");

    static final Context TRAINING = context("in training",
            "batch-size", "batch-size: 64",
            "steps", "steps: 10000",
            "seed", "seed: 42",
            "sample-every", "sample-every: 500",
            "checkpoint-every", "checkpoint-every: 1000",
            "strategies", "strategies: [{type: n-critic, steps: 5}]",
            "evaluate-every", "evaluate-every: 1000",
            "metrics", "metrics: [{type: classifier-fid, samples: 10000}]",
            "engine", "engine: pytorch");

    static final Context PLUGIN = open("in the plugin reference", "type", "type: <plugin name>");

    static final Context ACTIVATION = context("in the activation",
            "type", "type: leaky-relu",
            "alpha", "alpha: 0.2");

    static final Context NORM = context("in the norm",
            "type", "type: batch",
            "momentum", "momentum: 0.9",
            "epsilon", "epsilon: 1e-5");

    static final Context SWEEP = context("at the top level of a sweep",
            "name", "name: ring-losses",
            "base", "base: ../yaml/ring-bce.yaml",
            "vary", "vary: {loss: [bce, hinge]}",
            "sample", "sample: grid",
            "seeds", "seeds: 3",
            "metric", "metric: {name: modes-covered, goal: max}",
            "budget", "budget: {steps: 2000}");

    static final Context SWEEP_VARY = open("in vary",
            "loss", "loss: [bce, hinge]");

    static final Context SWEEP_RANGE = context("in the range",
            "from", "from: 1e-4",
            "to", "to: 1e-3",
            "steps", "steps: 3",
            "scale", "scale: log");

    static final Context SWEEP_SAMPLE = context("in sample",
            "random", "random: 10",
            "seed", "seed: 1");

    static final Context SWEEP_METRIC = context("in metric",
            "name", "name: fid",
            "goal", "goal: min");

    static final Context SWEEP_BUDGET = context("in budget",
            "steps", "steps: 2000",
            "minutes", "minutes: 30");

    /** The activation functions by YAML name. */
    static final List<String> ACTIVATIONS = List.of("linear", "relu", "leaky-relu", "tanh", "sigmoid");

    private static Context context(String phrase, String... keysAndExamples) {
        return new Context(phrase, pairs(keysAndExamples), false);
    }

    private static Context open(String phrase, String... keysAndExamples) {
        return new Context(phrase, pairs(keysAndExamples), true);
    }

    private static Map<String, String> pairs(String... keysAndExamples) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndExamples.length; i += 2) {
            map.put(keysAndExamples[i], keysAndExamples[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
