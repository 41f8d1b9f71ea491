package dev.ganforge.engine.block;

import ai.djl.nn.Block;
import dev.ganforge.block.BlockInference;
import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.ShapeMismatch;
import dev.ganforge.block.ShapeRules;
import dev.ganforge.engine.compile.BlockCompiler;
import dev.ganforge.engine.compile.DjlGlobalSumPool;
import dev.ganforge.spec.BlockSpec;
import java.util.List;

/** {@code global-sum-pool}: the sum of each channel of an image, as SNGAN's critics pool (Miyato et al. 2018). */
public final class GlobalSumPoolKind implements BlockKind {

    @Override
    public String name() {
        return "global-sum-pool";
    }

    @Override
    public String description() {
        return "the sum of each channel of an image, as a vector (SNGAN's critics, Miyato et al. 2018)";
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
        return new DjlGlobalSumPool();
    }
}
