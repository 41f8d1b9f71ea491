package dev.ganforge.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds where a spec path was written, so that problems found after reading (for example by
 * the engine's plugin checks) can still name file, line and column.
 */
@FunctionalInterface
public interface SpecLocator {

    /** For specs built in Java: no file, so problems keep their paths alone. */
    SpecLocator NONE = path -> null;

    /** Where {@code path} (or its nearest written parent) was written, or {@code null} if unknown. */
    SourceLocation locate(String path);

    /** The problems, each located where its path was written (when known). */
    default List<SpecProblem> locateAll(List<SpecProblem> problems) {
        List<SpecProblem> located = new ArrayList<>(problems.size());
        for (SpecProblem problem : problems) {
            SourceLocation where = problem.location() != null ? problem.location() : locate(problem.path());
            located.add(where == null ? problem : problem.locatedAt(where));
        }
        return located;
    }
}
