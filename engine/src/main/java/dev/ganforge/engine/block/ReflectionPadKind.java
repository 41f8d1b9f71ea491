package dev.ganforge.engine.block;

import ai.djl.nn.Block;
import dev.ganforge.block.BlockInference;
import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.BlockParameter.Rule;
import dev.ganforge.block.ParameterKind;
import dev.ganforge.block.ShapeMismatch;
import dev.ganforge.block.ShapeRules;
import dev.ganforge.engine.compile.BlockCompiler;
import dev.ganforge.engine.compile.DjlReflectionPad;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.validate.Shapes;
import java.util.List;

/** {@code reflection-pad}: each side of an image mirrored about its edge, as PyTorch's {@code ReflectionPad2d}. */
public final class ReflectionPadKind implements BlockKind {

    @Override
    public String name() {
        return "reflection-pad";
    }

    @Override
    public String description() {
        return "pads each side of an image with its mirror image about the edge (PyTorch's ReflectionPad2d)";
    }

    @Override
    public List<BlockParameter> parameters() {
        return List.of(BlockParameter.required("size", ParameterKind.INTEGER, Rule.NOT_NEGATIVE,
                "pixels added on every side; less than the height and width", "size: 3"));
    }

    @Override
    public String shorthand() {
        return "size";
    }

    @Override
    public BlockInference infer(BlockSpec block, List<Integer> input, NestedInference nested) throws ShapeMismatch {
        ShapeRules.requireImage(input, name());
        int size = block.integer("size");
        if (size >= input.get(1) || size >= input.get(2)) {
            throw new ShapeMismatch("gets " + Shapes.format(input) + " but mirrors " + size
                    + " pixels, which needs a height and width above " + size + "; pad less");
        }
        return new BlockInference(List.of(input.get(0), input.get(1) + 2 * size, input.get(2) + 2 * size), 0);
    }

    @Override
    public String details(BlockSpec block) {
        return Integer.toString(block.integer("size"));
    }

    @Override
    public Block compile(BlockSpec block, BlockCompiler compiler) {
        return new DjlReflectionPad(block.integer("size"));
    }
}
