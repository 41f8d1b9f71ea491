package dev.ganforge.engine.block;

import ai.djl.nn.Block;
import dev.ganforge.block.BlockInference;
import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.BlockParameter.Rule;
import dev.ganforge.block.ParameterKind;
import dev.ganforge.engine.compile.BlockCompiler;
import dev.ganforge.engine.compile.DjlActivation;
import dev.ganforge.spec.BlockSpec;
import java.util.List;

/** {@code activation}: an activation function on its own, written {@code - activation: relu}. */
public final class ActivationKind implements BlockKind {

    @Override
    public String name() {
        return "activation";
    }

    @Override
    public String description() {
        return "an activation function: linear, relu, leaky-relu, tanh or sigmoid";
    }

    @Override
    public List<BlockParameter> parameters() {
        return List.of(BlockParameter.required("function", ParameterKind.ACTIVATION, Rule.ANY,
                "the function, e.g. relu or {type: leaky-relu, alpha: 0.2}", "function: relu"));
    }

    @Override
    public String shorthand() {
        return "function";
    }

    @Override
    public BlockInference infer(BlockSpec block, List<Integer> input, NestedInference nested) {
        return new BlockInference(input, 0);
    }

    @Override
    public String details(BlockSpec block) {
        return block.activation("function").toString();
    }

    @Override
    public Block compile(BlockSpec block, BlockCompiler compiler) {
        return new DjlActivation(block.activation("function"));
    }
}
