package dev.ganforge.engine.block;

import ai.djl.nn.Block;
import dev.ganforge.block.BlockInference;
import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.ShapeMismatch;
import dev.ganforge.engine.compile.BlockCompiler;
import dev.ganforge.engine.compile.DjlResidual;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.validate.Shapes;
import java.util.List;

/**
 * {@code residual}: {@code body(x) + shortcut(x)} (He et al. 2016), the shortcut the identity
 * unless it holds blocks — the blocks of SNGAN's and BigGAN's generators and critics and of
 * CycleGAN's ResNet generator.
 */
public final class ResidualKind implements BlockKind {

    @Override
    public String name() {
        return "residual";
    }

    @Override
    public String description() {
        return "body(x) + shortcut(x), the shortcut the identity unless given blocks (He et al. 2016)";
    }

    @Override
    public List<BlockParameter> parameters() {
        return List.of(
                NestedBlocks.required("body", "the residual branch", "body: [activation: relu, conv: {filters: 64}]"),
                NestedBlocks.optional("shortcut", "the skip branch; none is the identity",
                        "shortcut: [conv: {filters: 64, kernel: 1}]"));
    }

    @Override
    public BlockInference infer(BlockSpec block, List<Integer> input, NestedInference nested) throws ShapeMismatch {
        BlockInference body = nested.chain(block, "body", input);
        BlockInference shortcut = nested.chain(block, "shortcut", input);
        if (!body.output().equals(shortcut.output())) {
            throw new ShapeMismatch("adds its body's output " + Shapes.format(body.output()) + " to its shortcut's "
                    + Shapes.format(shortcut.output()) + "; they must match: give the shortcut blocks that make "
                    + Shapes.format(input) + " into " + Shapes.format(body.output())
                    + " (e.g. a 1×1 conv, with upsample or avg-pool)");
        }
        return new BlockInference(body.output(), body.trainableParameters() + shortcut.trainableParameters());
    }

    @Override
    public String details(BlockSpec block) {
        return NestedBlocks.count(block.blocks("body")) + " + " + NestedBlocks.count(block.blocks("shortcut"));
    }

    @Override
    public Block compile(BlockSpec block, BlockCompiler compiler) {
        return new DjlResidual(compiler.compileAll(block.blocks("body")), compiler.compileAll(block.blocks("shortcut")));
    }
}
