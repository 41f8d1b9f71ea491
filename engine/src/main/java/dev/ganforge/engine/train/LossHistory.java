package dev.ganforge.engine.train;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The per-step loss and gradient-norm history of a run: appended to {@code history.csv} as it
 * goes (so a crash loses nothing). {@code LossPlot} draws it. The column {@code
 * grad_corrections}, before the last ({@code samples_per_s}, which stays last for scripts that
 * drop it), counts the updates of the step whose gradient was computed twice and differed
 * ({@link StepRecord#gradientCorrections()}); files written before it existed are read as having
 * none, and gain the column when they are next written.
 */
public final class LossHistory {

    /** The roles a history reports when nothing says otherwise: the default recipe's, critic first. */
    private static final List<String> TWO_NETWORKS = List.of("discriminator", "generator");

    /** The short names the columns and the progress line give the default recipe's roles. */
    private static final Map<String, String> SHORT_NAMES = Map.of("discriminator", "d", "generator", "g");

    /** The column of {@link StepRecord#samplesPerSecond()}. */
    private static final String SAMPLES_PER_SECOND = "samples_per_s";
    /** The column of {@link StepRecord#gradientCorrections()}. */
    private static final String CORRECTIONS = "grad_corrections";

    private final Path csv;
    private final List<String> roles;
    private final List<StepRecord> records = new ArrayList<>();
    /** Whether the file has the header {@link #header()} gives; an older one is rewritten before the next row is added. */
    private boolean current;

    /**
     * A history kept in {@code csv}: earlier rows (of a resumed run) are read back, by the columns
     * of the file's header; a new file reports the default recipe's two networks.
     */
    public LossHistory(Path csv) throws IOException {
        this(csv, TWO_NETWORKS);
    }

    /**
     * A history kept in {@code csv} that reports {@code roles} (in this order) when it starts the
     * file; an existing file's rows are read back by the columns of its header.
     */
    public LossHistory(Path csv, List<String> roles) throws IOException {
        this.csv = csv;
        List<String> lines = Files.exists(csv) ? Files.readAllLines(csv, StandardCharsets.UTF_8) : List.of();
        if (lines.isEmpty() || !lines.get(0).startsWith("step,")) {
            this.roles = List.copyOf(roles);
            Files.writeString(csv, header() + "\n", StandardCharsets.UTF_8);
            this.current = true;
            return;
        }
        this.roles = rolesOf(lines.get(0));
        List<String> columns = List.of(lines.get(0).split(","));
        int rate = columns.indexOf(SAMPLES_PER_SECOND);
        int corrections = columns.indexOf(CORRECTIONS);
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                records.add(parse(line, rate, corrections));
            }
        }
        this.current = lines.get(0).equals(header());
    }

    /** How the columns and the progress line name a role: {@code d} and {@code g} for the default recipe's. */
    public static String shortName(String role) {
        return SHORT_NAMES.getOrDefault(role, role);
    }

    private static String roleOf(String shortName) {
        return SHORT_NAMES.entrySet().stream().filter(entry -> entry.getValue().equals(shortName))
                .map(Map.Entry::getKey).findFirst().orElse(shortName);
    }

    /** {@code step,d_loss,g_loss,d_grad_norm,g_grad_norm,samples_per_s} for the default recipe. */
    private String header() {
        StringBuilder header = new StringBuilder("step");
        roles.forEach(role -> header.append(',').append(shortName(role)).append("_loss"));
        roles.forEach(role -> header.append(',').append(shortName(role)).append("_grad_norm"));
        return header.append(',').append(CORRECTIONS).append(',').append(SAMPLES_PER_SECOND).toString();
    }

    private static List<String> rolesOf(String header) {
        List<String> roles = new ArrayList<>();
        for (String column : header.split(",")) {
            if (column.endsWith("_loss")) {
                roles.add(roleOf(column.substring(0, column.length() - "_loss".length())));
            }
        }
        return List.copyOf(roles);
    }

    /** One row, by the header's columns: {@code corrections} is -1 in a file written before that column existed. */
    private StepRecord parse(String line, int rate, int corrections) {
        String[] cells = line.split(",");
        Map<String, Double> losses = new LinkedHashMap<>();
        Map<String, Double> norms = new LinkedHashMap<>();
        for (int i = 0; i < roles.size(); i++) {
            losses.put(roles.get(i), Double.parseDouble(cells[1 + i]));
            norms.put(roles.get(i), Double.parseDouble(cells[1 + roles.size() + i]));
        }
        return new StepRecord(Long.parseLong(cells[0]), losses, norms, Double.parseDouble(cells[rate]),
                corrections < 0 ? 0 : Integer.parseInt(cells[corrections]));
    }

    /** Keeps only the rows up to {@code step}: a run resumed from an earlier checkpoint rewrites the rest. */
    public void truncateAfter(long step) throws IOException {
        records.removeIf(record -> record.step() > step);
        rewrite();
    }

    private void rewrite() throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write(header() + "\n");
            for (StepRecord record : records) {
                out.write(row(record));
            }
        }
        current = true;
    }

    /** Appends one step. */
    public void add(StepRecord record) throws IOException {
        if (!current) {
            rewrite();
        }
        records.add(record);
        Files.writeString(csv, row(record), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** Every step so far. */
    public List<StepRecord> records() {
        return List.copyOf(records);
    }

    private String row(StepRecord record) {
        StringBuilder row = new StringBuilder(Long.toString(record.step()));
        roles.forEach(role -> row.append(String.format(Locale.ROOT, ",%.6g", record.loss(role))));
        roles.forEach(role -> row.append(String.format(Locale.ROOT, ",%.6g", record.gradientNorm(role))));
        return row.append(String.format(Locale.ROOT, ",%d,%.1f%n", record.gradientCorrections(),
                record.samplesPerSecond())).toString();
    }
}
