package dev.ganforge.engine.assemble;

import dev.ganforge.engine.compile.CompiledGan;
import dev.ganforge.engine.compile.GanCompiler;
import dev.ganforge.engine.condition.Conditioning;
import dev.ganforge.engine.data.DatasetSource;
import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.engine.loss.GanLoss;
import dev.ganforge.engine.metric.GanMetric;
import dev.ganforge.engine.optim.GanOptimizer;
import dev.ganforge.engine.plugin.PluginFamily;
import dev.ganforge.engine.plugin.PluginRegistry;
import dev.ganforge.engine.plugin.PluginValidator;
import dev.ganforge.engine.recipe.TrainingRecipe;
import dev.ganforge.engine.train.GanTrainer;
import dev.ganforge.engine.train.TrainingChecks;
import dev.ganforge.engine.train.TrainingStrategy;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.PluginRef;
import dev.ganforge.validate.SpecException;
import dev.ganforge.validate.SpecProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Checks a spec against everything it names, once, before a command acts on it: every check
 * that training makes, {@code validate} makes too. On top of the spec's own rules (which the
 * reader and the DSL check) and its plugin references ({@link PluginValidator}), it creates each
 * plugin, so that a value a plugin refuses (a negative learning rate) is a spec problem; lets the
 * strategies adapt the loss in order (label smoothing needs a loss with a real label); compiles
 * the networks to see whether the critic gives the input gradient a penalty needs; and, for
 * commands that read the data, checks that it is there and has the declared classes; and asks
 * each metric whether it can measure a GAN conditioned as this one is. Every
 * problem carries the path of the value to change, so that a spec read from YAML can be located.
 */
public final class GanAssembler {

    private final PluginRegistry registry;

