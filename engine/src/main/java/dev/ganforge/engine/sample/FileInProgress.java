package dev.ganforge.engine.sample;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written under a temporary name beside it ({@code NAME.partial}) and given its own name
 * only once it is whole, so that a write cut short — an error, a full disk, Ctrl-C — leaves no
 * file under the name asked for that looks whole and is not: an IDX file shorter than its header
 * says, an empty PNG. The temporary file is deleted when the write fails, and when the JVM exits
 * before it is whole.
 */
final class FileInProgress implements Closeable {

    private final Path target;
    private final Path partial;
    private final OutputStream out;
    private boolean whole;

    private FileInProgress(Path target, Path partial, OutputStream out) {
        this.target = target;
        this.partial = partial;
        this.out = out;
    }

    /**
     * Starts writing {@code target}, creating its folder.
     *
     * @throws IOException if the file cannot be written there, naming {@code target}
     */
    static FileInProgress create(Path target) throws IOException {
        if (target.toAbsolutePath().getParent() != null) {
            Files.createDirectories(target.toAbsolutePath().getParent());
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        OutputStream out;
        try {
            out = new BufferedOutputStream(Files.newOutputStream(partial));
        } catch (FileSystemException failed) {
            throw naming(target, failed);
        }
        partial.toFile().deleteOnExit();
        return new FileInProgress(target, partial, out);
    }

    /** Where the file's bytes go until it is {@link #complete}. */
    OutputStream stream() {
        return out;
    }

    /** Closes the stream and gives the file its own name, replacing a file of that name. */
    void complete() throws IOException {
        out.close();
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        whole = true;
    }

    /** Closes the stream; a file that was not {@link #complete}d is deleted. */
    @Override
    public void close() throws IOException {
        if (!whole) {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(partial);
            }
        }
    }

    /** The failure to create the temporary file, told of the file the caller named. */
    private static IOException naming(Path target, FileSystemException failed) {
        String file = target.toString();
        IOException named = failed instanceof NoSuchFileException ? new NoSuchFileException(file)
                : failed instanceof AccessDeniedException ? new AccessDeniedException(file)
                : new FileSystemException(file, null, failed.getReason());
        named.initCause(failed);
        return named;
    }
}
