package dev.ganforge.plugins.condition;

import ai.djl.nn.SequentialBlock;
import dev.ganforge.role.Feed;
import dev.ganforge.engine.condition.ConditionedBlock;
import dev.ganforge.spec.NetworkSpec;
import dev.ganforge.validate.SpecProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code auxiliary-classifier}: AC-GAN (Odena et al. 2017). The generator joins a learned label
 * embedding to its noise; the critic does not see the label but classifies what it scores, and
 * the recipe adds the classifier's cross-entropy to both networks' losses.
 */
final class AuxiliaryClassifierConditioning extends LabelEmbeddingConditioning {

    /** Joins the label to the noise, the default. */
    AuxiliaryClassifierConditioning(int embedding) {
        this(embedding, true);
    }

    AuxiliaryClassifierConditioning(int embedding, boolean joinNoise) {
        super(embedding, joinNoise);
    }

    @Override
    ConditionedBlock conditionData(SequentialBlock layers, int classes) {
        return new AuxiliaryClassifierCritic(layers, classes);
    }

    @Override
    public List<SpecProblem> check(String role, NetworkSpec network, Feed feed) {
        List<SpecProblem> problems = new ArrayList<>(super.check(role, network, feed));
        problems.addAll(FeatureCritic.finalScoreLayerProblems("auxiliary-classifier", role, network, feed));
        return problems;
    }
}
