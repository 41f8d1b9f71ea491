package dev.ganforge.engine.block;

import ai.djl.nn.Block;
import dev.ganforge.block.BlockInference;
import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.ShapeMismatch;
import dev.ganforge.engine.compile.BlockCompiler;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BlockSpec;
import java.util.List;

/** {@code conv-transpose}: a transposed 2-D convolution (PyTorch's {@code ConvTranspose2d}), then an activation. */
public final class ConvTransposeKind implements BlockKind {

    @Override
    public String name() {
        return "conv-transpose";
    }

    @Override
    public String description() {
        return "a transposed 2-D convolution of an image (PyTorch's ConvTranspose2d), then an activation";
    }

    @Override
    public List<BlockParameter> parameters() {
        return List.of(CommonParameters.filters("512"), CommonParameters.kernel(4), CommonParameters.stride(2),
                CommonParameters.padding(), CommonParameters.outputPadding(), CommonParameters.bias(),
                CommonParameters.activation(Activation.linear(), "linear"));
    }

    @Override
    public String expandingParameter() {
        return "filters";
    }

    @Override
    public void check(BlockSpec block, ProblemSink problems) {
        OutputPaddingCheck.check(block, problems);
    }

    @Override
    public BlockInference infer(BlockSpec block, List<Integer> input, NestedInference nested) throws ShapeMismatch {
        return TransposedConvolution.infer(block, input, name());
    }

    @Override
    public String details(BlockSpec block) {
        return new Details().convolution(block).activation(block.activation("activation")).toString();
    }

    @Override
    public Block compile(BlockSpec block, BlockCompiler compiler) {
        return BlockCompiler.withActivation(TransposedConvolution.compile(block), block.activation("activation"));
    }
}
