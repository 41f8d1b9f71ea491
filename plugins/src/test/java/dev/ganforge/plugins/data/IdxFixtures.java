package dev.ganforge.plugins.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Small IDX files written for tests, in the layout of MNIST's. */
final class IdxFixtures {

    private IdxFixtures() {}

    /** The bytes of an IDX file of unsigned bytes with the given dimensions and values. */
    static byte[] idx(int[] dimensions, byte[] values) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0x0800 | dimensions.length);
            for (int dimension : dimensions) {
                out.writeInt(dimension);
            }
            out.write(values);
        } catch (IOException impossible) {
            throw new AssertionError(impossible);
        }
        return bytes.toByteArray();
    }

    /** {@code count} images of {@code rows × columns}: pixel p of image i is {@code (10 i + p) mod 256}. */
    static byte[] images(int count, int rows, int columns) {
        byte[] values = new byte[count * rows * columns];
        for (int i = 0; i < count; i++) {
            for (int p = 0; p < rows * columns; p++) {
                values[i * rows * columns + p] = (byte) (10 * i + p);
            }
        }
        return idx(new int[] {count, rows, columns}, values);
    }

    /** Labels {@code i mod classes}. */
    static byte[] labels(int count, int classes) {
        byte[] values = new byte[count];
        for (int i = 0; i < count; i++) {
            values[i] = (byte) (i % classes);
        }
        return idx(new int[] {count}, values);
    }

    static Path write(Path file, byte[] bytes, boolean gzip) throws IOException {
        try (OutputStream out = gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            out.write(bytes);
        }
        return file;
    }
}
