package dev.ganforge.engine.block;

import ai.djl.nn.Block;
import dev.ganforge.block.BlockInference;
import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.BlockParameter.Rule;
import dev.ganforge.block.ParameterKind;
import dev.ganforge.block.ShapeMismatch;
import dev.ganforge.block.ShapeRules;
import dev.ganforge.engine.compile.BlockCompiler;
import dev.ganforge.engine.compile.DjlDense;
import dev.ganforge.engine.compile.DjlReshape;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.validate.Shapes;
import java.util.ArrayList;
import java.util.List;

/** {@code projection}: the generator's stem — dense onto C·H·W values, norm, activation, reshape to C×H×W. */
public final class ProjectionKind implements BlockKind {

    @Override
    public String name() {
        return "projection";
    }

    @Override
    public String description() {
        return "a generator's stem: dense onto C·H·W values, optional batch norm and activation, reshape to C×H×W";
    }

    @Override
    public List<BlockParameter> parameters() {
        return List.of(
                BlockParameter.required("shape", ParameterKind.INTEGERS, Rule.POSITIVE, "the shape of one output sample",
                        "shape: [128, 7, 7]"),
                CommonParameters.bias(), CommonParameters.norm(false),
                CommonParameters.activation(Activation.linear(), "relu"));
    }

    @Override
    public BlockInference infer(BlockSpec block, List<Integer> input, NestedInference nested) throws ShapeMismatch {
        int features = ShapeRules.requireVector(input, name());
        List<Integer> shape = block.integers("shape");
        long units = Shapes.size(shape);
        long parameters = features * units + (block.bool("bias") ? units : 0) + (block.norm("norm") == null ? 0 : 2 * units);
        return new BlockInference(shape, parameters);
    }

    @Override
    public String details(BlockSpec block) {
        return new Details().add("dense→" + Shapes.format(block.integers("shape"))).norm(block.norm("norm"))
                .activation(block.activation("activation")).toString();
    }

    @Override
    public Block compile(BlockSpec block, BlockCompiler compiler) {
        List<Block> layers = new ArrayList<>();
        layers.add(new DjlDense(Shapes.size(block.integers("shape")), block.bool("bias")));
        if (block.norm("norm") != null) {
            layers.add(BlockCompiler.batchNorm(block.norm("norm")));
        }
        BlockCompiler.addActivation(layers, block.activation("activation"));
        layers.add(new DjlReshape(block.integers("shape")));
        return BlockCompiler.sequence(layers);
    }
}
