package dev.ganforge.engine.block;

import ai.djl.nn.Block;
import dev.ganforge.block.BlockInference;
import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.ShapeMismatch;
import dev.ganforge.block.ShapeRules;
import dev.ganforge.engine.compile.BlockCompiler;
import dev.ganforge.engine.compile.DjlGlobalAvgPool;
import dev.ganforge.spec.BlockSpec;
import java.util.List;

/** {@code global-avg-pool}: the mean of each channel of an image. */
public final class GlobalAvgPoolKind implements BlockKind {

    @Override
    public String name() {
        return "global-avg-pool";
    }

    @Override
    public String description() {
        return "the mean of each channel of an image, as a vector";
    }

    @Override
    public List<BlockParameter> parameters() {
        return List.of();
    }

    @Override
    public BlockInference infer(BlockSpec block, List<Integer> input, NestedInference nested) throws ShapeMismatch {
        ShapeRules.requireImage(input, name());
        return new BlockInference(List.of(input.get(0)), 0);
    }

    @Override
    public Block compile(BlockSpec block, BlockCompiler compiler) {
        return new DjlGlobalAvgPool();
    }
}
