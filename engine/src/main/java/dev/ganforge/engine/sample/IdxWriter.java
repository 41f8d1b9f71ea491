package dev.ganforge.engine.sample;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An IDX file written as its values come, so that any number of samples can be written with the
 * memory of one batch: the header with every dimension first, then the values in order.
 * {@link IdxFiles} describes the format and opens the files.
 */
public final class IdxWriter implements Closeable {

    private final Path file;
    private final DataOutputStream out;
    private final long expected;
    private long written;

    private IdxWriter(Path file, DataOutputStream out, long expected) {
        this.file = file;
        this.out = out;
        this.expected = expected;
    }

    /** Creates {@code file} (and its folder) and writes the header of values of {@code type} in {@code dims}. */
    static IdxWriter open(Path file, int type, int[] dims) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)));
        long values = 1;
        try {
            out.writeShort(0);
            out.writeByte(type);
            out.writeByte(dims.length);
            for (int dim : dims) {
                out.writeInt(dim);
                values *= dim;
            }
        } catch (IOException failed) {
            out.close();
            throw failed;
        }
        return new IdxWriter(file, out, values);
    }

    /**
     * Appends values.
     *
     * @throws IllegalStateException if they are more than the header declares
     */
    public void write(byte[] values) throws IOException {
        if (written + values.length > expected) {
            throw new IllegalStateException(file + " declares " + expected + " values; writing " + values.length
                    + " after " + written + " would exceed them");
        }
        out.write(values);
        written += values.length;
    }

    /** Closes the file; one with fewer values than its header declares was cut short and says so. */
    @Override
    public void close() throws IOException {
        out.close();
        if (written != expected) {
            throw new IOException(file + " holds " + written + " of the " + expected
                    + " values its header declares: writing it was cut short");
        }
    }
}
