package dev.ganforge.spark;

import dev.ganforge.engine.run.AtomicFiles;
import dev.ganforge.sweep.Sweep;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws {@code sweep.png}: the metric against each varied setting, one panel per setting side by
 * side on a shared metric axis; each trial is a dot, and a line joins the mean of each value. A
 * setting's values are placed in the order the sweep file lists them, named on the axis, so that
 * a loss and a learning rate read alike.
 */
final class SweepPlot {

    private static final Color TRIALS = new Color(0x1f, 0x77, 0xb4, 110);
    private static final Color MEANS = new Color(0xd6, 0x27, 0x28);

    private SweepPlot() {}

    /** Writes the plot; returns whether there was anything to draw (a setting with a figure). */
    static boolean write(Sweep sweep, List<Leaderboard.Entry> entries, Path png) throws IOException {
        NumberAxis metricAxis = new NumberAxis(sweep.metric().name());
        metricAxis.setAutoRangeIncludesZero(false);
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(metricAxis);
        boolean any = false;
        for (String path : sweep.varied()) {
            List<String> values = valuesInFileOrder(sweep, path);
            XYSeries trials = new XYSeries("trials", false, true);
            XYSeries means = new XYSeries("mean", true, true);
            for (int v = 0; v < values.size(); v++) {
                double sum = 0;
                int count = 0;
                for (Leaderboard.Entry entry : entries) {
                    if (!entry.values().get(path).equals(values.get(v))) {
                        continue;
                    }
                    for (TrialOutcome outcome : entry.outcomes()) {
                        if (outcome != null && outcome.ranked()) {
                            trials.add(v, outcome.value());
                            sum += outcome.value();
                            count++;
                        }
                    }
                }
                if (count > 0) {
                    means.add(v, sum / count);
                    any = true;
                }
            }
            XYSeriesCollection data = new XYSeriesCollection();
            data.addSeries(trials);
            data.addSeries(means);
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
            renderer.setSeriesLinesVisible(0, false);
            renderer.setSeriesPaint(0, TRIALS);
            renderer.setSeriesPaint(1, MEANS);
            renderer.setSeriesStroke(1, new BasicStroke(2f));
            SymbolAxis axis = new SymbolAxis(path, values.toArray(String[]::new));
            axis.setGridBandsVisible(false);
            // A long value (a plugin with its parameters) would not fit across; the axis would drop it.
            axis.setVerticalTickLabels(values.stream().anyMatch(value -> value.length() > 12));
            plot.add(new XYPlot(data, axis, null, renderer), 1);
        }
        if (!any) {
            return false;
        }
        JFreeChart chart = new JFreeChart(sweep.name(), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        int width = Math.max(500, 380 * sweep.varied().size());
        AtomicFiles.write(png, out -> ChartUtils.writeChartAsPNG(out, chart, width, 520));
        return true;
    }

    /** The values a setting takes, in the order its trials come (the sweep file's order). */
    private static List<String> valuesInFileOrder(Sweep sweep, String path) {
        List<String> values = new ArrayList<>();
        sweep.trials().forEach(trial -> {
            String value = trial.values().get(path);
            if (!values.contains(value)) {
                values.add(value);
            }
        });
        return values;
    }
}
