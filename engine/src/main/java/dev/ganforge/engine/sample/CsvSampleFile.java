package dev.ganforge.engine.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** Vector samples as CSV: one sample a line, its values separated by commas, no header. */
public final class CsvSampleFile implements SampleFiles {

    private final int width;
    private final FileInProgress file;
    private final Writer writer;

    /**
     * Starts {@code file} (and its folder); it takes its name when {@link #finish}ed.
     *
     * @param width the values of one sample
     */
    public CsvSampleFile(Path file, int width) throws IOException {
        this.width = width;
        this.file = FileInProgress.create(file);
        this.writer = new BufferedWriter(new OutputStreamWriter(this.file.stream(), StandardCharsets.UTF_8));
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
    public void finish() throws IOException {
        writer.flush();
        file.complete();
    }

    /** Closes the file; one not {@link #finish}ed is not kept. */
    @Override
    public void close() throws IOException {
        file.close();
    }
}
