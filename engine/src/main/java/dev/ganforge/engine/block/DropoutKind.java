package dev.ganforge.engine.block;

import ai.djl.nn.Block;
import ai.djl.nn.norm.Dropout;
import dev.ganforge.block.BlockInference;
import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.BlockParameter.Rule;
import dev.ganforge.block.ParameterKind;
import dev.ganforge.engine.compile.BlockCompiler;
import dev.ganforge.spec.BlockSpec;
import java.util.List;

/** {@code dropout}: zeroes a share of the values while training (Srivastava et al. 2014). */
public final class DropoutKind implements BlockKind {

    @Override
    public String name() {
        return "dropout";
    }

    @Override
    public String description() {
        return "zeroes a share of the values while training (Srivastava et al. 2014)";
    }

    @Override
    public List<BlockParameter> parameters() {
        return List.of(BlockParameter.required("rate", ParameterKind.NUMBER, Rule.RATE, "the share dropped, in [0, 1)",
                "rate: 0.25"));
    }

    @Override
    public String shorthand() {
        return "rate";
    }

    @Override
    public BlockInference infer(BlockSpec block, List<Integer> input, NestedInference nested) {
        return new BlockInference(input, 0);
    }

    @Override
    public String details(BlockSpec block) {
        return "rate " + block.number("rate");
    }

    @Override
    public Block compile(BlockSpec block, BlockCompiler compiler) {
        return Dropout.builder().optRate((float) block.number("rate")).build();
    }
}
