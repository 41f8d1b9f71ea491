package dev.ganforge.spec;

import java.util.Objects;

/**
 * Class conditioning (Mirza &amp; Osindero, 2014): the generator and the discriminator both see
 * the class label of a sample, joined in by the named conditioning plugin.
 *
 * @param classes the number of classes; labels run from 0 to {@code classes - 1}
 * @param method the conditioning plugin and its parameters
 */
public record ConditioningSpec(int classes, PluginRef method) {

    public ConditioningSpec {
        Objects.requireNonNull(method, "method");
    }
}
