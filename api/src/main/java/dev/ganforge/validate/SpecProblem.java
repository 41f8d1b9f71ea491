package dev.ganforge.validate;

/**
 * One thing wrong with a spec.
 *
 * @param path the offending field, e.g. {@code generator.blocks[3].kernel}
 * @param message what is wrong, the value found, and how to fix it
 * @param location where the value was written, or {@code null} for a spec built in Java
 */
public record SpecProblem(String path, String message, SourceLocation location) {

    /** A problem in a spec built in code, located by its path alone. */
    public static SpecProblem at(String path, String message) {
        return new SpecProblem(path, message, null);
    }

    /** A copy located in a source file. */
    public SpecProblem locatedAt(SourceLocation where) {
        return new SpecProblem(path, message, where);
    }

    @Override
    public String toString() {
        String prefix = location == null ? "" : location + ": ";
        return prefix + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
