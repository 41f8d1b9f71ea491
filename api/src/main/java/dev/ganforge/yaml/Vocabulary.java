package dev.ganforge.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys each part of a YAML spec accepts, with an example of each for error messages. The
 * one place that lists the YAML schema's names; the JSON schema test checks against it.
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

    /** The activation functions by YAML name. */
    static final List<String> ACTIVATIONS = List.of("linear", "relu", "leaky-relu", "tanh", "sigmoid");

    /** Every block kind, in the order of the reference, with the keys of its settings map. */
    static final Map<String, Context> BLOCKS = blocks();

    /** Block kinds that may be written as a bare name, without settings. */
    static final Set<String> BARE_BLOCKS = Set.of("batch-norm", "flatten", "global-avg-pool");

    private static Map<String, Context> blocks() {
        String filters = "filters: [128, 64]";
        Map<String, Context> blocks = new LinkedHashMap<>();
        blocks.put("projection", context("in projection",
                "shape", "shape: [128, 7, 7]", "bias", "bias: true", "norm", "norm: batch",
                "activation", "activation: relu"));
        blocks.put("decoder", context("in decoder",
                "filters", filters, "kernel", "kernel: 4", "stride", "stride: 2", "padding", "padding: same",
                "output-padding", "output-padding: 0", "bias", "bias: true", "norm", "norm: batch",
                "activation", "activation: relu", "order", "order: post"));
        blocks.put("encoder", context("in encoder",
                "filters", filters, "kernel", "kernel: 4", "stride", "stride: 2", "padding", "padding: same",
                "bias", "bias: true", "convolutions", "convolutions: 2", "norm", "norm: batch",
                "activation", "activation: leaky-relu", "dropout", "dropout: 0.25", "order", "order: post",
                "spectral-norm", "spectral-norm: true"));
        blocks.put("dense", context("in dense",
                "units", "units: 1", "bias", "bias: true", "activation", "activation: sigmoid",
                "spectral-norm", "spectral-norm: true"));
        blocks.put("conv", context("in conv",
                "filters", "filters: 3", "kernel", "kernel: 3", "stride", "stride: 1", "padding", "padding: same",
                "bias", "bias: true", "activation", "activation: tanh", "spectral-norm", "spectral-norm: true"));
        blocks.put("conv-transpose", context("in conv-transpose",
                "filters", "filters: 512", "kernel", "kernel: 4", "stride", "stride: 2", "padding", "padding: same",
                "output-padding", "output-padding: 0", "bias", "bias: true", "activation", "activation: linear"));
        blocks.put("upsample", context("in upsample", "factor", "factor: 2"));
        blocks.put("batch-norm", context("in batch-norm", "momentum", "momentum: 0.9", "epsilon", "epsilon: 1e-5"));
        blocks.put("activation", ACTIVATION);
        blocks.put("dropout", context("in dropout", "rate", "rate: 0.25"));
        blocks.put("zero-pad", context("in zero-pad",
                "top", "top: 0", "bottom", "bottom: 1", "left", "left: 0", "right", "right: 1"));
        blocks.put("flatten", context("in flatten"));
        blocks.put("reshape", context("in reshape", "shape", "shape: [128, 7, 7]"));
        blocks.put("global-avg-pool", context("in global-avg-pool"));
        return Collections.unmodifiableMap(blocks);
    }

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
