package dev.ganforge.plugins.condition;

import ai.djl.nn.SequentialBlock;
import dev.ganforge.engine.condition.ConditionedBlock;
import dev.ganforge.engine.condition.Conditioning;

/** The generator side both built-in methods share: a label embedding joined to the noise. */
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
    public final ConditionedBlock generator(SequentialBlock layers, int classes) {
        return new LatentLabelJoin(layers, classes, embedding);
    }
}
