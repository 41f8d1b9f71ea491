package dev.ganforge.yaml;

import dev.ganforge.validate.SourceLocation;
import dev.ganforge.validate.SpecProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;

/** Gathers the problems of one file, each located at a mark in it. */
final class Problems {

    private final String file;
    private final List<SpecProblem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    /** The file the problems are in, as messages name it. */
    String file() {
        return file;
    }

    void add(String path, Mark mark, String message) {
        found.add(new SpecProblem(path, message, location(mark)));
    }

    void add(SpecProblem problem) {
        found.add(problem);
    }

    int count() {
        return found.size();
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Every problem, in the order they appear in the file. */
    List<SpecProblem> inFileOrder() {
        List<SpecProblem> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((SpecProblem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        return sorted;
    }

    /** The 1-based location of a 0-based mark; the start of the file when there is no mark. */
    SourceLocation location(Mark mark) {
        return mark == null
                ? new SourceLocation(file, 1, 1)
                : new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
