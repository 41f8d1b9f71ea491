package dev.ganforge.validate;

import dev.ganforge.block.BlockCatalog;
import dev.ganforge.block.BlockInference;
import dev.ganforge.block.BlockType;
import dev.ganforge.block.ShapeMismatch;
import dev.ganforge.spec.BlockSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Infers the shape of one sample after every block of a network, and counts each block's
 * trainable parameters, by each kind's shape rule ({@link BlockType#infer}): no tensor is
 * allocated. The engine checks its compiled blocks against these figures.
 */
public final class ShapeInference {

    private ShapeInference() {}

    /**
     * The outcome of inferring one network.
     *
     * @param blocks the shapes of every block that could be inferred, in order
     * @param problem why inference stopped early, or {@code null} if every block fitted
     */
    public record Result(List<BlockShape> blocks, SpecProblem problem) {

        public Result {
            blocks = List.copyOf(blocks);
        }

        /** Whether every block fitted its input. */
        public boolean ok() {
            return problem == null;
        }

        /** The shape of one sample leaving the last block (the input shape if there are none). */
        public List<Integer> output(List<Integer> input) {
            return blocks.isEmpty() ? input : blocks.get(blocks.size() - 1).output();
        }

        /** The sum of every block's trainable parameters. */
        public long trainableParameters() {
            return blocks.stream().mapToLong(BlockShape::trainableParameters).sum();
        }
    }

    /** Infers a network of installed block kinds; see {@link #infer(String, List, List, BlockCatalog)}. */
    public static Result infer(String networkName, List<BlockSpec> blocks, List<Integer> input) {
        return infer(networkName, blocks, input, BlockCatalog.installed());
    }

    /** Infers a network of an unconditional spec; see {@link #infer(String, List, List, BlockCatalog, int)}. */
    public static Result infer(String networkName, List<BlockSpec> blocks, List<Integer> input, BlockCatalog catalog) {
        return infer(networkName, blocks, input, catalog, 0);
    }

    /**
     * Infers the shapes of a network of resolved blocks.
     *
     * @param networkName {@code generator}, {@code discriminator} or another role, for messages and paths
     * @param blocks the network's blocks, resolved
     * @param input the shape of one input sample
     * @param catalog the block kinds
     * @param classes the spec's {@code conditioning.classes}, 0 for an unconditional spec
     * @return every block's shape, or the first block that does not fit its input
     */
    public static Result infer(String networkName, List<BlockSpec> blocks, List<Integer> input, BlockCatalog catalog,
            int classes) {
        Context context = new Context(catalog, classes);
        List<BlockShape> shapes = new ArrayList<>();
        List<Integer> current = List.copyOf(input);
        for (int i = 0; i < blocks.size(); i++) {
            BlockSpec block = blocks.get(i);
            try {
                BlockInference step = context.step(block, current);
                shapes.add(new BlockShape(i + 1, block.kind(), current, step.output(), step.trainableParameters()));
                current = step.output();
            } catch (ShapeMismatch mismatch) {
                String where = networkName + " block " + (i + 1) + " (" + block.kind() + ")";
                return new Result(shapes, SpecProblem.at(networkName + ".blocks[" + i + "]",
                        where + " " + mismatch.getMessage()));
            }
        }
        return new Result(shapes, null);
    }

    /** The kinds and the class count, as the nested inference every kind's rule receives. */
    private record Context(BlockCatalog catalog, int classes) implements BlockType.NestedInference {

        BlockInference step(BlockSpec block, List<Integer> input) throws ShapeMismatch {
            BlockType type = catalog.find(block.kind())
                    .orElseThrow(() -> new IllegalStateException("no block kind '" + block.kind() + "' is installed"));
            return type.infer(block, input, this);
        }

        @Override
        public BlockInference chain(BlockSpec owner, String parameter, List<Integer> input) throws ShapeMismatch {
            List<BlockSpec> blocks = owner.blocks(parameter);
            List<Integer> current = input;
            long parameters = 0;
            for (int i = 0; i < blocks.size(); i++) {
                BlockSpec block = blocks.get(i);
                try {
                    BlockInference step = step(block, current);
                    parameters += step.trainableParameters();
                    current = step.output();
                } catch (ShapeMismatch mismatch) {
                    throw new ShapeMismatch("has " + parameter + " block " + (i + 1) + " (" + block.kind() + "), which "
                            + mismatch.getMessage());
                }
            }
            return new BlockInference(current, parameters);
        }
    }
}
