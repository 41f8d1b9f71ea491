package dev.ganforge.engine.api;

import dev.ganforge.validate.SpecProblem;
import java.util.List;

/**
 * What {@link Ganforge#validate(dev.ganforge.spec.GanSpec)} found in a spec: the problems that
 * stop it from training, and the warnings about likely modelling mistakes that do not.
 *
 * @param problems what must change before the spec trains, each with the path of the value (and,
 *     for a spec read from YAML, its line and column); empty for a valid spec
 * @param warnings likely mistakes of a spec without problems, such as a discriminator that ends in
 *     a sigmoid though every loss takes logits; empty while there are problems
 */
public record Validation(List<SpecProblem> problems, List<SpecProblem> warnings) {

    /** Copies the lists, so that a validation never changes. */
    public Validation {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    /** Whether the spec has no problems (it may have warnings). */
    public boolean isValid() {
        return problems.isEmpty();
    }
}
