package dev.ganforge.block;

import dev.ganforge.spec.BlockSpec;
import java.util.List;
import java.util.Optional;

/**
 * What a block kind is, apart from how an engine computes it: its YAML name, its parameters, the
 * checks its values must pass, how it changes the shape of a sample, and how a summary describes
 * it. Everything here is arithmetic on declarations: nothing allocates a tensor.
 *
 * <p>The engine's {@code BlockKind} adds compilation; a block kind is one class implementing that,
 * registered as a plugin. The methods below receive blocks already resolved against {@link
 * #parameters()}: every declared parameter is present, in its kind's representation.
 */
public interface BlockType {

    /** The lowercase-kebab name YAML and summaries use, e.g. {@code conv-transpose}. */
    String name();

    /** One line saying what the block computes, citing its paper where there is one. */
    String description();

    /** The parameters, in the order YAML writes them and listings show them. */
    List<BlockParameter> parameters();

    /**
     * The parameter that {@code - kind: value} sets when the value is not a mapping of settings
     * (e.g. {@code upsample: 2} sets {@code factor}), or {@code null} if the kind has no such form.
     */
    default String shorthand() {
        return null;
    }

    /**
     * A whole-number parameter that may be written as a list in YAML and given several values in
     * the DSL, standing for a chain of blocks alike but for it (e.g. an encoder's {@code filters:
     * [64, 128]} is two encoders); {@code null} if none.
     */
    default String expandingParameter() {
        return null;
    }

    /**
     * Adds the problems of a block's values that the parameters' types and rules do not catch,
     * such as one parameter that only makes sense with another.
     */
    default void check(BlockSpec block, ProblemSink problems) {}

    /**
     * The shape of one sample leaving the block, and the trainable values it holds.
     *
     * @param block the block, resolved
     * @param input the shape of one sample entering it, without the batch axis
     * @param nested infers the blocks a composite block holds, and gives the spec's class count
     * @throws ShapeMismatch if the block cannot take {@code input}; its message reads after
     *     "generator block 3 (conv)"
     */
    BlockInference infer(BlockSpec block, List<Integer> input, NestedInference nested) throws ShapeMismatch;

    /** The block's settings in a few words, for a summary's "settings" column. */
    default String details(BlockSpec block) {
        return "";
    }

    /** The parameter called {@code name}, if the kind declares one. */
    default Optional<BlockParameter> parameter(String name) {
        return parameters().stream().filter(parameter -> parameter.name().equals(name)).findFirst();
    }

    /** Where {@link #check} reports a problem with one of the block's parameters. */
    @FunctionalInterface
    interface ProblemSink {

        /**
         * Reports a problem.
         *
         * @param parameter the parameter at fault, e.g. {@code output-padding}
         * @param message what is wrong, the value found, and how to fix it
         */
        void add(String parameter, String message);
    }

    /**
     * What shape inference knows beyond one block: how to infer the blocks a composite block
     * holds, and the number of classes of a conditional spec (for blocks whose parameters are per
     * class, such as class-conditional batch norm).
     */
    @FunctionalInterface
    interface NestedInference {

        /** The spec's {@code conditioning.classes}; 0 when the spec is unconditional. */
        default int classes() {
            return 0;
        }

        /**
         * Infers the blocks of a {@link ParameterKind#BLOCKS} parameter applied in order to
         * {@code input}: the output of the last one (the input if there are none) and the sum of
         * their trainable values.
         *
         * @throws ShapeMismatch naming the nested block that does not fit
         */
        BlockInference chain(BlockSpec block, String parameter, List<Integer> input) throws ShapeMismatch;
    }
}
