package dev.ganforge.engine.block;

import ai.djl.nn.Block;
import dev.ganforge.block.BlockInference;
import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.BlockParameter.Rule;
import dev.ganforge.block.ParameterKind;
import dev.ganforge.block.ShapeMismatch;
import dev.ganforge.block.ShapeRules;
import dev.ganforge.engine.compile.BlockCompiler;
import dev.ganforge.engine.compile.DjlAvgPool;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.validate.Shapes;
import java.util.List;

/**
 * {@code avg-pool}: the mean of each size×size window of an image, windows side by side (down-sampling),
 * as PyTorch's {@code avg_pool2d(x, size)}: rows and columns past the last whole window are left out.
 */
public final class AvgPoolKind implements BlockKind {

    @Override
    public String name() {
        return "avg-pool";
    }

    @Override
    public String description() {
        return "the mean of each size×size window of an image, windows side by side (down-sampling by size)";
    }

    @Override
    public List<BlockParameter> parameters() {
        return List.of(BlockParameter.optional("size", ParameterKind.INTEGER, 2, Rule.POSITIVE,
                "window side and stride", "size: 2"));
    }

    @Override
    public String shorthand() {
        return "size";
    }

    @Override
    public BlockInference infer(BlockSpec block, List<Integer> input, NestedInference nested) throws ShapeMismatch {
        ShapeRules.requireImage(input, name());
        int size = block.integer("size");
        if (input.get(1) < size || input.get(2) < size) {
            throw new ShapeMismatch("gets " + Shapes.format(input) + ", smaller than its " + size + "×" + size
                    + " window; choose a smaller size");
        }
        return new BlockInference(List.of(input.get(0), input.get(1) / size, input.get(2) / size), 0);
    }

    @Override
    public String details(BlockSpec block) {
        return "÷" + block.integer("size");
    }

    @Override
    public Block compile(BlockSpec block, BlockCompiler compiler) {
        return new DjlAvgPool(block.integer("size"));
    }
}
