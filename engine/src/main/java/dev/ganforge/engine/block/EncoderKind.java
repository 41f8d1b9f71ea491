package dev.ganforge.engine.block;

import ai.djl.nn.Block;
import ai.djl.nn.norm.Dropout;
import dev.ganforge.block.BlockInference;
import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.BlockParameter.Rule;
import dev.ganforge.block.ParameterKind;
import dev.ganforge.block.ShapeMismatch;
import dev.ganforge.block.ShapeRules;
import dev.ganforge.engine.compile.BlockCompiler;
import dev.ganforge.engine.compile.DjlConvolution2d;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.Order;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code encoder}: a down-sampling stage — one or more convolutions (only the last one strides),
 * each followed by batch norm in {@code post} order, then the activation and dropout; in {@code
 * pre} order norm and activation come once, before the convolutions.
 */
public final class EncoderKind implements BlockKind {

    @Override
    public String name() {
        return "encoder";
    }

    @Override
    public String description() {
        return "a down-sampling stage: convolution(s), batch norm, activation, dropout (DCGAN's discriminator)";
    }

    @Override
    public List<BlockParameter> parameters() {
        return List.of(CommonParameters.filters("[128, 64]"), CommonParameters.kernel(4), CommonParameters.stride(2),
                CommonParameters.padding(), CommonParameters.bias(),
                BlockParameter.optional("convolutions", ParameterKind.INTEGER, 1, Rule.POSITIVE,
                        "convolutions in the stage; only the last one strides", "convolutions: 2"),
                CommonParameters.norm(true), CommonParameters.activation(Activation.leakyRelu(), "leaky-relu"),
                BlockParameter.optional("dropout", ParameterKind.NUMBER, 0.0, Rule.RATE,
                        "dropout rate after the activation, 0 for none", "dropout: 0.25"),
                CommonParameters.order(), CommonParameters.spectralNorm());
    }

    @Override
    public String expandingParameter() {
        return "filters";
    }

    @Override
    public BlockInference infer(BlockSpec block, List<Integer> input, NestedInference nested) throws ShapeMismatch {
        ShapeRules.requireImage(input, name());
        int filters = block.integer("filters");
        int convolutions = block.integer("convolutions");
        List<Integer> current = input;
        long parameters = 0;
        for (int i = 0; i < convolutions; i++) {
            int stride = i == convolutions - 1 ? block.integer("stride") : 1;
            parameters += ShapeRules.convParameters(current.get(0), filters, block.integer("kernel"), block.bool("bias"));
            current = ShapeRules.convOutput(current, filters, block.integer("kernel"), stride, block.padding("padding"));
        }
        if (block.norm("norm") != null) {
            parameters += block.order("order") == Order.PRE ? 2L * input.get(0) : 2L * filters * convolutions;
        }
        return new BlockInference(current, parameters);
    }

    @Override
    public String details(BlockSpec block) {
        Details details = new Details().convolution(block);
        if (block.integer("convolutions") > 1) {
            details.add("×" + block.integer("convolutions"));
        }
        details.add(block.order("order").yamlName()).norm(block.norm("norm")).activation(block.activation("activation"));
        if (block.number("dropout") > 0) {
            details.add("dropout " + block.number("dropout"));
        }
        return details.spectral(block).toString();
    }

    @Override
    public Block compile(BlockSpec block, BlockCompiler compiler) {
        List<Block> layers = new ArrayList<>();
        BatchNormBlock norm = block.norm("norm");
        boolean pre = block.order("order") == Order.PRE;
        if (pre) {
            if (norm != null) {
                layers.add(BlockCompiler.batchNorm(norm));
            }
            BlockCompiler.addActivation(layers, block.activation("activation"));
        }
        int convolutions = block.integer("convolutions");
        for (int i = 0; i < convolutions; i++) {
            int stride = i == convolutions - 1 ? block.integer("stride") : 1;
            layers.add(new DjlConvolution2d(block.integer("filters"), block.integer("kernel"), stride,
                    block.padding("padding"), block.bool("bias"), block.bool("spectral-norm")));
            if (!pre && norm != null) {
                layers.add(BlockCompiler.batchNorm(norm));
            }
        }
        if (!pre) {
            BlockCompiler.addActivation(layers, block.activation("activation"));
        }
        if (block.number("dropout") > 0) {
            layers.add(Dropout.builder().optRate((float) block.number("dropout")).build());
        }
        return BlockCompiler.sequence(layers);
    }
}
