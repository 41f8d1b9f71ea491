package dev.ganforge.engine.sample;

import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * An IDX file written as its values come, so that any number of samples can be written with the
 * memory of one batch: the header with every dimension first, then the values in order.
 * {@link IdxFiles} describes the format and opens the files.
 */
public final class IdxWriter implements Closeable {

    private final Path file;
    private final FileInProgress inProgress;
    private final DataOutputStream out;
    private final long expected;
    private long written;

    private IdxWriter(Path file, FileInProgress inProgress, DataOutputStream out, long expected) {
        this.file = file;
        this.inProgress = inProgress;
        this.out = out;
        this.expected = expected;
    }

    /**
     * Starts {@code file} (and its folder) with the header of values of {@code type} in {@code
     * dims}; the file takes its name only when every value is written ({@link FileInProgress}).
     */
    static IdxWriter open(Path file, int type, int[] dims) throws IOException {
        FileInProgress inProgress = FileInProgress.create(file);
        DataOutputStream out = new DataOutputStream(inProgress.stream());
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
            inProgress.close();
            throw failed;
        }
        return new IdxWriter(file, inProgress, out, values);
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

    /**
     * Finishes the file. One with fewer values than its header declares was cut short: it is not
     * kept, and this says so.
     */
    @Override
    public void close() throws IOException {
        if (written != expected) {
            inProgress.close();
            throw new IOException("writing " + file + " was cut short after " + written + " of the " + expected
                    + " values its header declares; it is not kept");
        }
        inProgress.complete();
    }
}
