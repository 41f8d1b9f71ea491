package dev.ganforge.engine.compile;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import dev.ganforge.spec.BlockSpec;
import java.util.List;

/**
 * One network compiled onto DJL: a sequential block whose children are the spec's blocks, one
 * to one, and the shape of one input sample.
 *
 * @param name {@code generator} or {@code discriminator}
 * @param block the DJL block; not initialised until {@link #inputShape(long)} is given to it
 * @param sampleShape the shape of one input sample, without the batch axis
 * @param specs the spec blocks, in the same order as the block's children
 */
public record CompiledNetwork(String name, SequentialBlock block, List<Integer> sampleShape, List<BlockSpec> specs) {

    public CompiledNetwork {
        sampleShape = List.copyOf(sampleShape);
        specs = List.copyOf(specs);
    }

    /** The input shape of a batch of {@code batchSize} samples. */
    public Shape inputShape(long batchSize) {
        return new Shape(batchSize).addAll(new Shape(sampleShape.stream().mapToLong(Integer::longValue).toArray()));
    }
}
