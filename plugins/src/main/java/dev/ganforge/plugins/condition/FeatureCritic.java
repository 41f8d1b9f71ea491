package dev.ganforge.plugins.condition;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import dev.ganforge.role.Feed;
import dev.ganforge.engine.compile.InputGradients;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.NetworkSpec;
import dev.ganforge.validate.SpecProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * A critic conditioned at its features: with φ the output of every layer but the last and ψ the
 * last layer (a {@code dense(1)}), its score is ψ(φ(x)) plus, for some methods, ⟨v_y, φ(x)⟩ for
 * a vector v_y of the label; a method may also give further outputs from φ (class logits).
 */
abstract class FeatureCritic extends ConditionedLayers {

    FeatureCritic(SequentialBlock layers, int classes) {
        super(layers, classes);
    }

    @Override
    public final Shape layersInputShape(Shape samplesShape) {
        return samplesShape;
    }

    /** Sizes the method's parameters for {@code features} features per sample. */
    protected abstract void prepareFeatures(long features);

    /** The (N, F) vectors v_y whose inner product with φ adds to the score, or {@code null} for none. */
    protected abstract NDArray scoreVectors(ParameterStore store, NDArray labels, NDArray phi);

    /** Outputs after the scores, computed from φ; empty for none. */
    protected abstract List<NDArray> extraOutputs(ParameterStore store, NDArray phi);

    @Override
    protected final void prepare(Shape[] inputShapes) {
        Shape[] current = inputShapes;
        List<Block> blocks = blocks();
        for (Block block : blocks.subList(0, blocks.size() - 1)) {
            current = block.getOutputShapes(current);
        }
        if (current[0].dimension() != 2) {
            throw new IllegalArgumentException("a critic conditioned at its features (" + description() + ") needs"
                    + " features of shape (N, F) before its last block, found " + current[0]
                    + "; put a flatten or dense block before the final dense(1)");
        }
        prepareFeatures(current[0].get(1));
    }

    @Override
    protected final NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        List<Block> blocks = blocks();
        NDList features = new NDList(inputs.get(0));
        for (Block block : blocks.subList(0, blocks.size() - 1)) {
            features = block.forward(store, features, training, params);
        }
        NDArray phi = features.singletonOrThrow();
        NDArray scores = blocks.get(blocks.size() - 1).forward(store, features, training, params).singletonOrThrow();
        NDArray vectors = scoreVectors(store, inputs.get(1), phi);
        NDList outputs = new NDList(vectors == null ? scores : scores.add(vectors.mul(phi).sum(new int[] {1}, true)));
        outputs.addAll(extraOutputs(store, phi));
        return outputs;
    }

    @Override
    public final boolean hasInputGradient() {
        return true;
    }

    @Override
    public final InputGradients.Traced trace(ParameterStore store, NDArray samples, NDArray labels, boolean training) {
        List<Block> blocks = blocks();
        List<InputGradients.Traced> steps = new ArrayList<>();
        NDArray current = samples;
        for (Block block : blocks.subList(0, blocks.size() - 1)) {
            InputGradients.Traced step = InputGradients.forward(block, store, current, training);
            steps.add(step);
            current = step.output();
        }
        NDArray phi = current;
        NDArray vectors = scoreVectors(store, labels, phi);
        InputGradients.Traced head = InputGradients.forward(blocks.get(blocks.size() - 1), store, phi, training);
        NDArray scores = vectors == null ? head.output() : head.output().add(vectors.mul(phi).sum(new int[] {1}, true));
        return new InputGradients.Traced(scores, upstream -> {
            // d score / d φ = ψ's input gradient (+ v_y), each weighted by the upstream gradient.
            NDArray gradient = head.backward().apply(upstream);
            if (vectors != null) {
                gradient = gradient.add(vectors.mul(upstream));
            }
            for (int i = steps.size() - 1; i >= 0; i--) {
                gradient = steps.get(i).backward().apply(gradient);
            }
            return gradient;
        });
    }

    private List<Block> blocks() {
        return new ArrayList<>(layers.getChildren().values());
    }

    /**
     * The problem with a critic ({@code feed} data) conditioned at its features that does not end
     * in the {@code dense(1)} this needs; none for a network fed noise.
     *
     * @param method the conditioning method, for the message
     */
    static List<SpecProblem> finalScoreLayerProblems(String method, String role, NetworkSpec network, Feed feed) {
        List<BlockSpec> blocks = network.blocks();
        int last = blocks.size() - 1;
        if (feed == Feed.NOISE || last < 0) {
            return List.of();
        }
        BlockSpec dense = blocks.get(last);
        boolean fits = blocks.size() >= 2 && dense.kind().equals("dense") && dense.integer("units") == 1
                && dense.activation("activation").isIdentity();
        if (fits) {
            return List.of();
        }
        return List.of(SpecProblem.at(GanSpec.pathOf(role) + ".blocks[" + last + "]", "the " + method + " " + role
                + " needs a final 'dense: {units: 1}' without activation after its features, found block " + (last + 1)
                + " (" + dense.kind() + "); end the " + role + " with 'flatten' and 'dense: {units: 1}', or use"
                + " 'conditioning: {type: label-channels}'"));
    }
}
