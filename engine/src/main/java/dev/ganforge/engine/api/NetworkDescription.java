package dev.ganforge.engine.api;

import java.util.List;

/**
 * One network of a {@link GanDescription}: each block's settings, output shape and trainable
 * parameters, read off the compiled network (not the spec), so that it shows what will train.
 * Shapes are those of one sample, without the batch dimension: {@code [64, 7, 7]} for 64
 * channels of 7×7, {@code [256]} for 256 values.
 *
 * @param role the network's role in the GAN, such as {@code generator} or {@code discriminator}
 * @param input the shape of one input sample
 * @param blocks one row per block of the spec, in order; a conditional network starts with a row
 *     for its class conditioning (numbered 0)
 */
public record NetworkDescription(String role, List<Long> input, List<Block> blocks) {

    /**
     * One block of a network.
     *
     * @param number its position in the network, from 1; 0 for the row of the class conditioning
     * @param kind the block kind, as YAML names it ({@code dense}, {@code decoder}, ...)
     * @param settings its settings in a few words, e.g. {@code 256 units relu}
     * @param output the shape of one output sample
     * @param trainableParameters the number of values training changes
     */
    public record Block(int number, String kind, String settings, List<Long> output, long trainableParameters) {

        /** Copies the shape, so that a row never changes. */
        public Block {
            output = List.copyOf(output);
        }
    }

    /** Copies the lists, so that a description never changes. */
    public NetworkDescription {
        input = List.copyOf(input);
        blocks = List.copyOf(blocks);
    }

    /** The network's trainable parameters: the sum of its blocks'. */
    public long trainableParameters() {
        return blocks.stream().mapToLong(Block::trainableParameters).sum();
    }

    /** The shape of one output sample: the last block's, or the input's for a network without blocks. */
    public List<Long> output() {
        return blocks.isEmpty() ? input : blocks.get(blocks.size() - 1).output();
    }
}
