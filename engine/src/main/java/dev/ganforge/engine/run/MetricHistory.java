package dev.ganforge.engine.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The figures of every evaluation of a run, kept in {@code metrics.csv}: a {@code step} column,
 * then one column per figure in the order they first appeared. The file is rewritten whole at
 * each evaluation (it is small), atomically.
 */
public final class MetricHistory {

    /** The figures of one evaluation. */
    public record Row(long step, Map<String, Double> figures) {
        public Row {
            figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        }
    }

    private final Path csv;
    private final List<Row> rows = new ArrayList<>();

    /**
     * A history kept in {@code csv}; the rows of earlier evaluations (of a resumed run) are read back.
     *
     * @throws IOException if the file exists but is not a metrics table
     */
    public MetricHistory(Path csv) throws IOException {
        this.csv = csv;
        if (Files.exists(csv)) {
            read();
        }
    }

    private void read() throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return;
        }
        String[] names = lines.get(0).split(",", -1);
        if (!names[0].equals("step")) {
            throw new IOException(csv + " is not a metrics table (its first column is not 'step'); move it aside");
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split(",", -1);
            try {
                Map<String, Double> figures = new LinkedHashMap<>();
                for (int c = 1; c < Math.min(cells.length, names.length); c++) {
                    if (!cells[c].isEmpty()) {
                        figures.put(names[c], Double.parseDouble(cells[c]));
                    }
                }
                rows.add(new Row(Long.parseLong(cells[0]), figures));
            } catch (NumberFormatException malformed) {
                throw new IOException(csv + ":" + (i + 1) + ": not a row of numbers: " + lines.get(i), malformed);
            }
        }
    }

    /** The evaluations so far, in step order. */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Every figure's name, in the order the figures first appeared. */
    public List<String> names() {
        Set<String> names = new LinkedHashSet<>();
        rows.forEach(row -> names.addAll(row.figures().keySet()));
        return List.copyOf(names);
    }

    /** Keeps only the evaluations up to {@code step}: a run resumed from an earlier checkpoint redoes the rest. */
    public void truncateAfter(long step) throws IOException {
        if (rows.removeIf(row -> row.step() > step)) {
            write();
        }
    }

    /** Records the figures of the evaluation at {@code step}, replacing an earlier one of the same step. */
    public void add(long step, Map<String, Double> figures) throws IOException {
        rows.removeIf(row -> row.step() == step);
        rows.add(new Row(step, figures));
        rows.sort((a, b) -> Long.compare(a.step(), b.step()));
        write();
    }

    private void write() throws IOException {
        List<String> names = names();
        StringBuilder out = new StringBuilder("step");
        names.forEach(name -> out.append(',').append(name));
        out.append('\n');
        for (Row row : rows) {
            out.append(row.step());
            for (String name : names) {
                Double value = row.figures().get(name);
                out.append(',').append(value == null ? "" : String.format(Locale.ROOT, "%.6g", value));
            }
            out.append('\n');
        }
        AtomicFiles.writeString(csv, out.toString());
    }

    /** Draws each figure over the steps, one panel per figure, to a PNG; nothing if there are no rows. */
    public void plot(Path png, String title) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(new NumberAxis("step"));
        for (String name : names()) {
            XYSeries series = new XYSeries(name);
            rows.stream().filter(row -> row.figures().containsKey(name))
                    .forEach(row -> series.add(row.step(), row.figures().get(name)));
            NumberAxis axis = new NumberAxis(name);
            axis.setAutoRangeIncludesZero(false);
            // A figure that does not change (the classifier's accuracy) gets a readable axis, not ticks 1e-9 apart.
            axis.setAutoRangeMinimumSize(Math.max(1e-3, 0.02 * Math.max(Math.abs(series.getMaxY()), Math.abs(series.getMinY()))));
            plot.add(new XYPlot(new XYSeriesCollection(series), null, axis, new XYLineAndShapeRenderer(true, true)));
        }
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        int height = Math.max(300, 200 * names().size());
        AtomicFiles.write(png, out -> ChartUtils.writeChartAsPNG(out, chart, 800, height));
    }
}
