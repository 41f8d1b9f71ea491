package dev.ganforge.plugins.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * An array of unsigned bytes in the IDX format of MNIST and Fashion-MNIST (LeCun et al.): a
 * magic number {@code 0x0000 08 nn} (unsigned bytes, {@code nn} dimensions), each dimension's
 * size as a big-endian int, then the values. Files may be gzipped; that is told by their first
 * two bytes, not their name.
 *
 * <p>Hand-written rather than taken from DJL's basicdataset: that library is not available
 * offline here, and its MNIST reader downloads into a cache of its own. The format is twenty lines.
 *
 * @param path the file it was read from
 * @param dimensions each dimension's size, e.g. {60000, 28, 28}
 * @param values every value, last dimension fastest
 */
record IdxFile(Path path, int[] dimensions, byte[] values) {

    private static final int UNSIGNED_BYTE = 0x08;
    private static final int GZIP_MAGIC = 0x1f8b;

    /**
     * Reads the IDX file at {@code path}.
     *
     * @param expectedDimensions the number of dimensions the file must have (3 for images, 1 for labels)
     * @param what what the file holds, for messages, e.g. {@code images}
     * @throws IOException naming the file if it is missing, not an IDX file of unsigned bytes,
     *     of another number of dimensions, or shorter than its header says
     */
    static IdxFile read(Path path, int expectedDimensions, String what) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new FileNotFoundException(path + " does not exist or is not a file");
        }
        try (InputStream in = open(path)) {
            DataInputStream data = new DataInputStream(in);
            int magic = header(data, path);
            if (magic >>> 8 != UNSIGNED_BYTE) {
                throw new IOException(path + " is not an IDX file of unsigned bytes: it starts with "
                        + String.format(Locale.ROOT, "0x%08x", magic) + " where one of " + what + " starts with "
                        + String.format(Locale.ROOT, "0x%08x", (UNSIGNED_BYTE << 8) | expectedDimensions));
            }
            int rank = magic & 0xFF;
            if (rank != expectedDimensions) {
                throw new IOException(path + " holds a " + rank + "-dimensional IDX array; " + what + " need "
                        + expectedDimensions + (expectedDimensions == 1 ? " dimension" : " dimensions"));
            }
            int[] dimensions = new int[rank];
            long total = 1;
            for (int i = 0; i < rank; i++) {
                dimensions[i] = header(data, path);
                total *= dimensions[i];
                if (dimensions[i] < 0 || total > Integer.MAX_VALUE - 16) {
                    throw new IOException(path + " has an IDX header of impossible sizes " + describe(dimensions, i + 1));
                }
            }
            // Read into the one array it is kept in: readNBytes would gather the 47 MB of
            // Fashion-MNIST in chunks and copy them, doubling the heap the JVM grows to.
            byte[] values = new byte[(int) total];
            int read = data.readNBytes(values, 0, values.length);
            if (read < total) {
                throw truncated(path, dimensions, total, read);
            }
            return new IdxFile(path, dimensions, values);
        } catch (EOFException | ZipException broken) {
            throw new IOException(path + " is truncated or corrupt (" + broken.getMessage() + "); download it again",
                    broken);
        }
    }

    /** The first {@code count} dimensions as people write them, e.g. {@code 60000×28×28}. */
    static String describe(int[] dimensions, int count) {
        return Arrays.stream(dimensions).limit(count).mapToObj(Integer::toString).collect(Collectors.joining("×"));
    }

    private static InputStream open(Path path) throws IOException {
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return ((first << 8) | second) == GZIP_MAGIC ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static int header(DataInputStream data, Path path) throws IOException {
        try {
            return data.readInt();
        } catch (EOFException tooShort) {
            throw new IOException(path + " is too short to be an IDX file: its header is cut off", tooShort);
        }
    }

    private static IOException truncated(Path path, int[] dimensions, long expected, int found) {
        return new IOException(path + " is truncated: its header promises " + describe(dimensions, dimensions.length)
                + " = " + expected + " values but it holds " + found + "; download it again");
    }
}
