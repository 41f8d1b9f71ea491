package dev.ganforge.block;

import java.util.List;

/**
 * What shape inference found for a block.
 *
 * @param output the shape of one sample leaving it, without the batch axis
 * @param trainableParameters how many trainable values it holds
 */
public record BlockInference(List<Integer> output, long trainableParameters) {

    public BlockInference {
        output = List.copyOf(output);
    }
}
