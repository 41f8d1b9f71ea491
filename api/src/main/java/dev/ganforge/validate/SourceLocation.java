package dev.ganforge.validate;

/**
 * Where in a source file a value was written.
 *
 * @param file the file's name as the user gave it
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourceLocation(String file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
