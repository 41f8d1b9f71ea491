package dev.ganforge.engine.block;

import ai.djl.nn.Block;
import dev.ganforge.block.BlockInference;
import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.BlockParameter.Rule;
import dev.ganforge.block.ParameterKind;
import dev.ganforge.block.ShapeMismatch;
import dev.ganforge.block.ShapeRules;
import dev.ganforge.engine.compile.BlockCompiler;
import dev.ganforge.engine.compile.DjlZeroPad;
import dev.ganforge.spec.BlockSpec;
import java.util.List;

/** {@code zero-pad}: zero rows above and below an image, zero columns left and right. */
public final class ZeroPadKind implements BlockKind {

    @Override
    public String name() {
        return "zero-pad";
    }

    @Override
    public String description() {
        return "zero rows above and below an image, and zero columns left and right";
    }

    @Override
    public List<BlockParameter> parameters() {
        return List.of(side("top", 0), side("bottom", 1), side("left", 0), side("right", 1));
    }

    private static BlockParameter side(String name, int example) {
        return BlockParameter.required(name, ParameterKind.INTEGER, Rule.NOT_NEGATIVE, "pixels added " + name,
                name + ": " + example);
    }

    @Override
    public BlockInference infer(BlockSpec block, List<Integer> input, NestedInference nested) throws ShapeMismatch {
        ShapeRules.requireImage(input, name());
        return new BlockInference(List.of(input.get(0), input.get(1) + block.integer("top") + block.integer("bottom"),
                input.get(2) + block.integer("left") + block.integer("right")), 0);
    }

    @Override
    public String details(BlockSpec block) {
        return "top " + block.integer("top") + " bottom " + block.integer("bottom") + " left " + block.integer("left")
                + " right " + block.integer("right");
    }

    @Override
    public Block compile(BlockSpec block, BlockCompiler compiler) {
        return new DjlZeroPad(block.integer("top"), block.integer("bottom"), block.integer("left"), block.integer("right"));
    }
}
