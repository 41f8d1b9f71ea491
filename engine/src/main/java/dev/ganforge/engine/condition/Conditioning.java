package dev.ganforge.engine.condition;

import ai.djl.nn.SequentialBlock;
import dev.ganforge.role.Feed;
import dev.ganforge.spec.NetworkSpec;
import dev.ganforge.validate.SpecProblem;
import java.util.List;

/**
 * A way of joining a class label into a conditional GAN's networks (Mirza &amp; Osindero, 2014),
 * made by a plugin of the {@code conditioning} family. It wraps each network's compiled layers in
 * a block that takes the network's input and the labels; what it joins where depends on what the
 * network is fed: noise (a network that generates) or data (a network that scores or translates).
 */
public interface Conditioning {

    /**
     * The network's layers as a block of (input, labels (N) int32) → output.
     *
     * @param feed what the network takes: noise (N, latent) or samples of the data's shape
     * @param layers the network's compiled layers, not yet initialised
     * @param classes the number of classes
     */
    ConditionedBlock condition(Feed feed, SequentialBlock layers, int classes);

    /**
     * What this method needs of one network that the spec lacks, e.g. a projection critic's final
     * {@code dense(1)}; empty if it can condition it. Paths start at {@code GanSpec.pathOf(role)}.
     *
     * @param role the network's role
     * @param network the network as declared
     * @param feed what the network takes
     */
    default List<SpecProblem> check(String role, NetworkSpec network, Feed feed) {
        return List.of();
    }
}
