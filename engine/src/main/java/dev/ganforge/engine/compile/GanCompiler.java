package dev.ganforge.engine.compile;

import dev.ganforge.role.Feed;
import ai.djl.nn.SequentialBlock;
import dev.ganforge.block.BlockCatalog;
import dev.ganforge.engine.condition.ConditionedBlock;
import dev.ganforge.engine.condition.Conditioning;
import dev.ganforge.spec.BlockSpec;
import dev.ganforge.engine.recipe.AdversarialRecipe;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.NetworkSpec;
import dev.ganforge.validate.SpecException;
import dev.ganforge.validate.SpecProblem;
import dev.ganforge.validate.SpecValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Compiles a validated {@link GanSpec}'s networks onto DJL blocks, each by its role. */
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
     * Validates {@code spec} and builds its networks as the default recipe feeds them (the
     * generator noise, the discriminator data), joining class labels in with {@code conditioning}
     * if the spec is conditional.
     *
     * @param conditioning the spec's conditioning plugin; {@code null} exactly when the spec is unconditional
     * @throws SpecException listing every problem if the spec (or its conditioning) is not sound
     */
    public static CompiledGan compile(GanSpec spec, Conditioning conditioning) {
        AdversarialRecipe recipe = new AdversarialRecipe();
        return compile(spec, conditioning, recipe::feed);
    }

    /**
     * Validates {@code spec} and builds every network it declares, each fed as {@code feeds} says,
     * joining class labels in with {@code conditioning} if the spec is conditional.
     *
     * @param conditioning the spec's conditioning plugin; {@code null} exactly when the spec is unconditional
     * @param feeds what the network in each role takes, as the recipe that trains them says
     * @throws SpecException listing every problem if the spec (or its conditioning) is not sound
     */
    public static CompiledGan compile(GanSpec spec, Conditioning conditioning, Function<String, Feed> feeds) {
        spec = SpecValidator.requireValid(spec, "spec '" + spec.name() + "'");
        if (spec.isConditional() != (conditioning != null)) {
            throw new IllegalArgumentException(spec.isConditional()
                    ? "spec '" + spec.name() + "' is conditional but no conditioning was given"
                    : "spec '" + spec.name() + "' is not conditional but a conditioning was given");
        }
        if (conditioning != null) {
            List<SpecProblem> problems = conditioningProblems(spec, conditioning, feeds);
            if (!problems.isEmpty()) {
                throw new SpecException("spec '" + spec.name() + "'", problems);
            }
        }
        Map<String, CompiledNetwork> networks = new LinkedHashMap<>();
        for (Map.Entry<String, NetworkSpec> entry : spec.networks().entrySet()) {
            String role = entry.getKey();
            Feed feed = Objects.requireNonNull(feeds.apply(role), () -> "no feed for the network '" + role + "'");
            SequentialBlock layers = layers(entry.getValue().blocks());
            ConditionedBlock conditioned = null;
            if (conditioning != null) {
                int classes = spec.conditioning().classes();
                conditioned = Objects.requireNonNull(conditioning.condition(feed, layers, classes), role);
            }
            List<Integer> input = feed.inputShape(spec);
            networks.put(role, new CompiledNetwork(role, feed, layers, conditioned, input, entry.getValue().blocks()));
        }
        return new CompiledGan(spec, networks, conditioning);
    }

    /**
     * What {@code conditioning} needs of the spec's networks that they lack, each network fed as
     * {@code feeds} says.
     */
    public static List<SpecProblem> conditioningProblems(GanSpec spec, Conditioning conditioning,
            Function<String, Feed> feeds) {
        List<SpecProblem> problems = new ArrayList<>();
        spec.networks().forEach((role, network) -> problems.addAll(conditioning.check(role, network, feeds.apply(role))));
        return problems;
    }

    private static SequentialBlock layers(List<BlockSpec> specs) {
        return new BlockCompiler(BlockCatalog.installed()).compileAll(specs);
    }
}
