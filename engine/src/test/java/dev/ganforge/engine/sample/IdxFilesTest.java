package dev.ganforge.engine.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxFilesTest {

    @TempDir
    Path dir;

    /** An IDX file read back: its magic number, dimensions and unsigned-byte values. */
    private record Idx(int magic, int[] dims, int[] values) {
        static Idx read(Path file) throws IOException {
            try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
                int magic = in.readInt();
                int[] dims = new int[magic & 0xff];
                int count = 1;
                for (int i = 0; i < dims.length; i++) {
                    dims[i] = in.readInt();
                    count *= dims[i];
                }
                int[] values = new int[count];
                for (int i = 0; i < count; i++) {
                    values[i] = in.readUnsignedByte();
                }
                assertEquals(-1, in.read(), "bytes after the values");
                return new Idx(magic, dims, values);
            }
        }
    }

    @Test
    void greyImagesAreWrittenAsMnistIsWithTheRangeScaledToBytes() throws IOException {
        // Two 1x2x3 images in [-1, 1]; values outside the range are clamped.
        float[] values = {-1, 0, 1, 0.5f, -2, 3, 1, 1, 1, -1, -1, -1};
        Path file = IdxFiles.imagesBeside(dir.resolve("samples.png"), List.of(1, 2, 3));
        IdxFiles.writeImages(values, 2, List.of(1, 2, 3), -1, 1, file);
        assertEquals(dir.resolve("samples-images-idx3-ubyte"), file);
        Idx idx = Idx.read(file);
        assertEquals(0x00000803, idx.magic());
        assertArrayEquals(new int[] {2, 2, 3}, idx.dims());
        assertArrayEquals(new int[] {0, 128, 255, 191, 0, 255, 255, 255, 255, 0, 0, 0}, idx.values());
    }

    @Test
    void colourImagesKeepTheirChannelDimension() throws IOException {
        float[] values = new float[3 * 2 * 2];
        values[5] = 1;
        Path file = IdxFiles.imagesBeside(dir.resolve("rgb.png"), List.of(3, 2, 2));
        IdxFiles.writeImages(values, 1, List.of(3, 2, 2), 0, 1, file);
        assertEquals(dir.resolve("rgb-images-idx4-ubyte"), file);
        Idx idx = Idx.read(file);
        assertEquals(0x00000804, idx.magic());
        assertArrayEquals(new int[] {1, 3, 2, 2}, idx.dims());
        assertEquals(255, idx.values()[5]);
    }

    @Test
    void labelsAreAOneDimensionalFile() throws IOException {
        Path file = IdxFiles.labelsBeside(dir.resolve("samples.png"));
        IdxFiles.writeLabels(new int[] {0, 9, 3, 255}, file);
        assertEquals(dir.resolve("samples-labels-idx1-ubyte"), file);
        Idx idx = Idx.read(file);
        assertEquals(0x00000801, idx.magic());
        assertArrayEquals(new int[] {4}, idx.dims());
        assertArrayEquals(new int[] {0, 9, 3, 255}, idx.values());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> IdxFiles.writeLabels(new int[] {256}, file));
        assertEquals("an IDX label file holds labels 0 to 255, found 256", refused.getMessage());
    }

    @Test
    void imagesWrittenInBatchesAreTheFileWrittenAtOnce() throws IOException {
        float[] values = {-1, 0, 1, 0.5f, -2, 3, 1, 1, 1, -1, -1, -1, 0.25f, 0.5f, 0.75f, 0, 0, 0};
        Path once = dir.resolve("once");
        IdxFiles.writeImages(values, 3, List.of(1, 2, 3), -1, 1, once);
        Path batches = dir.resolve("batches");
        try (IdxWriter writer = IdxFiles.openImages(batches, 3, List.of(1, 2, 3))) {
            writer.write(IdxFiles.levels(java.util.Arrays.copyOfRange(values, 0, 12), -1, 1));
            writer.write(IdxFiles.levels(java.util.Arrays.copyOfRange(values, 12, 18), -1, 1));
        }

        assertArrayEquals(Files.readAllBytes(once), Files.readAllBytes(batches));
    }

    @Test
    void fileWithFewerValuesThanItsHeaderDeclaresSaysSoWhenClosedAndIsNotKept() throws IOException {
        Path file = dir.resolve("short");
        IdxWriter writer = IdxFiles.openLabels(file, 4);
        writer.write(IdxFiles.labelBytes(new int[] {1, 2}));

        IOException cutShort = assertThrows(IOException.class, writer::close);
        assertEquals("writing " + file + " was cut short after 2 of the 4 values its header declares; it is not kept",
                cutShort.getMessage());
        assertEquals(List.of(), listing(dir), "neither the file nor its partial one is left");
    }

    @Test
    void aFileIsNamedOnlyWhenWholeAndReplacesAnOlderOne() throws IOException {
        Path file = dir.resolve("labels");
        Files.writeString(file, "older");
        IdxWriter writer = IdxFiles.openLabels(file, 2);
        writer.write(IdxFiles.labelBytes(new int[] {7}));
        assertEquals("older", Files.readString(file), "the file is untouched while being written");
        assertEquals(List.of("labels", "labels.partial"), listing(dir));
        writer.write(IdxFiles.labelBytes(new int[] {8}));
        writer.close();

        assertEquals(List.of("labels"), listing(dir));
        assertArrayEquals(new byte[] {0, 0, 8, 1, 0, 0, 0, 2, 7, 8}, Files.readAllBytes(file));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
