package dev.ganforge.engine.train;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The per-step loss and gradient-norm history of a run: appended to {@code history.csv} as it
 * goes (so a crash loses nothing). {@code LossPlot} draws it.
 */
public final class LossHistory {

    static final String HEADER = "step,d_loss,g_loss,d_grad_norm,g_grad_norm,samples_per_s";

    private final Path csv;
    private final List<StepRecord> records = new ArrayList<>();

    /** A history kept in {@code csv}; earlier rows (of a resumed run) are read back. */
    public LossHistory(Path csv) throws IOException {
        this.csv = csv;
        if (Files.exists(csv)) {
            for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("step")) {
                    String[] cells = line.split(",");
                    records.add(new StepRecord(Long.parseLong(cells[0]), Double.parseDouble(cells[1]),
                            Double.parseDouble(cells[2]), Double.parseDouble(cells[3]), Double.parseDouble(cells[4]),
                            Double.parseDouble(cells[5])));
                }
            }
        } else {
            Files.writeString(csv, HEADER + "\n", StandardCharsets.UTF_8);
        }
    }

    /** Keeps only the rows up to {@code step}: a run resumed from an earlier checkpoint rewrites the rest. */
    public void truncateAfter(long step) throws IOException {
        records.removeIf(record -> record.step() > step);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            for (StepRecord record : records) {
                out.write(row(record));
            }
        }
    }

    /** Appends one step. */
    public void add(StepRecord record) throws IOException {
        records.add(record);
        Files.writeString(csv, row(record), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** Every step so far. */
    public List<StepRecord> records() {
        return List.copyOf(records);
    }

    private static String row(StepRecord record) {
        return String.format(Locale.ROOT, "%d,%.6g,%.6g,%.6g,%.6g,%.1f%n", record.step(), record.discriminatorLoss(),
                record.generatorLoss(), record.discriminatorGradientNorm(), record.generatorGradientNorm(),
                record.samplesPerSecond());
    }
}
