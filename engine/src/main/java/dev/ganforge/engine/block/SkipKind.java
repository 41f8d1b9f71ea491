package dev.ganforge.engine.block;

import ai.djl.nn.Block;
import dev.ganforge.block.BlockInference;
import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.ShapeMismatch;
import dev.ganforge.block.ShapeRules;
import dev.ganforge.engine.compile.BlockCompiler;
import dev.ganforge.engine.compile.DjlSkip;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.validate.Shapes;
import java.util.List;

/**
 * {@code skip}: the input joined along the channels to what the body makes of it, {@code
 * concat(x, body(x))} — pix2pix's U-Net skip connection, nested so that a U-Net is a few blocks
 * (Ronneberger et al. 2015; Isola et al. 2017).
 */
public final class SkipKind implements BlockKind {

    @Override
    public String name() {
        return "skip";
    }

    @Override
    public String description() {
        return "concat(x, body(x)) along the channels: a U-Net skip connection (Isola et al. 2017)";
    }

    @Override
    public List<BlockParameter> parameters() {
        return List.of(NestedBlocks.required("body", "down-sampling, the inner blocks, up-sampling back to the input's size",
                "body: [conv: {filters: 64, kernel: 4, stride: 2, padding: 1}]"));
    }

    @Override
    public BlockInference infer(BlockSpec block, List<Integer> input, NestedInference nested) throws ShapeMismatch {
        ShapeRules.requireImage(input, name());
        BlockInference body = nested.chain(block, "body", input);
        List<Integer> inner = body.output();
        if (inner.size() != 3 || !inner.subList(1, 3).equals(input.subList(1, 3))) {
            throw new ShapeMismatch("joins its input " + Shapes.format(input) + " to its body's output "
                    + Shapes.format(inner) + "; the body must give an image of the input's height and width");
        }
        return new BlockInference(List.of(input.get(0) + inner.get(0), input.get(1), input.get(2)),
                body.trainableParameters());
    }

    @Override
    public String details(BlockSpec block) {
        return "input ⧺ " + NestedBlocks.count(block.blocks("body"));
    }

    @Override
    public Block compile(BlockSpec block, BlockCompiler compiler) {
        return new DjlSkip(compiler.compileAll(block.blocks("body")));
    }
}
