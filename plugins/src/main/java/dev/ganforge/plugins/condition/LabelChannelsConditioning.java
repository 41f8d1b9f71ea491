package dev.ganforge.plugins.condition;

import ai.djl.nn.SequentialBlock;
import dev.ganforge.engine.condition.ConditionedBlock;

/**
 * {@code label-channels}: the classic conditional GAN of Mirza &amp; Osindero (2014). The
 * generator sees a learned embedding of the label beside the noise; the discriminator sees the
 * one-hot label as extra input channels (or features, for vector data).
 */
final class LabelChannelsConditioning extends LabelEmbeddingConditioning {

    /** Joins the label to the noise, the default. */
    LabelChannelsConditioning(int embedding) {
        this(embedding, true);
    }

    LabelChannelsConditioning(int embedding, boolean joinNoise) {
        super(embedding, joinNoise);
    }

    @Override
    ConditionedBlock conditionData(SequentialBlock layers, int classes) {
        return new LabelChannelsCritic(layers, classes);
    }
}
