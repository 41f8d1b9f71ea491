package dev.ganforge.engine.compile;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.norm.BatchNorm;
import dev.ganforge.block.BlockCatalog;
import dev.ganforge.block.BlockResolver;
import dev.ganforge.block.BlockType;
import dev.ganforge.engine.block.BlockKind;
import dev.ganforge.spec.Activation;
import dev.ganforge.spec.BatchNormBlock;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.validate.SpecProblem;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Turns spec blocks into DJL blocks through their kinds ({@link BlockKind#compile}). Composite
 * kinds compile into a {@link SequentialBlock} of their layers in the order PyTorch would run
 * them, so that parameters line up one to one with the equivalent {@code nn.Sequential}; the
 * static helpers here are the layers they share. The compiler knows the spec's class count, for
 * kinds whose parameters are per class.
 */
public final class BlockCompiler {

    private final BlockCatalog catalog;
    private final int classes;

    /** A compiler of the kinds of {@code catalog}, for an unconditional spec. */
    public BlockCompiler(BlockCatalog catalog) {
        this(catalog, 0);
    }

    /**
     * A compiler of the kinds of {@code catalog}, for a spec of {@code classes} classes.
     *
     * @param classes the spec's {@code conditioning.classes}, 0 for an unconditional spec
     */
    public BlockCompiler(BlockCatalog catalog, int classes) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        if (classes < 0) {
            throw new IllegalArgumentException("classes must be 0 (unconditional) or more, found " + classes);
        }
        this.classes = classes;
    }

    /** The uninitialised DJL block for {@code spec}, compiled by the installed kinds. */
    public static Block compile(BlockSpec spec) {
        return new BlockCompiler(BlockCatalog.installed()).compileBlock(spec);
    }

    /**
     * The number of classes of the spec being compiled, for kinds with parameters per class
     * (such as {@code conditional-batch-norm}); 0 when the spec is unconditional.
     */
    public int classes() {
        return classes;
    }

    /**
     * The uninitialised DJL block for {@code spec}, its parameters resolved first (so that a
     * block straight from the DSL compiles too).
     *
     * @throws IllegalArgumentException if the block does not resolve, or its kind cannot compile
     */
    public Block compileBlock(BlockSpec spec) {
        BlockResolver.Resolution resolution = new BlockResolver(catalog).resolve("block", List.of(spec));
        if (!resolution.ok()) {
            throw new IllegalArgumentException(resolution.problems().stream().map(SpecProblem::toString)
                    .collect(Collectors.joining("; ")));
        }
        BlockSpec resolved = resolution.blocks().get(0);
        return kind(resolved.kind()).compile(resolved, this);
    }

    /**
     * The blocks applied in order, as one sequential block (empty: the identity). If one of them
     * consumes class labels, it is a {@link LabelRoutingSequence}, whose forward takes {@code (x,
     * labels)}; otherwise a plain {@link SequentialBlock}.
     */
    public SequentialBlock compileAll(List<BlockSpec> specs) {
        List<Block> blocks = specs.stream().map(this::compileBlock).toList();
        SequentialBlock sequence = blocks.stream().anyMatch(LabelConsumer::consumes)
                ? new LabelRoutingSequence() : new LayerSequence();
        blocks.forEach(sequence::add);
        return sequence;
    }

    /** The kind called {@code name}, which must compile onto DJL. */
    public BlockKind kind(String name) {
        BlockType type = catalog.find(name).orElseThrow(
                () -> new IllegalArgumentException(new BlockResolver(catalog).unknownKind(name)));
        if (!(type instanceof BlockKind kind)) {
            throw new IllegalArgumentException("block kind '" + name + "' (" + type.getClass().getName()
                    + ") does not compile onto DJL; a block plugin must implement " + BlockKind.class.getName());
        }
        return kind;
    }

    /** Batch normalisation with these settings. */
    public static Block batchNorm(BatchNormBlock spec) {
        return BatchNorm.builder().optMomentum((float) spec.momentum()).optEpsilon((float) spec.epsilon()).build();
    }

    /** {@code block} followed by {@code activation}, or {@code block} alone for the identity. */
    public static Block withActivation(Block block, Activation activation) {
        if (activation.isIdentity()) {
            return block;
        }
        return new LayerSequence().add(block).add(new DjlActivation(activation));
    }

    /** Appends {@code activation} to {@code layers}, unless it is the identity. */
    public static void addActivation(List<Block> layers, Activation activation) {
        if (!activation.isIdentity()) {
            layers.add(new DjlActivation(activation));
        }
    }

    /** One layer as itself, several as a sequential block. */
    public static Block sequence(List<Block> layers) {
        return layers.size() == 1 ? layers.get(0) : new LayerSequence().addAll(layers);
    }
}
