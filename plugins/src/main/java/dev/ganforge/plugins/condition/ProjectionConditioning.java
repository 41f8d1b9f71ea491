package dev.ganforge.plugins.condition;

import ai.djl.nn.SequentialBlock;
import dev.ganforge.engine.compile.Feed;
import dev.ganforge.engine.condition.ConditionedBlock;
import dev.ganforge.spec.NetworkSpec;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.validate.SpecProblem;
import java.util.List;

/**
 * {@code projection}: the projection discriminator of Miyato &amp; Koyama (2018), with the
 * generator joining a learned label embedding to its noise.
 */
final class ProjectionConditioning extends LabelEmbeddingConditioning {

    /** Joins the label to the noise, the default. */
    ProjectionConditioning(int embedding) {
        this(embedding, true);
    }

    ProjectionConditioning(int embedding, boolean joinNoise) {
        super(embedding, joinNoise);
    }

    @Override
    ConditionedBlock conditionData(SequentialBlock layers, int classes) {
        return new ProjectionCritic(layers, classes);
    }

    @Override
    public List<SpecProblem> check(String role, NetworkSpec network, Feed feed) {
        List<BlockSpec> blocks = network.blocks();
        int last = blocks.size() - 1;
        if (feed != Feed.DATA || last < 0) {
            return super.check(role, network, feed);
        }
        BlockSpec dense = blocks.get(last);
        boolean fits = blocks.size() >= 2 && dense.kind().equals("dense") && dense.integer("units") == 1
                && dense.activation("activation").isIdentity();
        if (fits) {
            return List.of();
        }
        return List.of(SpecProblem.at(GanSpec.pathOf(role) + ".blocks[" + last + "]", "the projection " + role
                + " needs a final 'dense: {units: 1}' without activation after its features, found block " + (last + 1)
                + " (" + dense.kind() + "); end the " + role + " with 'flatten' and 'dense: {units: 1}', or use"
                + " 'conditioning: {type: label-channels}'"));
    }
}
