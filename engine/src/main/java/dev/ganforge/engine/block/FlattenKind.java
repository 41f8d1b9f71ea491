package dev.ganforge.engine.block;

import ai.djl.nn.Block;
import dev.ganforge.block.BlockInference;
import dev.ganforge.block.BlockParameter;
import dev.ganforge.engine.compile.BlockCompiler;
import dev.ganforge.engine.compile.DjlFlatten;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.validate.Shapes;
import java.util.List;

/** {@code flatten}: each sample as one vector. */
public final class FlattenKind implements BlockKind {

    @Override
    public String name() {
        return "flatten";
    }

    @Override
    public String description() {
        return "each sample as one vector of all its values";
    }

    @Override
    public List<BlockParameter> parameters() {
        return List.of();
    }

    @Override
    public BlockInference infer(BlockSpec block, List<Integer> input, NestedInference nested) {
        return new BlockInference(List.of(Math.toIntExact(Shapes.size(input))), 0);
    }

    @Override
    public Block compile(BlockSpec block, BlockCompiler compiler) {
        return new DjlFlatten();
    }
}
