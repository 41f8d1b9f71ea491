package dev.ganforge.dsl;

import dev.ganforge.spec.BlockSpec;
import java.util.List;

/** Something that contributes blocks to a network: one layer, or one per filter count. */
public interface Layer {

    /** The blocks this layer stands for, in order. */
    List<BlockSpec> toBlocks();

    /** Wraps an existing block record as a layer. */
    static Layer of(BlockSpec block) {
        return () -> List.of(block);
    }
}
