package dev.ganforge.validate;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a spec has problems; carries all of them, not only the first. */
public class SpecException extends IllegalArgumentException {

    private final transient List<SpecProblem> problems;

    /**
     * @param source what was checked, e.g. a file name or "spec 'seed-000'"
     * @param problems everything found wrong, at least one
     */
    public SpecException(String source, List<SpecProblem> problems) {
        super(describe(source, problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order they appear. */
    public List<SpecProblem> problems() {
        return problems;
    }

    private static String describe(String source, List<SpecProblem> problems) {
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return count + " in " + source + ":\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
