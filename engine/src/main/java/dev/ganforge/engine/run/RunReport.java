package dev.ganforge.engine.run;

import dev.ganforge.engine.train.LossHistory;
import dev.ganforge.engine.train.ProgressReporter;
import dev.ganforge.engine.train.StepRecord;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code report.html}, one self-contained page about a run: its progress and wall time,
 * the loss curves, the metrics over time, every sample image, the network summary, the spec and
 * the provenance (versions, seed, engine, events). It needs no network:
 * styles are inline and images are referenced by paths relative to the run directory, so the
 * page opens from disk and moves with the directory.
 */
public final class RunReport {

    private static final String STYLE = """
            body { font-family: sans-serif; margin: 2em; color: #222; max-width: 1100px; }
            h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ccc; }
            pre { background: #f5f5f5; padding: 0.8em; overflow-x: auto; font-size: 0.85em; }
            table { border-collapse: collapse; font-size: 0.9em; }
            th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: right; }
            figure { display: inline-block; margin: 0.5em; text-align: center; }
            figure img { image-rendering: pixelated; border: 1px solid #ddd; max-width: 420px; }
            .none { color: #777; font-style: italic; }
            dl { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1.2em; font-size: 0.9em; }
            dt { font-weight: bold; } dd { margin: 0; } dd ul { margin: 0; padding-left: 1.2em; }
            """;

    /** A run's start, in UTC so that the page says the same wherever it is opened. */
    private static final DateTimeFormatter STARTED =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private RunReport() {}

    /**
     * Rewrites the report of the run in {@code directory} (atomically, so that a browser reloading
     * it never sees half a page).
     *
     * @param name the run's name
     * @param step the generator steps completed
     * @param specYaml the spec the run trains, as YAML
     * @param summary the network summary, as {@code ganforge describe} prints it
     * @param metrics the evaluations so far
     */
    public static void write(RunDirectory directory, String name, long step, String specYaml, String summary,
            MetricHistory metrics) throws IOException {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(name)).append(" — ganforge run report</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        Provenance provenance = Provenance.read(directory.provenance());
        html.append("<h1>").append(escape(name)).append("</h1>\n<p id=\"progress\">").append(step)
                .append(" generator steps trained");
        if (provenance.trainingWallSeconds() > 0) {
            html.append(" in ").append(ProgressReporter.duration(provenance.trainingWallSeconds())).append(" of wall time");
        }
        provenance.started().ifPresent(started -> html.append("; started ").append(STARTED.format(started)));
        html.append(".</p>\n");

        html.append("<h2>Metrics</h2>\n<section id=\"metrics\">\n");
        metricSection(html, directory, metrics);
        html.append("</section>\n");

        html.append("<h2>Losses</h2>\n<section id=\"losses\">\n");
        if (Files.exists(directory.lossPlot())) {
            html.append("<img src=\"").append(relative(directory, directory.lossPlot()))
                    .append("\" alt=\"loss curves\" width=\"800\">\n");
        } else {
            html.append("<p class=\"none\">No loss curves yet.</p>\n");
        }
        correctionsParagraph(html, directory);
        html.append("</section>\n");

        html.append("<h2>Samples</h2>\n<section id=\"samples\">\n");
        List<Path> samples = sampleImages(directory);
        if (samples.isEmpty()) {
            html.append("<p class=\"none\">No samples yet.</p>\n");
        }
        for (Path image : samples) {
            String file = image.getFileName().toString();
            html.append("<figure class=\"sample\"><img src=\"").append(relative(directory, image)).append("\" alt=\"samples, ")
                    .append(escape(file)).append("\"><figcaption>").append(escape(stepLabel(file)))
                    .append("</figcaption></figure>\n");
        }
        html.append("</section>\n");

        html.append("<h2>Networks</h2>\n<pre id=\"summary\">").append(escape(summary)).append("</pre>\n");
        html.append("<h2>Spec</h2>\n<pre id=\"spec\">").append(escape(specYaml)).append("</pre>\n");
        html.append("<h2>Provenance</h2>\n");
        provenanceSection(html, provenance);
        html.append("</body>\n</html>\n");
        AtomicFiles.writeString(directory.report(), html.toString());
    }

    private static void metricSection(StringBuilder html, RunDirectory directory, MetricHistory metrics) {
        List<MetricHistory.Row> rows = metrics.rows();
        if (rows.isEmpty()) {
            html.append("<p class=\"none\">No evaluations yet (set training.evaluate-every and training.metrics,"
                    + " or run 'ganforge evaluate').</p>\n");
            return;
        }
        if (Files.exists(directory.metricPlot())) {
            html.append("<img src=\"").append(relative(directory, directory.metricPlot()))
                    .append("\" alt=\"metrics over the steps\" width=\"800\">\n");
        }
        List<String> names = metrics.names();
        html.append("<table id=\"metric-table\">\n<tr><th>step</th>");
        names.forEach(figure -> html.append("<th>").append(escape(figure)).append("</th>"));
        html.append("</tr>\n");
        for (MetricHistory.Row row : rows) {
            html.append("<tr><td>").append(row.step()).append("</td>");
            for (String figure : names) {
                Double value = row.figures().get(figure);
                html.append("<td>").append(value == null ? "" : String.format(Locale.ROOT, "%.4g", value)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    /** The steps whose gradient the trainer found wrong and computed again ({@code grad_corrections} in the history). */
    private static void correctionsParagraph(StringBuilder html, RunDirectory directory) throws IOException {
        if (!Files.exists(directory.history())) {
            return;
        }
        List<String> steps = new ArrayList<>();
        int corrections = 0;
        for (StepRecord record : new LossHistory(directory.history()).records()) {
            if (record.gradientCorrections() > 0) {
                corrections += record.gradientCorrections();
                steps.add(Long.toString(record.step()));
            }
        }
        html.append("<p id=\"gradient-corrections\">");
        if (corrections == 0) {
            html.append("No gradient had to be corrected: every gradient that was computed twice came out the same.");
        } else {
            html.append(corrections).append(corrections == 1 ? " gradient was" : " gradients were")
                    .append(" wrong and computed again (the second result was used): step")
                    .append(steps.size() == 1 ? " " : "s ").append(String.join(", ", steps)).append('.');
        }
        html.append("</p>\n");
    }

    private static void provenanceSection(StringBuilder html, Provenance provenance) {
        if (provenance.entries().isEmpty()) {
            html.append("<p class=\"none\">No provenance.yaml.</p>\n");
            return;
        }
        html.append("<dl id=\"provenance\">\n");
        provenance.entries().forEach((key, value) -> {
            html.append("<dt>").append(escape(key)).append("</dt><dd>");
            if (value instanceof List<?> items) {
                html.append("<ul>");
                items.forEach(item -> html.append("<li>").append(escape(String.valueOf(item))).append("</li>"));
                html.append("</ul>");
            } else {
                html.append(escape(String.valueOf(value)));
            }
            html.append("</dd>\n");
        });
        html.append("</dl>\n");
    }

    private static List<Path> sampleImages(RunDirectory directory) throws IOException {
        List<Path> images = new ArrayList<>();
        Path folder = directory.samples(0).getParent();
        if (!Files.isDirectory(folder)) {
            return images;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "step-*.png")) {
            entries.forEach(images::add);
        }
        images.sort(null);
        return images;
    }

    /** {@code step-001500.png} as {@code step 1500}. */
    private static String stepLabel(String file) {
        String digits = file.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? file : "step " + Long.parseLong(digits);
    }

    private static String relative(RunDirectory directory, Path file) {
        return escape(directory.root().toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/'));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
