package dev.ganforge.spark;

import dev.ganforge.engine.run.AtomicFiles;
import dev.ganforge.sweep.Sweep;
import dev.ganforge.sweep.Trial;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A sweep's settings ranked by the mean of the metric over their seeds, with its spread: written
 * as {@code leaderboard.csv} and {@code sweep.html} (a table and {@link SweepPlot}'s plot).
 */
public final class Leaderboard {

    /**
     * One setting of the sweep.
     *
     * @param values each varied path to its value
     * @param trials its trials, seed by seed
     * @param outcomes their outcomes, in the same order ({@code null} for a trial not run yet)
     */
    public record Entry(Map<String, String> values, List<Trial> trials, List<TrialOutcome> outcomes) {

        /** The mean figure over the seeds that have one; NaN if none has. */
        public double mean() {
            return ranked().average().orElse(Double.NaN);
        }

        /** The mean of figure {@code name} over the seeds whose last evaluation gave it; NaN if none did. */
        public double mean(String name) {
            return outcomes.stream().filter(outcome -> outcome != null && outcome.figures().containsKey(name))
                    .mapToDouble(outcome -> outcome.figures().get(name)).average().orElse(Double.NaN);
        }

        /** The sample standard deviation over the seeds (0 for one seed; NaN for none). */
        public double spread() {
            double[] values = ranked().toArray();
            if (values.length < 2) {
                return values.length == 0 ? Double.NaN : 0;
            }
            double mean = mean();
            double sum = 0;
            for (double value : values) {
                sum += (value - mean) * (value - mean);
            }
            return Math.sqrt(sum / (values.length - 1));
        }

        /** The seeds with a figure. */
        public int count() {
            return (int) ranked().count();
        }

        private java.util.stream.DoubleStream ranked() {
            return outcomes.stream().filter(outcome -> outcome != null && outcome.ranked())
                    .mapToDouble(TrialOutcome::value);
        }
    }

    private final Sweep sweep;
    private final List<Entry> entries;
    /** The figures the trials report besides the ranking one (e.g. mode-coverage's high-quality-share). */
    private final List<String> others;

    private Leaderboard(Sweep sweep, List<Entry> entries, List<String> others) {
        this.sweep = sweep;
        this.entries = entries;
        this.others = others;
    }

    /** Groups the outcomes by setting and ranks the settings, best mean first; unranked ones last. */
    public static Leaderboard of(Sweep sweep, Map<String, TrialOutcome> outcomes) {
        List<Entry> entries = new ArrayList<>();
        for (int s = 0; s < sweep.settings(); s++) {
            List<Trial> trials = sweep.trials().subList(s * sweep.seeds(), (s + 1) * sweep.seeds());
            entries.add(new Entry(trials.get(0).values(), trials,
                    trials.stream().map(trial -> outcomes.get(trial.id())).toList()));
        }
        Comparator<Entry> byMean = Comparator.comparingDouble(Entry::mean);
        if (sweep.metric().goal() == dev.ganforge.sweep.SweepMetric.Goal.MAX) {
            byMean = byMean.reversed();
        }
        Comparator<Entry> order = Comparator.comparing((Entry entry) -> Double.isNaN(entry.mean())).thenComparing(byMean);
        entries.sort(order);
        List<String> others = outcomes.values().stream().flatMap(outcome -> outcome.figures().keySet().stream())
                .distinct().filter(name -> !name.equals(sweep.metric().name())).toList();
        return new Leaderboard(sweep, List.copyOf(entries), others);
    }

    /** The settings, best first. */
    public List<Entry> entries() {
        return entries;
    }

    /** Writes {@code leaderboard.csv}, {@code sweep.png} and {@code sweep.html} into {@code out}. */
    public void write(Path out) throws IOException {
        AtomicFiles.writeString(out.resolve("leaderboard.csv"), csv());
        boolean plotted = SweepPlot.write(sweep, entries, out.resolve("sweep.png"));
        AtomicFiles.writeString(out.resolve("sweep.html"), html(plotted));
    }

    /**
     * The table: rank, each varied setting, the metric's mean and spread, the seeds ranked, the
     * per-seed figures, the mean of each other figure the trials report, and the run directories
     * (relative to the sweep's folder); lists are {@code ;}-separated.
     */
    String csv() {
        StringBuilder csv = new StringBuilder("rank");
        sweep.varied().forEach(path -> csv.append(',').append(cell(path)));
        String metric = sweep.metric().name();
        csv.append(',').append(cell(metric + " mean")).append(',').append(cell(metric + " spread"))
                .append(",seeds,").append(cell(metric + " per seed"));
        others.forEach(other -> csv.append(',').append(cell(other + " mean")));
        csv.append(",runs\n");
        int rank = 1;
        for (Entry entry : entries) {
            csv.append(Double.isNaN(entry.mean()) ? "" : Integer.toString(rank++));
            entry.values().values().forEach(value -> csv.append(',').append(cell(value)));
            csv.append(',').append(number(entry.mean())).append(',').append(number(entry.spread()))
                    .append(',').append(entry.count()).append('/').append(entry.trials().size())
                    .append(',').append(cell(String.join(";", perSeed(entry))));
            others.forEach(other -> csv.append(',').append(number(entry.mean(other))));
            csv.append(',').append(cell(String.join(";", entry.trials().stream().map(Leaderboard::runPath).toList())))
                    .append('\n');
        }
        return csv.toString();
    }

    private String html(boolean plotted) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(escape(sweep.name())).append(" — sweep</title>\n<style>body{font-family:sans-serif;margin:2em}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
                + "td.n{text-align:right}</style></head><body>\n<h1>")
                .append(escape(sweep.name())).append("</h1>\n<p>")
                .append(sweep.trials().size()).append(" trials: ").append(sweep.settings()).append(" settings × ")
                .append(sweep.seeds()).append(sweep.seeds() == 1 ? " seed" : " seeds").append(", ranked by the mean of <b>")
                .append(escape(sweep.metric().name())).append("</b> (").append(sweep.metric().goal() ==
                        dev.ganforge.sweep.SweepMetric.Goal.MAX ? "larger" : "smaller")
                .append(" is better) at each trial's last evaluation; spread is the standard deviation over seeds."
                        + " The table is also <a href=\"leaderboard.csv\">leaderboard.csv</a>.</p>\n<table><tr><th>rank</th>");
        sweep.varied().forEach(path -> html.append("<th>").append(escape(path)).append("</th>"));
        html.append("<th>mean</th><th>spread</th>");
        others.forEach(other -> html.append("<th>").append(escape(other)).append(" mean</th>"));
        html.append("<th>per seed (run)</th></tr>\n");
        int rank = 1;
        for (Entry entry : entries) {
            html.append("<tr><td class=\"n\">").append(Double.isNaN(entry.mean()) ? "" : Integer.toString(rank++))
                    .append("</td>");
            entry.values().values().forEach(value -> html.append("<td>").append(escape(value)).append("</td>"));
            html.append("<td class=\"n\">").append(number(entry.mean())).append("</td><td class=\"n\">")
                    .append(number(entry.spread())).append("</td>");
            others.forEach(other -> html.append("<td class=\"n\">").append(number(entry.mean(other))).append("</td>"));
            html.append("<td>");
            for (int k = 0; k < entry.trials().size(); k++) {
                TrialOutcome outcome = entry.outcomes().get(k);
                String run = runPath(entry.trials().get(k));
                String shown = outcome == null ? "not run" : outcome.ranked() ? number(outcome.value())
                        : "failed: " + outcome.message();
                html.append(k == 0 ? "" : " · ").append("<a href=\"").append(escape(run)).append("/report.html\">")
                        .append(escape(shown)).append("</a>");
            }
            html.append("</td></tr>\n");
        }
        html.append("</table>\n");
        if (plotted) {
            html.append("<h2>").append(escape(sweep.metric().name()))
                    .append(" against each varied setting</h2>\n<p>Each dot is a trial; the line joins the means.</p>\n"
                            + "<img src=\"sweep.png\" alt=\"metric against each varied setting\">\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static List<String> perSeed(Entry entry) {
        return entry.outcomes().stream().map(outcome -> outcome == null || !outcome.ranked() ? "" : number(outcome.value()))
                .toList();
    }

    /** A trial's run directory, relative to the sweep's folder. */
    static String runPath(Trial trial) {
        return "trials/" + trial.id();
    }

    /** Six significant digits, without trailing zeros: {@code 7}, {@code 0.1234}, {@code 1e-04}. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        String text = String.format(Locale.ROOT, "%.6g", value);
        int exponent = text.indexOf('e');
        String mantissa = exponent < 0 ? text : text.substring(0, exponent);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceFirst("\\.?0+$", "");
        }
        return mantissa + (exponent < 0 ? "" : text.substring(exponent));
    }

    /** A CSV cell, quoted when it holds a comma, a quote or a line break. */
    private static String cell(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
