package dev.ganforge.engine.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces files whole: the new content goes to a hidden file beside the target, which is then
 * moved over it, so that a reader (a browser showing the report, a crash) sees the old file or
 * the new one, never half of one.
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A partial file's name is random; a name that is taken (a crash left it) is tried again with another. */
    private static final int MAX_ATTEMPTS = 10;

    private AtomicFiles() {}

    /** Replaces {@code file} with {@code text} in UTF-8. */
    public static void writeString(Path file, String text) throws IOException {
        write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Replaces {@code file} with what {@code content} writes, creating its folder if needed. The
     * file gets the mode of any new file (0666 less the umask), as the run's other files do.
     */
    public static void write(Path file, Content content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path partial = createPartial(folder, file.getFileName().toString());
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                content.writeTo(out);
            }
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notSupported) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * A new, empty, hidden file beside the target. Not {@code Files.createTempFile}: that creates
     * it readable by its owner only (0600), a mode the target would keep after the move.
     */
    private static Path createPartial(Path folder, String name) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path partial = folder.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".partial");
            try {
                Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return partial;
            } catch (FileAlreadyExistsException taken) {
                if (attempt == MAX_ATTEMPTS) {
                    throw taken;
                }
            }
        }
    }
}
