package dev.ganforge.plugins.condition;

import ai.djl.nn.SequentialBlock;
import dev.ganforge.role.Feed;
import dev.ganforge.engine.condition.ConditionedBlock;
import dev.ganforge.spec.NetworkSpec;
import dev.ganforge.validate.SpecProblem;
import java.util.List;

/**
 * {@code auxiliary-classifier}: AC-GAN (Odena et al. 2017). The generator joins a learned label
 * embedding to its noise; the critic does not see the label but classifies what it scores, and
 * the recipe adds the classifier's cross-entropy to both networks' losses.
 */
final class AuxiliaryClassifierConditioning extends LabelEmbeddingConditioning {

    AuxiliaryClassifierConditioning(int embedding) {
        super(embedding);
    }

    @Override
    ConditionedBlock conditionData(SequentialBlock layers, int classes) {
        return new AuxiliaryClassifierCritic(layers, classes);
    }

    @Override
    public List<SpecProblem> check(String role, NetworkSpec network, Feed feed) {
        return FeatureCritic.finalScoreLayerProblems("auxiliary-classifier", role, network, feed);
    }
}
