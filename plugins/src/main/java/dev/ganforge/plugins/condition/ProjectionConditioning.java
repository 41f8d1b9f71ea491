package dev.ganforge.plugins.condition;

import ai.djl.nn.SequentialBlock;
import dev.ganforge.role.Feed;
import dev.ganforge.engine.condition.ConditionedBlock;
import dev.ganforge.spec.NetworkSpec;
import dev.ganforge.validate.SpecProblem;
import java.util.List;

/**
 * {@code projection}: the projection discriminator of Miyato &amp; Koyama (2018), with the
 * generator joining a learned label embedding to its noise.
 */
final class ProjectionConditioning extends LabelEmbeddingConditioning {

    ProjectionConditioning(int embedding) {
        super(embedding);
    }

    @Override
    ConditionedBlock conditionData(SequentialBlock layers, int classes) {
        return new ProjectionCritic(layers, classes);
    }

    @Override
    public List<SpecProblem> check(String role, NetworkSpec network, Feed feed) {
        return FeatureCritic.finalScoreLayerProblems("projection", role, network, feed);
    }
}
