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
 * static helpers here are the layers they share.
 */
public final class BlockCompiler {

    private final BlockCatalog catalog;

    /** A compiler of the kinds of {@code catalog}. */
    public BlockCompiler(BlockCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** The uninitialised DJL block for {@code spec}, compiled by the installed kinds. */
    public static Block compile(BlockSpec spec) {
        return new BlockCompiler(BlockCatalog.installed()).compileBlock(spec);
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

    /** The blocks applied in order, as one sequential block (empty: the identity). */
    public SequentialBlock compileAll(List<BlockSpec> specs) {
        SequentialBlock block = new SequentialBlock();
        for (BlockSpec spec : specs) {
            block.add(compileBlock(spec));
        }
        return block;
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
        return new SequentialBlock().add(block).add(new DjlActivation(activation));
    }

    /** Appends {@code activation} to {@code layers}, unless it is the identity. */
    public static void addActivation(List<Block> layers, Activation activation) {
        if (!activation.isIdentity()) {
            layers.add(new DjlActivation(activation));
        }
    }

    /** One layer as itself, several as a sequential block. */
    public static Block sequence(List<Block> layers) {
        return layers.size() == 1 ? layers.get(0) : new SequentialBlock().addAll(layers);
    }
}
