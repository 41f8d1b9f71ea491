package dev.ganforge.engine.block;

import dev.ganforge.block.BlockType.ProblemSink;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.Padding;

/** The rule PyTorch sets for a transposed convolution's output padding. */
final class OutputPaddingCheck {

    private OutputPaddingCheck() {}

    static void check(BlockSpec block, ProblemSink problems) {
        int outputPadding = block.integer("output-padding");
        int stride = block.integer("stride");
        Padding padding = block.padding("padding");
        if (outputPadding == 0) {
            return;
        }
        if (!(padding instanceof Padding.Explicit)) {
            problems.add("output-padding", "output padding " + outputPadding
                    + " needs an explicit padding amount (as in PyTorch), found padding '" + padding
                    + "'; set padding to a number or drop output-padding");
        } else if (outputPadding >= stride) {
            problems.add("output-padding", "output padding must be at least 0 and less than the stride ("
                    + stride + "), found " + outputPadding);
        }
    }
}
