package dev.ganforge.engine.sample;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Vector samples as CSV: one sample a line, its values separated by commas, no header. */
public final class CsvSampleFile implements SampleFiles {

    private final int width;
    private final Writer writer;

    /**
     * Creates {@code file} (and its folder).
     *
     * @param width the values of one sample
     */
    public CsvSampleFile(Path file, int width) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        this.width = width;
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    @Override
    public void add(float[] values, int first, int n) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < n * width; i += width) {
            line.setLength(0);
            for (int j = 0; j < width; j++) {
                line.append(j == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.6g", values[i + j]));
            }
            writer.write(line.append('\n').toString());
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
