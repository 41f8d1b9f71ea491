package dev.ganforge.engine.block;

import ai.djl.nn.Block;
import dev.ganforge.block.BlockInference;
import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.BlockParameter.Rule;
import dev.ganforge.block.ParameterKind;
import dev.ganforge.block.ShapeMismatch;
import dev.ganforge.block.ShapeRules;
import dev.ganforge.engine.compile.BlockCompiler;
import dev.ganforge.engine.compile.DjlInstanceNorm;
import dev.ganforge.spec.BlockSpec;
import java.util.List;

/**
 * {@code instance-norm}: each channel of each image normalised over its pixels (Ulyanov et al.
 * 2016), as PyTorch's {@code InstanceNorm2d} without running statistics — CycleGAN's norm.
 */
public final class InstanceNormKind implements BlockKind {

    @Override
    public String name() {
        return "instance-norm";
    }

    @Override
    public String description() {
        return "each channel of each image normalised over its pixels (Ulyanov et al. 2016), CycleGAN's norm";
    }

    @Override
    public List<BlockParameter> parameters() {
        return List.of(
                BlockParameter.optional("affine", ParameterKind.BOOLEAN, false, Rule.ANY,
                        "learn a scale and shift per channel (PyTorch's affine)", "affine: true"),
                BlockParameter.optional("epsilon", ParameterKind.NUMBER, 1e-5, Rule.POSITIVE, "added to the variance",
                        "epsilon: 1e-5"));
    }

    @Override
    public BlockInference infer(BlockSpec block, List<Integer> input, NestedInference nested) throws ShapeMismatch {
        ShapeRules.requireImage(input, name());
        return new BlockInference(input, block.bool("affine") ? 2L * input.get(0) : 0);
    }

    @Override
    public String details(BlockSpec block) {
        return block.bool("affine") ? "affine" : "";
    }

    @Override
    public Block compile(BlockSpec block, BlockCompiler compiler) {
        return new DjlInstanceNorm(block.bool("affine"), block.number("epsilon"));
    }
}
