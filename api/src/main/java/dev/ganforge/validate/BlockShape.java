package dev.ganforge.validate;

import java.util.List;

/**
 * What shape inference found for one block.
 *
 * @param number 1-based position of the block in its network
 * @param kind the block's kind, e.g. {@code decoder}
 * @param input the shape of one sample entering the block
 * @param output the shape of one sample leaving it
 * @param trainableParameters how many trainable values the block holds
 */
public record BlockShape(int number, String kind, List<Integer> input, List<Integer> output, long trainableParameters) {

    public BlockShape {
        input = List.copyOf(input);
        output = List.copyOf(output);
    }
}
