package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

/**
 * Gradients of a network's output with respect to its input, as differentiable operations: a
 * forward pass that remembers each block's input and output, then the blocks' {@link
 * InputGradientBlock vector–Jacobian products} in reverse. Differentiating the result again (for
 * a gradient penalty) is then ordinary first-order autograd.
 */
public final class InputGradients {

    private InputGradients() {}

    /**
     * A forward pass that can be differentiated back to its input.
     *
     * @param output the network's output
     * @param backward maps a gradient with respect to the output to one with respect to the input
     */
    public record Traced(NDArray output, UnaryOperator<NDArray> backward) {}

    /** The index of the first spec block of {@code network} whose input gradient cannot be built, if any. */
    public static OptionalInt unsupportedBlock(CompiledNetwork network) {
        int index = 0;
        for (Pair<String, Block> child : network.layers().getChildren()) {
            if (!supports(child.getValue())) {
                return OptionalInt.of(index);
            }
            index++;
        }
        return OptionalInt.empty();
    }

    /**
     * Whether {@code block} can build the gradient with respect to its input. A block that
     * consumes class labels cannot: the trace carries the input alone.
     */
    public static boolean supports(Block block) {
        if (LabelConsumer.consumes(block)) {
            return false;
        }
        if (block instanceof SequentialBlock sequence) {
            return sequence.getChildren().values().stream().allMatch(InputGradients::supports);
        }
        if (block instanceof TraceableBlock composite) {
            return composite.hasInputGradient();
        }
        return block instanceof InputGradientBlock;
    }

    /** Runs {@code block} on {@code input}, remembering what its input gradient needs. */
    public static Traced forward(Block block, ParameterStore store, NDArray input, boolean training) {
        if (block instanceof SequentialBlock sequence) {
            List<Traced> steps = new ArrayList<>();
            NDArray current = input;
            for (Block child : sequence.getChildren().values()) {
                Traced step = forward(child, store, current, training);
                steps.add(step);
                current = step.output();
            }
            return new Traced(current, upstream -> {
                NDArray gradient = upstream;
                for (int i = steps.size() - 1; i >= 0; i--) {
                    gradient = steps.get(i).backward().apply(gradient);
                }
                return gradient;
            });
        }
        if (block instanceof TraceableBlock composite) {
            return composite.trace(store, input, training);
        }
        if (!(block instanceof InputGradientBlock differentiable)) {
            throw new IllegalArgumentException(block.getClass().getSimpleName()
                    + " has no input gradient; batch-norm, conditional-batch-norm and dropout cannot be used in a critic"
                    + " with a gradient penalty");
        }
        NDArray output = block.forward(store, new NDList(input), training).singletonOrThrow();
        return new Traced(output, upstream -> differentiable.inputGradient(store, input, output, upstream));
    }
}
