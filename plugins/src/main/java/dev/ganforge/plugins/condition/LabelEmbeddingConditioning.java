package dev.ganforge.plugins.condition;

import ai.djl.nn.SequentialBlock;
import dev.ganforge.engine.block.ConditionalBatchNormKind;
import dev.ganforge.role.Feed;
import dev.ganforge.engine.condition.ConditionedBlock;
import dev.ganforge.engine.condition.Conditioning;
import dev.ganforge.spec.NetworkSpec;
import dev.ganforge.validate.SpecProblem;
import java.util.List;

/**
 * What both built-in methods share: a network fed noise sees a label embedding joined to it
 * (unless {@code join-noise} is off, when its conditional-batch-norm blocks carry the label
 * alone); a network fed data is conditioned as the method says ({@link #conditionData}).
 */
abstract class LabelEmbeddingConditioning implements Conditioning {

    /** The parameter that turns the label joined to the noise off. */
    static final String JOIN_NOISE = "join-noise";

    private final int embedding;
    private final boolean joinNoise;

    /**
     * @param embedding the size of the generator's label embedding, or 0 for the one-hot label
     * @param joinNoise whether a network fed noise sees the label beside it; if not, its
     *     conditional-batch-norm blocks must carry the label
     */
    LabelEmbeddingConditioning(int embedding, boolean joinNoise) {
        if (embedding < 0) {
            throw new IllegalArgumentException("embedding must be 0 (one-hot) or a positive size, found " + embedding);
        }
        this.embedding = embedding;
        this.joinNoise = joinNoise;
    }

    @Override
    public final ConditionedBlock condition(Feed feed, SequentialBlock layers, int classes) {
        return switch (feed) {
            case NOISE -> joinNoise ? new LatentLabelJoin(layers, classes, embedding)
                    : new LabelConsumingLayers(layers, classes);
            case DATA, PAIR -> conditionData(layers, classes);
        };
    }

    /**
     * A network fed noise without the label joined to it must see the label somewhere else: in
     * a conditional-batch-norm block.
     */
    @Override
    public List<SpecProblem> check(String role, NetworkSpec network, Feed feed) {
        if (feed != Feed.NOISE || joinNoise || ConditionalBatchNormKind.appearsIn(network.blocks())) {
            return List.of();
        }
        return List.of(SpecProblem.at("conditioning." + JOIN_NOISE, JOIN_NOISE + " is false, so the " + role
                + " would never see the class label: none of its blocks is a conditional-batch-norm; put"
                + " conditional-batch-norm in its blocks (SNGAN has one before each convolution of its residual"
                + " blocks), or set " + JOIN_NOISE + ": true"));
    }

    /** A network fed data (a critic) as a block of (samples, labels) → its output. */
    abstract ConditionedBlock conditionData(SequentialBlock layers, int classes);
}
