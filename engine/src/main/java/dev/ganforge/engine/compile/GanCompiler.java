package dev.ganforge.engine.compile;

import ai.djl.nn.SequentialBlock;
import dev.ganforge.block.BlockCatalog;
import dev.ganforge.engine.condition.ConditionedBlock;
import dev.ganforge.engine.condition.Conditioning;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.validate.SpecException;
import dev.ganforge.validate.SpecProblem;
import dev.ganforge.validate.SpecValidator;
import java.util.List;
import java.util.Objects;

/** Compiles a validated {@link GanSpec} onto DJL blocks. */
public final class GanCompiler {

    private GanCompiler() {}

    /**
     * Validates an unconditional {@code spec} (shapes included, before any tensor exists) and
     * builds both networks.
     *
     * @throws SpecException listing every problem if the spec is not sound
     * @throws IllegalArgumentException if the spec is conditional (use the other overload)
     */
    public static CompiledGan compile(GanSpec spec) {
        if (spec.isConditional()) {
            throw new IllegalArgumentException("spec '" + spec.name() + "' is conditional: compile it with its"
                    + " conditioning plugin (" + spec.conditioning().method().type() + ")");
        }
        return compile(spec, null);
    }

    /**
     * Validates {@code spec} and builds both networks, joining class labels in with
     * {@code conditioning} if the spec is conditional.
     *
     * @param conditioning the spec's conditioning plugin; {@code null} exactly when the spec is unconditional
     * @throws SpecException listing every problem if the spec (or its conditioning) is not sound
     */
    public static CompiledGan compile(GanSpec spec, Conditioning conditioning) {
        spec = SpecValidator.requireValid(spec, "spec '" + spec.name() + "'");
        if (spec.isConditional() != (conditioning != null)) {
            throw new IllegalArgumentException(spec.isConditional()
                    ? "spec '" + spec.name() + "' is conditional but no conditioning was given"
                    : "spec '" + spec.name() + "' is not conditional but a conditioning was given");
        }
        SequentialBlock generatorLayers = layers(spec.generator().blocks());
        SequentialBlock discriminatorLayers = layers(spec.discriminator().blocks());
        ConditionedBlock generatorWrapper = null;
        ConditionedBlock discriminatorWrapper = null;
        if (conditioning != null) {
            List<SpecProblem> problems = conditioning.check(spec);
            if (!problems.isEmpty()) {
                throw new SpecException("spec '" + spec.name() + "'", problems);
            }
            int classes = spec.conditioning().classes();
            generatorWrapper = Objects.requireNonNull(conditioning.generator(generatorLayers, classes), "generator");
            discriminatorWrapper = Objects.requireNonNull(
                    conditioning.discriminator(discriminatorLayers, classes), "discriminator");
        }
        return new CompiledGan(spec,
                new CompiledNetwork("generator", generatorLayers, generatorWrapper, List.of(spec.latent().size()),
                        spec.generator().blocks()),
                new CompiledNetwork("discriminator", discriminatorLayers, discriminatorWrapper, spec.data().shape(),
                        spec.discriminator().blocks()),
                conditioning);
    }

    private static SequentialBlock layers(List<BlockSpec> specs) {
        return new BlockCompiler(BlockCatalog.installed()).compileAll(specs);
    }
}