    /** An assembler against the plugins of {@code registry}. */
    public GanAssembler(PluginRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Every problem of {@code spec} for a command that uses its data as {@code data} says. */
    public List<SpecProblem> check(GanSpec spec, DataUse data) {
        PluginValidator references = new PluginValidator(registry);
        List<SpecProblem> problems = new ArrayList<>(
                data == DataUse.READ ? references.validateWithData(spec) : references.validate(spec));
        if (!problems.isEmpty()) {
            return problems;
        }
        GanLoss loss = create(PluginFamily.LOSS, "loss", spec.loss(), GanLoss.class, problems);
        spec.networks().forEach((role, network) ->
                create(PluginFamily.OPTIMIZER, GanSpec.pathOf(role) + ".optimizer", network.optimizer(), Object.class, problems));
        TrainingRecipe recipe = create(PluginFamily.RECIPE, "recipe", spec.recipe(), TrainingRecipe.class, problems);
        if (recipe != null) {
            problems.addAll(roleProblems(spec, recipe));
        }
        List<PluginRef> strategyRefs = spec.training().strategies();
        for (int i = 0; i < strategyRefs.size(); i++) {
            String path = "training.strategies[" + i + "]";
            TrainingStrategy strategy = create(PluginFamily.STRATEGY, path, strategyRefs.get(i), TrainingStrategy.class,
                    problems);
            if (strategy != null && loss != null) {
                try {
                    loss = strategy.adaptLoss(loss);
                } catch (IllegalArgumentException refused) {
                    problems.add(SpecProblem.at(path, refused.getMessage()));
                    loss = null;
                }
            }
        }
        Conditioning conditioning = spec.isConditional()
                ? create(PluginFamily.CONDITIONING, "conditioning", spec.conditioning().method(), Conditioning.class, problems)
                : null;
        if (conditioning != null && recipe != null) {
            // The method may need something of a network, e.g. a projection critic's final dense(1).
            problems.addAll(GanCompiler.conditioningProblems(spec, conditioning, recipe::feed));
        }
        if (loss != null && recipe != null && problems.isEmpty()) {
            CompiledGan gan = GanCompiler.compile(spec, conditioning, recipe::feed);
            TrainingChecks.penalty(gan, loss, recipe.criticRoles()).ifPresent(problems::add);
        }
        boolean checkPairing = recipe != null && problems.isEmpty();
        // One source serves both data checks, so that a dataset the plugin refuses is reported once.
        DatasetSource source = data == DataUse.READ && spec.data().dataset() != null
                && (checkPairing || spec.isConditional())
                ? create(PluginFamily.DATASET, "data.dataset", spec.data().dataset(), DatasetSource.class, problems)
                : null;
        if (checkPairing && source != null && !recipe.pairings().contains(source.pairing())) {
            problems.add(SpecProblem.at("data.dataset", "recipe '" + spec.recipe().type() + "' needs "
                    + describe(recipe.pairings()) + ", but dataset '" + spec.data().dataset().type() + "' gives "
                    + describe(List.of(source.pairing())) + "; choose a dataset of two domains (paired-folders,"
                    + " aligned-folder, unpaired-folders or edges; see 'ganforge plugins')"));
        }
        problems.addAll(metricProblems(spec));
        if (spec.isConditional() && source != null) {
            OptionalInt classes = classes(source);
            if (classes.isPresent()) {
                TrainingChecks.classes(spec, classes.getAsInt()).ifPresent(problems::add);
            }
        }
        return problems;
    }

    /** The metrics that cannot measure a GAN conditioned as the spec's is. */
    private List<SpecProblem> metricProblems(GanSpec spec) {
        List<SpecProblem> problems = new ArrayList<>();
        List<PluginRef> refs = spec.training().metrics();
        for (int i = 0; i < refs.size(); i++) {
            String path = "training.metrics[" + i + "]";
            GanMetric metric = create(PluginFamily.METRIC, path, refs.get(i), GanMetric.class, problems);
            if (metric == null) {
                continue;
            }
            try (metric) {
                metric.requireConditioning(spec.isConditional());
            } catch (IllegalArgumentException refused) {
                problems.add(SpecProblem.at(path, refs.get(i).type() + ": " + refused.getMessage()));
            }
        }
        return problems;
    }

    /** The networks the recipe trains but the spec lacks, and those the spec declares but the recipe does not train. */
    private static List<SpecProblem> roleProblems(GanSpec spec, TrainingRecipe recipe) {
        List<SpecProblem> problems = new ArrayList<>();
        for (String role : recipe.roles()) {
            if (!spec.networks().containsKey(role)) {
                problems.add(SpecProblem.at(GanSpec.pathOf(role), "recipe '" + spec.recipe().type() + "' trains a network"
                        + " in the role '" + role + "', which the spec does not declare; add it"
                        + (GanSpec.pathOf(role).equals(role) ? "" : " under networks")));
            }
        }
        for (String role : spec.networks().keySet()) {
            if (!recipe.roles().contains(role)) {
                problems.add(SpecProblem.at(GanSpec.pathOf(role), "recipe '" + spec.recipe().type() + "' trains the roles "
                        + String.join(", ", recipe.roles()) + ", not '" + role + "'; remove it or choose a recipe that"
                        + " trains it (see 'ganforge plugins')"));
            }
        }
        return problems;
    }

    /**
     * Likely modelling mistakes of a spec that has no problems: a discriminator that ends in a
     * sigmoid though every loss takes logits, a generator whose last activation cannot reach the
     * data's range. Each carries the path of the value to look at.
     */
    public List<SpecProblem> warnings(GanSpec spec) {
        return ModellingWarnings.of(spec);
    }

    /**
     * Throws if {@code spec} has problems for a command that uses its data as {@code data} says.
     *
     * @param source what the spec came from, for the message
     * @throws SpecException carrying every problem
     */
    public void requireValid(GanSpec spec, DataUse data, String source) {
        List<SpecProblem> problems = check(spec, data);
        if (!problems.isEmpty()) {
            throw new SpecException(source, problems);
        }
    }

    /**
     * A trainer of {@code spec} on {@code dataset}, with the plugins the spec names (recipe, loss,
     * conditioning, strategies, each network's optimiser) created from the registry: what a
     * training run trains. It checks only what building the trainer checks; {@link #requireValid}
     * first.
     */
    public GanTrainer.Builder trainer(GanSpec spec, GanDataset dataset) {
        TrainingRecipe recipe = registry.create(PluginFamily.RECIPE, spec.recipe(), TrainingRecipe.class);
        Conditioning conditioning = spec.isConditional()
                ? registry.create(PluginFamily.CONDITIONING, spec.conditioning().method(), Conditioning.class)
                : null;
        List<TrainingStrategy> strategies = spec.training().strategies().stream()
                .map(strategy -> registry.create(PluginFamily.STRATEGY, strategy, TrainingStrategy.class))
                .toList();
        GanTrainer.Builder builder = GanTrainer.builder()
                .setGan(GanCompiler.compile(spec, conditioning, recipe::feed))
                .setLoss(registry.create(PluginFamily.LOSS, spec.loss(), GanLoss.class))
                .optRecipe(recipe)
                .setDataset(dataset)
                .optStrategies(strategies);
        spec.networks().forEach((role, network) ->
                builder.setOptimizer(role, registry.create(PluginFamily.OPTIMIZER, network.optimizer(), GanOptimizer.class)));
        return builder;
    }

    private <T> T create(PluginFamily family, String path, PluginRef ref, Class<T> type, List<SpecProblem> problems) {
        try {
            return registry.create(family, ref, type);
        } catch (IllegalArgumentException refused) {
            problems.add(SpecProblem.at(path, refused.getMessage()));
            return null;
        }
    }

    /** Kinds of data in words, e.g. "paired or unpaired images of two domains". */
    private static String describe(List<GanDataset.Pairing> pairings) {
        if (pairings.equals(List.of(GanDataset.Pairing.NONE))) {
            return "images of one domain";
        }
        return pairings.stream().filter(pairing -> pairing != GanDataset.Pairing.NONE)
                .map(pairing -> pairing.name().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.joining(" or ")) + " images of two domains";
    }

    /** The classes the data has, when its source can tell without reading samples; a read error is left to the reading. */
    private static OptionalInt classes(DatasetSource source) {
        if (source == null) {
            return OptionalInt.empty();
        }
        try {
            return source.classes();
        } catch (IOException unreadable) {
            return OptionalInt.empty();
        }
    }
}
