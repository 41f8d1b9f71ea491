package dev.ganforge.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a failed file operation into the one line every command prints for it: the path and the
 * reason, {@code /proc/nope: no such file or directory}.
 *
 * <p>The JDK's messages do not do this by themselves: a {@link NoSuchFileException} or an
 * {@link AccessDeniedException} says only the path, with the reason in its type, and
 * {@code java.io}'s {@link FileNotFoundException} puts the reason in parentheses.
 */
final class FileErrors {

    /** The reasons that exceptions without one carry in their type, in the words of the system's errors. */
    private static final Map<Class<? extends FileSystemException>, String> REASONS = Map.of(
            NoSuchFileException.class, "no such file or directory",
            AccessDeniedException.class, "permission denied",
            FileAlreadyExistsException.class, "already exists",
            NotDirectoryException.class, "not a directory",
            DirectoryNotEmptyException.class, "directory not empty",
            FileSystemLoopException.class, "a loop of symbolic links");

    /** {@code java.io}'s "path (reason)". */
    private static final Pattern PATH_AND_REASON = Pattern.compile("(.+) \\(([^()]+)\\)");

    private FileErrors() {}

    /** The path and the reason of {@code failure}, or its own message where that is ganforge's. */
    static String describe(IOException failure) {
        if (failure instanceof FileSystemException files) {
            String path = files.getOtherFile() == null ? files.getFile() : files.getFile() + " -> " + files.getOtherFile();
            return path == null ? reason(files) : path + ": " + reason(files);
        }
        if (failure instanceof FileNotFoundException && failure.getMessage() != null) {
            Matcher parts = PATH_AND_REASON.matcher(failure.getMessage());
            if (parts.matches()) {
                return parts.group(1) + ": " + lowerFirst(parts.group(2));
            }
        }
        return failure.getMessage() != null ? failure.getMessage() : failure.toString();
    }

    private static String reason(FileSystemException failure) {
        if (failure.getReason() != null) {
            return lowerFirst(failure.getReason());
        }
        return REASONS.entrySet().stream()
                .filter(known -> known.getKey().isInstance(failure))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("cannot be read or written (" + failure.getClass().getSimpleName() + ")");
    }

    /** The system's reasons start with a capital ("Not a directory"); in the middle of a line they should not. */
    private static String lowerFirst(String reason) {
        boolean word = reason.length() > 1 && Character.isUpperCase(reason.charAt(0)) && Character.isLowerCase(reason.charAt(1));
        return word ? reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1) : reason;
    }
}
