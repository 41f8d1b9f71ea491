package dev.ganforge.engine.block;

import ai.djl.nn.Block;
import dev.ganforge.block.BlockInference;
import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.BlockParameter.Rule;
import dev.ganforge.block.ParameterKind;
import dev.ganforge.block.ShapeMismatch;
import dev.ganforge.engine.compile.BlockCompiler;
import dev.ganforge.engine.compile.DjlReshape;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.validate.Shapes;
import java.util.List;

/** {@code reshape}: each sample to another shape with as many values. */
public final class ReshapeKind implements BlockKind {

    @Override
    public String name() {
        return "reshape";
    }

    @Override
    public String description() {
        return "each sample to another shape with as many values";
    }

    @Override
    public List<BlockParameter> parameters() {
        return List.of(BlockParameter.required("shape", ParameterKind.INTEGERS, Rule.POSITIVE, "the new shape",
                "shape: [128, 7, 7]"));
    }

    @Override
    public String shorthand() {
        return "shape";
    }

    @Override
    public BlockInference infer(BlockSpec block, List<Integer> input, NestedInference nested) throws ShapeMismatch {
        List<Integer> shape = block.integers("shape");
        if (Shapes.size(shape) != Shapes.size(input)) {
            throw new ShapeMismatch("cannot reshape " + Shapes.format(input) + " (" + Shapes.size(input)
                    + " values) to " + Shapes.format(shape) + " (" + Shapes.size(shape)
                    + " values); choose a shape with " + Shapes.size(input) + " values");
        }
        return new BlockInference(shape, 0);
    }

    @Override
    public String details(BlockSpec block) {
        return "→" + Shapes.format(block.integers("shape"));
    }

    @Override
    public Block compile(BlockSpec block, BlockCompiler compiler) {
        return new DjlReshape(block.integers("shape"));
    }
}
