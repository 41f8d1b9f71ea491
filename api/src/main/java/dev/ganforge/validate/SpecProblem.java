package dev.ganforge.validate;

/**
 * One thing wrong with a spec.
 *
 * <p>A problem is one line of text: control characters, line and paragraph separators and
 * invisible format characters that a path or a message quotes from the file (a value with a
 * pasted line separator, a YAML parser's "found \n") are written as escapes such as {@code \n}
 * or {@code \u2028}, so that they can neither break the line nor hide.
 *
 * @param path the offending field, e.g. {@code generator.blocks[3].kernel}
 * @param message what is wrong, the value found, and how to fix it
 * @param location where the value was written, or {@code null} for a spec built in Java
 */
public record SpecProblem(String path, String message, SourceLocation location) {

    public SpecProblem {
        path = visible(path);
        message = visible(message);
    }

    /** A problem in a spec built in code, located by its path alone. */
    public static SpecProblem at(String path, String message) {
        return new SpecProblem(path, message, null);
    }

    /** A copy located in a source file. */
    public SpecProblem locatedAt(SourceLocation where) {
        return new SpecProblem(path, message, where);
    }

    private static String visible(String text) {
        if (text == null || text.codePoints().noneMatch(SpecProblem::isHidden)) {
            return text;
        }
        StringBuilder visible = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> visible.append("\\n");
                case '\r' -> visible.append("\\r");
                case '\t' -> visible.append("\\t");
                default -> {
                    if (isHidden(c)) {
                        visible.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
                    } else {
                        visible.appendCodePoint(c);
                    }
                }
            }
        });
        return visible.toString();
    }

    private static boolean isHidden(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.FORMAT;
    }

    @Override
    public String toString() {
        String prefix = location == null ? "" : location + ": ";
        return prefix + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
