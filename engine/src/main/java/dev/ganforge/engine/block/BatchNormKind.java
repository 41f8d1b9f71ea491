package dev.ganforge.engine.block;

import ai.djl.nn.Block;
import dev.ganforge.block.BlockInference;
import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.BlockParameter.Rule;
import dev.ganforge.block.BlockResolver;
import dev.ganforge.block.ParameterKind;
import dev.ganforge.block.ShapeMismatch;
import dev.ganforge.block.ShapeRules;
import dev.ganforge.engine.compile.BlockCompiler;
import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.spec.BlockSpec;
import java.util.List;

/** {@code batch-norm}: batch normalisation over the channels of an image or the features of a vector (Ioffe &amp; Szegedy 2015). */
public final class BatchNormKind implements BlockKind {

    @Override
    public String name() {
        return "batch-norm";
    }

    @Override
    public String description() {
        return "batch normalisation over channels or features (Ioffe & Szegedy 2015)";
    }

    @Override
    public List<BlockParameter> parameters() {
        return List.of(
                BlockParameter.optional("momentum", ParameterKind.NUMBER, BatchNormBlock.DEFAULT.momentum(), Rule.ANY,
                        "weight of the old running statistic (PyTorch's momentum=0.1 is 0.9 here)", "momentum: 0.9"),
                BlockParameter.optional("epsilon", ParameterKind.NUMBER, BatchNormBlock.DEFAULT.epsilon(), Rule.ANY,
                        "added to the variance", "epsilon: 1e-5"));
    }

    @Override
    public void check(BlockSpec block, ProblemSink problems) {
        BlockResolver.batchNormProblems("", settings(block))
                .forEach(problem -> problems.add(problem.path().substring(1), problem.message()));
    }

    @Override
    public BlockInference infer(BlockSpec block, List<Integer> input, NestedInference nested) throws ShapeMismatch {
        ShapeRules.requireVectorOrImage(input);
        return new BlockInference(input, 2L * input.get(0));
    }

    @Override
    public String details(BlockSpec block) {
        return "momentum " + block.number("momentum");
    }

    @Override
    public Block compile(BlockSpec block, BlockCompiler compiler) {
        return BlockCompiler.batchNorm(settings(block));
    }

    private static BatchNormBlock settings(BlockSpec block) {
        return new BatchNormBlock(block.number("momentum"), block.number("epsilon"));
    }
}
