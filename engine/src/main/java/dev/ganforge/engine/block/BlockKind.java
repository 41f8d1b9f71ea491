package dev.ganforge.engine.block;

import ai.djl.nn.Block;
import dev.ganforge.block.BlockType;
import dev.ganforge.engine.compile.BlockCompiler;
import dev.ganforge.spec.BlockSpec;

/**
 * A kind of block, everything about it in one class: what {@link BlockType} declares (YAML name,
 * typed parameters with defaults and docs, value checks, shape rule, summary words) and how it
 * compiles onto DJL. Register one with {@link dev.ganforge.engine.plugin.PluginModule#register(BlockKind)};
 * YAML, the DSL ({@code Layers.block("name")}), validation, {@code describe}, {@code ganforge
 * plugins} and training then know it.
 *
 * <p>A compiled block that a critic with a gradient penalty may contain must also implement
 * {@link dev.ganforge.engine.compile.InputGradientBlock}.
 */
public interface BlockKind extends BlockType {

    /**
     * The uninitialised DJL block for {@code block}.
     *
     * @param block the block, resolved: every declared parameter is set
     * @param compiler compiles the blocks a composite block holds
     */
    Block compile(BlockSpec block, BlockCompiler compiler);
}
