package dev.ganforge.engine.block;

import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.BlockParameter.Rule;
import dev.ganforge.block.ParameterKind;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.spec.Order;
import dev.ganforge.spec.Padding;
import java.util.Optional;

/** The parameters several built-in kinds declare alike, so each is worded once. */
final class CommonParameters {

    private CommonParameters() {}

    static BlockParameter filters(String example) {
        return BlockParameter.required("filters", ParameterKind.INTEGER, Rule.POSITIVE,
                "output channels; a list stands for one block per entry", "filters: " + example);
    }

    static BlockParameter kernel(int defaultValue) {
        return BlockParameter.optional("kernel", ParameterKind.INTEGER, defaultValue, Rule.POSITIVE,
                "kernel height and width", "kernel: " + defaultValue);
    }

    static BlockParameter stride(int defaultValue) {
        return BlockParameter.optional("stride", ParameterKind.INTEGER, defaultValue, Rule.POSITIVE,
                "step in both directions", "stride: " + defaultValue);
    }

    static BlockParameter padding() {
        return BlockParameter.optional("padding", ParameterKind.PADDING, Padding.same(), Rule.ANY,
                "same, valid, or pixels added on each side (as PyTorch's padding)", "padding: same");
    }

    static BlockParameter outputPadding() {
        return BlockParameter.optional("output-padding", ParameterKind.INTEGER, 0, Rule.NOT_NEGATIVE,
                "rows and columns added to one side of the output (PyTorch's output_padding)", "output-padding: 0");
    }

    static BlockParameter bias() {
        return BlockParameter.optional("bias", ParameterKind.BOOLEAN, true, Rule.ANY, "add a learned bias", "bias: true");
    }

    static BlockParameter norm(boolean batchByDefault) {
        return BlockParameter.optional("norm", ParameterKind.NORM,
                batchByDefault ? Optional.of(BatchNormBlock.DEFAULT) : Optional.empty(), Rule.ANY,
                "batch normalisation or none", "norm: batch");
    }

    static BlockParameter activation(Activation defaultValue, String example) {
        return BlockParameter.optional("activation", ParameterKind.ACTIVATION, defaultValue, Rule.ANY,
                "the activation function", "activation: " + example);
    }

    static BlockParameter order() {
        return BlockParameter.optional("order", ParameterKind.ORDER, Order.POST, Rule.ANY,
                "post: convolution, norm, activation; pre: norm, activation, convolution", "order: post");
    }

    static BlockParameter spectralNorm() {
        return BlockParameter.optional("spectral-norm", ParameterKind.BOOLEAN, false, Rule.ANY,
                "divide the weight by its largest singular value (Miyato et al. 2018)", "spectral-norm: true");
    }
}
