package dev.ganforge.engine.block;

import ai.djl.nn.Block;
import dev.ganforge.block.BlockInference;
import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.ShapeMismatch;
import dev.ganforge.block.ShapeRules;
import dev.ganforge.engine.compile.BlockCompiler;
import dev.ganforge.engine.compile.DjlConvolution2d;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BlockSpec;
import java.util.List;

/** {@code conv}: a plain 2-D convolution, optionally spectrally normalised, then an activation. */
public final class ConvKind implements BlockKind {

    @Override
    public String name() {
        return "conv";
    }

    @Override
    public String description() {
        return "a 2-D convolution of an image, then an activation";
    }

    @Override
    public List<BlockParameter> parameters() {
        return List.of(CommonParameters.filters("3"), CommonParameters.kernel(3), CommonParameters.stride(1),
                CommonParameters.padding(), CommonParameters.bias(),
                CommonParameters.activation(Activation.linear(), "tanh"), CommonParameters.spectralNorm());
    }

    @Override
    public String expandingParameter() {
        return "filters";
    }

    @Override
    public BlockInference infer(BlockSpec block, List<Integer> input, NestedInference nested) throws ShapeMismatch {
        ShapeRules.requireImage(input, name());
        int filters = block.integer("filters");
        int kernel = block.integer("kernel");
        return new BlockInference(
                ShapeRules.convOutput(input, filters, kernel, block.integer("stride"), block.padding("padding")),
                ShapeRules.convParameters(input.get(0), filters, kernel, block.bool("bias")));
    }

    @Override
    public String details(BlockSpec block) {
        return new Details().convolution(block).activation(block.activation("activation")).spectral(block).toString();
    }

    @Override
    public Block compile(BlockSpec block, BlockCompiler compiler) {
        return BlockCompiler.withActivation(new DjlConvolution2d(block.integer("filters"), block.integer("kernel"),
                block.integer("stride"), block.padding("padding"), block.bool("bias"), block.bool("spectral-norm")),
                block.activation("activation"));
    }
}
