package dev.ganforge.plugins.condition;

import ai.djl.nn.SequentialBlock;
import dev.ganforge.role.Feed;
import dev.ganforge.engine.condition.ConditionedBlock;
import dev.ganforge.engine.condition.Conditioning;

/**
 * What both built-in methods share: a network fed noise sees a label embedding joined to it; a
 * network fed data is conditioned as the method says ({@link #conditionData}).
 */
abstract class LabelEmbeddingConditioning implements Conditioning {

    private final int embedding;

    /** @param embedding the size of the generator's label embedding, or 0 for the one-hot label */
    LabelEmbeddingConditioning(int embedding) {
        if (embedding < 0) {
            throw new IllegalArgumentException("embedding must be 0 (one-hot) or a positive size, found " + embedding);
        }
        this.embedding = embedding;
    }

    @Override
    public final ConditionedBlock condition(Feed feed, SequentialBlock layers, int classes) {
        return switch (feed) {
            case NOISE -> new LatentLabelJoin(layers, classes, embedding);
            case DATA, PAIR -> conditionData(layers, classes);
        };
    }

    /** A network fed data (a critic) as a block of (samples, labels) → its output. */
    abstract ConditionedBlock conditionData(SequentialBlock layers, int classes);
}
