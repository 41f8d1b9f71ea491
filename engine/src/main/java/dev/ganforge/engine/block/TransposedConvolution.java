package dev.ganforge.engine.block;

import dev.ganforge.block.BlockInference;
import dev.ganforge.block.ShapeMismatch;
import dev.ganforge.block.ShapeRules;
import dev.ganforge.engine.compile.DjlTransposedConvolution2d;
import dev.ganforge.spec.BlockSpec;
import java.util.List;

/**
 * The transposed convolution that {@code conv-transpose} is and {@code decoder} holds, read off
 * the block's shared parameters ({@code filters}, {@code kernel}, {@code stride}, {@code padding},
 * {@code output-padding}, {@code bias}): its shape rule and its DJL layer, written once.
 */
final class TransposedConvolution {

    private TransposedConvolution() {}

    /** Its output for {@code input} and its weights and bias, for a block of {@code kind}. */
    static BlockInference infer(BlockSpec block, List<Integer> input, String kind) throws ShapeMismatch {
        ShapeRules.requireImage(input, kind);
        int filters = block.integer("filters");
        int kernel = block.integer("kernel");
        return new BlockInference(
                ShapeRules.transposedOutput(input, filters, kernel, block.integer("stride"), block.padding("padding"),
                        block.integer("output-padding")),
                ShapeRules.convParameters(input.get(0), filters, kernel, block.bool("bias")));
    }

    /** Its DJL layer. */
    static DjlTransposedConvolution2d compile(BlockSpec block) {
        return new DjlTransposedConvolution2d(block.integer("filters"), block.integer("kernel"), block.integer("stride"),
                block.padding("padding"), block.integer("output-padding"), block.bool("bias"));
    }
}
