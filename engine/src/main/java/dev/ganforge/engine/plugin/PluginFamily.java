package dev.ganforge.engine.plugin;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of plugin ganforge knows. Names are unique within a family, not across families:
 * a loss and a metric may both be called {@code hinge}.
 */
public enum PluginFamily {
    /** Adversarial losses, referenced by {@code loss}. */
    LOSS("loss"),
    /** Regularising penalties such as gradient penalties. */
    PENALTY("penalty"),
    /** Ways of joining a class label into both networks, referenced by {@code conditioning}. */
    CONDITIONING("conditioning"),
    /** Training strategies (n_critic, label smoothing, EMA, ...), referenced by {@code training.strategies}. */
    STRATEGY("strategy"),
    /** Optimisers, referenced by {@code generator.optimizer} and {@code discriminator.optimizer}. */
    OPTIMIZER("optimizer"),
    /** Sources of real samples, referenced by {@code data.dataset}. */
    DATASET("dataset"),
    /** Measures of sample quality reported during training. */
    METRIC("metric"),
    /** Kinds of block networks are made of, referenced by name in a network's {@code blocks}. */
    BLOCK("block"),
    /** How a step trains the networks, referenced by {@code recipe}. */
    RECIPE("recipe");

    private final String word;

    PluginFamily(String word) {
        this.word = word;
    }

    /** The word for this family in YAML, on the command line and in messages, e.g. {@code loss}. */
    public String word() {
        return word;
    }

    /** The family whose {@link #word()} is {@code word}, if any. */
    public static Optional<PluginFamily> fromWord(String word) {
        return Arrays.stream(values()).filter(family -> family.word.equals(word)).findFirst();
    }

    @Override
    public String toString() {
        return word;
    }
}
