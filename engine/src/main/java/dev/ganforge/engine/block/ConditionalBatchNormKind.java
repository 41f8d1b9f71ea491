package dev.ganforge.engine.block;

import ai.djl.nn.Block;
import dev.ganforge.block.BlockInference;
import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.ShapeMismatch;
import dev.ganforge.block.ShapeRules;
import dev.ganforge.engine.compile.BlockCompiler;
import dev.ganforge.engine.compile.DjlConditionalBatchNorm;
import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.spec.BlockSpec;
import java.util.List;

/**
 * {@code conditional-batch-norm}: batch normalisation whose scale and shift are looked up by the
 * class label, {@code γ[y]·BN(x) + β[y]} (de Vries et al. 2017), the conditioning of SNGAN's and
 * BigGAN's generators. It holds 2·channels·classes trainable values, the classes being the spec's
 * {@code conditioning.classes}; a spec without conditioning cannot use it.
 */
public final class ConditionalBatchNormKind implements BlockKind {

    /** The kind's YAML name. */
    public static final String NAME = "conditional-batch-norm";

    private final BatchNormKind plain = new BatchNormKind();

    /** Whether one of {@code blocks}, or a block nested in them, is a conditional batch norm. */
    public static boolean appearsIn(List<BlockSpec> blocks) {
        for (BlockSpec block : blocks) {
            if (block.kind().equals(NAME)) {
                return true;
            }
            for (Object value : block.params().values()) {
                if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof BlockSpec
                        && appearsIn(list.stream().map(BlockSpec.class::cast).toList())) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "batch norm with a gain and bias per class, γ[y]·BN(x) + β[y] (de Vries et al. 2017), SNGAN's and"
                + " BigGAN's conditional generators";
    }

    /** The parameters of {@code batch-norm}: the normalisation is the same. */
    @Override
    public List<BlockParameter> parameters() {
        return plain.parameters();
    }

    @Override
    public void check(BlockSpec block, ProblemSink problems) {
        plain.check(block, problems);
    }

    @Override
    public BlockInference infer(BlockSpec block, List<Integer> input, NestedInference nested) throws ShapeMismatch {
        if (nested.classes() < 1) {
            throw new ShapeMismatch("looks its gain and bias up by the class label, but the spec is not conditional;"
                    + " add 'conditioning: {type: projection, classes: 10}' (your number of classes), or use"
                    + " 'batch-norm'");
        }
        ShapeRules.requireVectorOrImage(input);
        return new BlockInference(input, 2L * input.get(0) * nested.classes());
    }

    @Override
    public String details(BlockSpec block) {
        return plain.details(block);
    }

    @Override
    public Block compile(BlockSpec block, BlockCompiler compiler) {
        return new DjlConditionalBatchNorm(new BatchNormBlock(block.number("momentum"), block.number("epsilon")),
                compiler.classes());
    }
}
