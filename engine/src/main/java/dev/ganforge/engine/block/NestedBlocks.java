package dev.ganforge.engine.block;

import dev.ganforge.block.BlockParameter;
import dev.ganforge.block.BlockParameter.Rule;
import dev.ganforge.block.ParameterKind;
import dev.ganforge.spec.BlockSpec;
import java.util.List;

/** What composite kinds share: their nested-block parameters and how a summary names their content. */
final class NestedBlocks {

    private NestedBlocks() {}

    static BlockParameter required(String name, String description, String example) {
        return BlockParameter.required(name, ParameterKind.BLOCKS, Rule.ANY, description, example);
    }

    static BlockParameter optional(String name, String description, String example) {
        return BlockParameter.optional(name, ParameterKind.BLOCKS, List.of(), Rule.ANY, description, example);
    }

    /** {@code 7 blocks}, or {@code identity} for none: short enough for a summary's settings column. */
    static String count(List<BlockSpec> blocks) {
        return blocks.isEmpty() ? "identity" : blocks.size() == 1 ? "1 block" : blocks.size() + " blocks";
    }
}
