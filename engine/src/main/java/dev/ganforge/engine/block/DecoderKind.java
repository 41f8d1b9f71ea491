package dev.ganforge.engine.block;

import ai.djl.nn.Block;
import dev.ganforge.block.BlockInference;
import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.ShapeMismatch;
import dev.ganforge.engine.compile.BlockCompiler;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.Order;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code decoder}: an up-sampling stage of the DCGAN generator (Radford et al. 2015) — transposed
 * convolution, batch norm, activation, or in {@code pre} order norm and activation first.
 */
public final class DecoderKind implements BlockKind {

    @Override
    public String name() {
        return "decoder";
    }

    @Override
    public String description() {
        return "an up-sampling stage: transposed convolution, batch norm, activation (DCGAN, Radford et al. 2015)";
    }

    @Override
    public List<BlockParameter> parameters() {
        return List.of(CommonParameters.filters("[128, 64]"), CommonParameters.kernel(4), CommonParameters.stride(2),
                CommonParameters.padding(), CommonParameters.outputPadding(), CommonParameters.bias(),
                CommonParameters.norm(true), CommonParameters.activation(Activation.relu(), "relu"),
                CommonParameters.order());
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
        BlockInference convolution = TransposedConvolution.infer(block, input, name());
        long normChannels = block.order("order") == Order.PRE ? input.get(0) : block.integer("filters");
        return new BlockInference(convolution.output(), convolution.trainableParameters()
                + (block.norm("norm") == null ? 0 : 2 * normChannels));
    }

    @Override
    public String details(BlockSpec block) {
        return new Details().convolution(block).add(block.order("order").yamlName()).norm(block.norm("norm"))
                .activation(block.activation("activation")).toString();
    }

    @Override
    public Block compile(BlockSpec block, BlockCompiler compiler) {
        Block convolution = TransposedConvolution.compile(block);
        BatchNormBlock norm = block.norm("norm");
        boolean pre = block.order("order") == Order.PRE;
        List<Block> layers = new ArrayList<>();
        if (!pre) {
            layers.add(convolution);
        }
        if (norm != null) {
            layers.add(BlockCompiler.batchNorm(norm));
        }
        BlockCompiler.addActivation(layers, block.activation("activation"));
        if (pre) {
            layers.add(convolution);
        }
        return BlockCompiler.sequence(layers);
    }
}
