package dev.ganforge.engine.compile;

import dev.ganforge.role.Feed;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import dev.ganforge.engine.condition.ConditionedBlock;
import dev.ganforge.spec.BlockSpec;
import java.util.List;

/**
 * One network compiled onto DJL: a sequential block whose children are the spec's blocks, one
 * to one, the shape of one input sample and, for a conditional GAN, the block that joins the
 * class label in.
 *
 * @param name the network's role, e.g. {@code generator}
 * @param feed what it takes as input
 * @param layers the spec's blocks; not initialised until {@link #inputShapes(long)} is given to
 *     {@link #block()}
 * @param conditioned the layers wrapped with their class conditioning, or {@code null} for an
 *     unconditional network
 * @param sampleShape the shape of one input sample (or noise vector), without the batch axis
 * @param specs the spec blocks, in the same order as the layers' children
 */
public record CompiledNetwork(String name, Feed feed, SequentialBlock layers, ConditionedBlock conditioned,
        List<Integer> sampleShape, List<BlockSpec> specs) {

    public CompiledNetwork {
        sampleShape = List.copyOf(sampleShape);
        specs = List.copyOf(specs);
        if (conditioned != null && conditioned.layers() != layers) {
            throw new IllegalArgumentException("the conditioned block must wrap this network's layers");
        }
    }

    /**
     * The block that trains: the layers, or for a conditional network the layers with their
     * conditioning. Its parameters are everything an optimiser updates and a checkpoint saves.
     */
    public Block block() {
        return conditioned != null ? conditioned : layers;
    }

    /** Whether the network takes a class label beside its input. */
    public boolean isConditional() {
        return conditioned != null;
    }

    /** The input shape of a batch of {@code batchSize} samples. */
    public Shape inputShape(long batchSize) {
        return new Shape(batchSize).addAll(new Shape(sampleShape.stream().mapToLong(Integer::longValue).toArray()));
    }

    /** The shapes {@link #block()} is initialised with: the samples and, if conditional, the labels. */
    public Shape[] inputShapes(long batchSize) {
        return conditioned != null
                ? new Shape[] {inputShape(batchSize), new Shape(batchSize)}
                : new Shape[] {inputShape(batchSize)};
    }

    /**
     * The inputs of {@link #block()}'s forward.
     *
     * @param labels (N) int32 class labels; required if and only if the network is conditional
     */
    public NDList inputs(NDArray samples, NDArray labels) {
        if (conditioned == null) {
            if (labels != null) {
                throw new IllegalArgumentException("the " + name + " is not conditional; it takes no labels");
            }
            return new NDList(samples);
        }
        if (labels == null) {
            throw new IllegalArgumentException("the conditional " + name + " needs class labels");
        }
        return new NDList(samples, labels);
    }
}
