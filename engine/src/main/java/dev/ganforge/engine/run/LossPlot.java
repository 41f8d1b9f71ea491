package dev.ganforge.engine.run;

import dev.ganforge.engine.train.StepRecord;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws {@code losses.png}: each network's loss against the step, as an {@link
 * ExponentialMovingAverage} in a strong line over the raw per-step values in a faint one, so that
 * the trend reads at a glance and the spread stays visible.
 */
public final class LossPlot {

    /** A network's curve: its name, colour and the loss it draws from a step's record. */
    private record Curve(String name, Color color, ToDoubleFunction<StepRecord> loss) {}

    /** One colour per role, in the order the records report them (matplotlib's first four). */
    private static final List<Color> COLORS = List.of(new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
            new Color(0xd62728));

    /** How much of the raw series shows through (of 255). */
    private static final int RAW_ALPHA = 70;

    private LossPlot() {}

    /** Writes the loss curves of {@code records} (in step order) to {@code png}, atomically. */
    public static void write(List<StepRecord> records, Path png, String title) throws IOException {
        List<Curve> curves = new ArrayList<>();
        List<String> roles = records.isEmpty() ? List.of() : records.get(0).roles();
        for (int i = 0; i < roles.size(); i++) {
            String role = roles.get(i);
            curves.add(new Curve(role, COLORS.get(i % COLORS.size()), record -> record.loss(role)));
        }
        int span = ExponentialMovingAverage.spanFor(records.size());
        double[] steps = records.stream().mapToDouble(StepRecord::step).toArray();
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        // Raw series first: with the forward rendering order the averages are drawn over them.
        for (Curve curve : curves) {
            int index = data.getSeriesCount();
            data.addSeries(series(curve.name() + " (raw)", steps, records.stream().mapToDouble(curve.loss()).toArray()));
            Color color = curve.color();
            renderer.setSeriesPaint(index, new Color(color.getRed(), color.getGreen(), color.getBlue(), RAW_ALPHA));
            renderer.setSeriesStroke(index, new BasicStroke(1f));
            renderer.setSeriesVisibleInLegend(index, false);
        }
        for (Curve curve : curves) {
            int index = data.getSeriesCount();
            double[] smoothed = ExponentialMovingAverage.of(records.stream().mapToDouble(curve.loss()).toArray(), span);
            data.addSeries(series(span == 1 ? curve.name() : curve.name() + " (moving average over " + span + " steps)",
                    steps, smoothed));
            renderer.setSeriesPaint(index, curve.color());
            renderer.setSeriesStroke(index, new BasicStroke(2.2f));
        }
        NumberAxis stepAxis = new NumberAxis("step");
        stepAxis.setAutoRangeIncludesZero(false);
        NumberAxis lossAxis = new NumberAxis("loss");
        lossAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, stepAxis, lossAxis, renderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        AtomicFiles.write(png, out -> ChartUtils.writeChartAsPNG(out, chart, 800, 450));
    }

    private static XYSeries series(String name, double[] steps, double[] values) {
        XYSeries series = new XYSeries(name, false, true);
        for (int i = 0; i < steps.length; i++) {
            series.add(steps[i], values[i], false);
        }
        return series;
    }
}
