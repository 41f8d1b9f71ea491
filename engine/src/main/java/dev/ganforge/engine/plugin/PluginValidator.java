package dev.ganforge.engine.plugin;

import dev.ganforge.engine.backend.EngineCapability;
import dev.ganforge.engine.data.DatasetSource;
import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.PluginRef;
import dev.ganforge.spec.TrainingEngine;
import dev.ganforge.validate.SpecException;
import dev.ganforge.validate.SpecProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks every plugin reference of a spec against the installed plugins before anything trains:
 * that each names an installed plugin of the right family, that its parameters are declared,
 * of the declared type, and complete, and that the engine the spec trains on has every feature
 * the plugin requires.
 *
 * <p>Problems carry the spec path of the reference ({@code loss}, {@code generator.optimizer},
 * {@code training.strategies[0]}, {@code conditioning}, {@code data.dataset}); a problem with one
 * parameter carries the parameter's path below it, e.g. {@code loss.lambda}.
 */
public final class PluginValidator {

    private final PluginRegistry registry;

    /** A validator against the plugins of {@code registry}. */
    public PluginValidator(PluginRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Every problem with {@code spec}'s plugin references, in the order the spec declares them. */
    public List<SpecProblem> validate(GanSpec spec) {
        TrainingEngine engine = spec.training().engine();
        List<SpecProblem> problems = new ArrayList<>();
        if (spec.data().dataset() != null) {
            check(problems, engine, PluginFamily.DATASET, "data.dataset", spec.data().dataset());
        }
        if (spec.conditioning() != null) {
            check(problems, engine, PluginFamily.CONDITIONING, "conditioning", spec.conditioning().method());
        }
        spec.networks().forEach((role, network) ->
                check(problems, engine, PluginFamily.OPTIMIZER, GanSpec.pathOf(role) + ".optimizer", network.optimizer()));
        check(problems, engine, PluginFamily.LOSS, "loss", spec.loss());
        check(problems, engine, PluginFamily.RECIPE, "recipe", spec.recipe());
        List<PluginRef> strategies = spec.training().strategies();
        for (int i = 0; i < strategies.size(); i++) {
            check(problems, engine, PluginFamily.STRATEGY, "training.strategies[" + i + "]", strategies.get(i));
        }
        List<PluginRef> metrics = spec.training().metrics();
        for (int i = 0; i < metrics.size(); i++) {
            check(problems, engine, PluginFamily.METRIC, "training.metrics[" + i + "]", metrics.get(i));
        }
        return problems;
    }

    /**
     * Every problem {@link #validate} finds and, if the spec's dataset reference has none, every
     * folder or file its dataset would not find on this machine ({@link DatasetSource#missing}), at
     * {@code data.dataset.PARAMETER}. For what goes on to read the data; a spec can be described or
     * sampled from where its data is not.
     */
    public List<SpecProblem> validateWithData(GanSpec spec) {
        List<SpecProblem> problems = new ArrayList<>(validate(spec));
        PluginRef dataset = spec.data().dataset();
        if (dataset == null || problems.stream().anyMatch(problem -> problem.path().startsWith("data.dataset"))) {
            return problems;
        }
        try {
            if (registry.create(PluginFamily.DATASET, dataset, Object.class) instanceof DatasetSource source) {
                for (DatasetSource.MissingData missing : source.missing()) {
                    problems.add(SpecProblem.at("data.dataset." + missing.parameter(), missing.message()));
                }
            }
        } catch (IllegalArgumentException refused) {
            problems.add(SpecProblem.at("data.dataset", refused.getMessage()));
        }
        return problems;
    }

    /**
     * Throws if {@code spec}'s plugin references have problems.
     *
     * @param source what the spec came from, for the message, e.g. a file name
     * @throws SpecException carrying every problem found
     */
    public void requireValid(GanSpec spec, String source) {
        List<SpecProblem> problems = validate(spec);
        if (!problems.isEmpty()) {
            throw new SpecException(source, problems);
        }
    }

    private void check(List<SpecProblem> problems, TrainingEngine engine, PluginFamily family, String path,
            PluginRef ref) {
        Optional<PluginDescriptor> descriptor = registry.find(family, ref.type());
        if (descriptor.isEmpty()) {
            problems.add(SpecProblem.at(path, registry.unknownPlugin(family, ref.type())));
            return;
        }
        for (ParameterResolver.Problem problem : ParameterResolver.resolve(descriptor.get(), ref).problems()) {
            String where = problem.parameter() == null ? path : path + "." + problem.parameter();
            problems.add(SpecProblem.at(where, problem.message()));
        }
        for (EngineCapability capability : descriptor.get().requirements()) {
            if (!capability.isSupportedBy(engine)) {
                problems.add(SpecProblem.at(path, descriptor.get().title() + " needs " + capability.description()
                        + " (engine capability '" + capability.displayName() + "'), which the " + engine.yamlName()
                        + " engine lacks; train it on " + capability.engines() + " (training.engine or --engine),"
                        + " or choose another " + family + " plugin"));
            }
        }
    }
}
