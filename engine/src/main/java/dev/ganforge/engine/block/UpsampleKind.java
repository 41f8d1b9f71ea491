package dev.ganforge.engine.block;

import ai.djl.nn.Block;
import dev.ganforge.block.BlockInference;
import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.BlockParameter.Rule;
import dev.ganforge.block.ParameterKind;
import dev.ganforge.block.ShapeMismatch;
import dev.ganforge.block.ShapeRules;
import dev.ganforge.engine.compile.BlockCompiler;
import dev.ganforge.engine.compile.DjlUpsample;
import dev.ganforge.spec.BlockSpec;
import java.util.List;

/** {@code upsample}: nearest-neighbour up-sampling of an image. */
public final class UpsampleKind implements BlockKind {

    @Override
    public String name() {
        return "upsample";
    }

    @Override
    public String description() {
        return "nearest-neighbour up-sampling of an image by a whole factor";
    }

    @Override
    public List<BlockParameter> parameters() {
        return List.of(BlockParameter.required("factor", ParameterKind.INTEGER, Rule.POSITIVE,
                "how many times larger each side gets", "factor: 2"));
    }

    @Override
    public String shorthand() {
        return "factor";
    }

    @Override
    public BlockInference infer(BlockSpec block, List<Integer> input, NestedInference nested) throws ShapeMismatch {
        ShapeRules.requireImage(input, name());
        int factor = block.integer("factor");
        return new BlockInference(List.of(input.get(0), input.get(1) * factor, input.get(2) * factor), 0);
    }

    @Override
    public String details(BlockSpec block) {
        return "×" + block.integer("factor");
    }

    @Override
    public Block compile(BlockSpec block, BlockCompiler compiler) {
        return new DjlUpsample(block.integer("factor"));
    }
}
