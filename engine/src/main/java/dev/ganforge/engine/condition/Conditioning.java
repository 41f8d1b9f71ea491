package dev.ganforge.engine.condition;

import ai.djl.nn.SequentialBlock;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.validate.SpecProblem;
import java.util.List;

/**
 * A way of joining a class label into both networks of a conditional GAN (Mirza &amp; Osindero,
 * 2014), made by a plugin of the {@code conditioning} family. It wraps each network's compiled
 * layers in a block that takes the samples (or noise) and the labels.
 */
public interface Conditioning {

    /**
     * The generator as a block of (noise (N, latent), labels (N) int32) → samples.
     *
     * @param layers the generator's compiled layers, not yet initialised
     * @param classes the number of classes
     */
    ConditionedBlock generator(SequentialBlock layers, int classes);

    /**
     * The discriminator as a block of (samples, labels (N) int32) → one score per sample.
     *
     * @param layers the discriminator's compiled layers, not yet initialised
     * @param classes the number of classes
     */
    ConditionedBlock discriminator(SequentialBlock layers, int classes);

    /**
     * What this method needs of the spec's networks that the spec lacks, e.g. a projection
     * discriminator's final {@code dense(1)}; empty if it can condition {@code spec}.
     */
    default List<SpecProblem> check(GanSpec spec) {
        return List.of();
    }
}
