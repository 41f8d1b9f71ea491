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
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BlockSpec;
import java.util.List;

/** {@code dense}: a fully connected layer, optionally spectrally normalised, then an activation. */
public final class DenseKind implements BlockKind {

    @Override
    public String name() {
        return "dense";
    }

    @Override
    public String description() {
        return "a fully connected layer on a vector, then an activation";
    }

    @Override
    public List<BlockParameter> parameters() {
        return List.of(
                BlockParameter.required("units", ParameterKind.INTEGER, Rule.POSITIVE, "outputs", "units: 1"),
                CommonParameters.bias(),
                CommonParameters.activation(Activation.linear(), "sigmoid"),
                CommonParameters.spectralNorm());
    }

    @Override
    public BlockInference infer(BlockSpec block, List<Integer> input, NestedInference nested) throws ShapeMismatch {
        int features = ShapeRules.requireVector(input, name());
        int units = block.integer("units");
        return new BlockInference(List.of(units), (long) features * units + (block.bool("bias") ? units : 0));
    }

    @Override
    public String details(BlockSpec block) {
        return new Details().add(block.integer("units") + " units").bias(block.bool("bias"))
                .activation(block.activation("activation")).spectral(block).toString();
    }

    @Override
    public Block compile(BlockSpec block, BlockCompiler compiler) {
        return BlockCompiler.withActivation(
                new DjlDense(block.integer("units"), block.bool("bias"), block.bool("spectral-norm")),
                block.activation("activation"));
    }
}
