package dev.ganforge.cli;

import dev.ganforge.spec.GanSpec;
import dev.ganforge.spec.TrainingEngine;
import dev.ganforge.validate.Suggestions;
import picocli.CommandLine.Option;

/**
 * The {@code --engine} option of the commands that compute. It overrides the spec's
 * {@code training.engine}, as {@code --steps} overrides {@code training.steps}: the engine is
 * where a run computes, so the same spec file can be tried on either without editing it.
 */
final class EngineOption {

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "the DJL engine to compute on: pytorch or mxnet (default: the spec's training.engine,"
                    + " itself pytorch by default)")
    private String name;

    /** The problem with the option's value, or {@code null} if it is usable. */
    String problem() {
        if (name == null || TrainingEngine.fromYamlName(name).isPresent()) {
            return null;
        }
        return "unknown engine '" + name + "' for --engine" + Suggestions.hint(name, TrainingEngine.yamlNames());
    }

    /** The engine asked for, or {@code null} to keep the spec's. */
    TrainingEngine choice() {
        return name == null ? null : TrainingEngine.fromYamlName(name).orElseThrow();
    }

    /** {@code spec} on the engine asked for, or {@code spec} itself without the option. */
    GanSpec apply(GanSpec spec) {
        TrainingEngine chosen = choice();
        return chosen == null ? spec : spec.withTraining(spec.training().withEngine(chosen));
    }
}
