package dev.ganforge.engine.compile;

import ai.djl.nn.SequentialBlock;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.validate.SpecValidator;
import java.util.List;

/** Compiles a validated {@link GanSpec} onto DJL blocks. */
public final class GanCompiler {

    private GanCompiler() {}

    /**
     * Validates {@code spec} (shapes included, before any tensor exists) and builds both networks.
     *
     * @throws dev.ganforge.validate.SpecException listing every problem if the spec is not sound
     */
    public static CompiledGan compile(GanSpec spec) {
        SpecValidator.requireValid(spec, "spec '" + spec.name() + "'");
        CompiledNetwork generator = network("generator", spec.generator().blocks(), List.of(spec.latent().size()));
        CompiledNetwork discriminator = network("discriminator", spec.discriminator().blocks(), spec.data().shape());
        return new CompiledGan(spec, generator, discriminator);
    }

    private static CompiledNetwork network(String name, List<BlockSpec> specs, List<Integer> sampleShape) {
        SequentialBlock block = new SequentialBlock();
        for (BlockSpec spec : specs) {
            block.add(BlockCompiler.compile(spec));
        }
        return new CompiledNetwork(name, block, sampleShape, specs);
    }
}
