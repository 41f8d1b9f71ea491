package dev.ganforge.engine.sample;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Renders generated samples as PNG: images tiled into a grid, 2-D points as a scatter plot over
 * the real distribution's mode centres.
 */
public final class SampleImages {

    private SampleImages() {}

    /**
     * Writes images as a grid with a one-pixel gap.
     *
     * @param values N×C×H×W values, row-major
     * @param count N
     * @param shape C, H, W (C is 1 for grey or 3 for RGB)
     * @param min the value shown black
     * @param max the value shown white
     * @param file the PNG to write
     */
    public static void writeGrid(float[] values, int count, List<Integer> shape, double min, double max, Path file)
            throws IOException {
        writeGrid(values, count, (int) Math.ceil(Math.sqrt(count)), shape, min, max, file);
    }

    /**
     * Writes images as a grid of {@code columns} columns with a one-pixel gap, e.g. one column
     * per class for a conditional GAN.
     *
     * @see #writeGrid(float[], int, List, double, double, Path)
     */
    public static void writeGrid(float[] values, int count, int columns, List<Integer> shape, double min, double max,
            Path file) throws IOException {
        SampleGrid grid = new SampleGrid(count, columns, shape, min, max);
        grid.add(values, 0, count);
        grid.write(file);
    }

    /**
     * Writes 2-D points as a scatter plot, with the real distribution's mode centres marked.
     *
     * @param points x0, y0, x1, y1, …
     * @param centres the mode centres, or an empty list
     * @param title the plot's title, e.g. the step
     * @param file the PNG to write
     */
    public static void writeScatter(float[] points, List<double[]> centres, String title, Path file) throws IOException {
        XYSeries generated = new XYSeries("generated");
        for (int i = 0; i + 1 < points.length; i += 2) {
            generated.add(points[i], points[i + 1]);
        }
        XYSeriesCollection data = new XYSeriesCollection(generated);
        if (!centres.isEmpty()) {
            XYSeries modes = new XYSeries("real modes");
            centres.forEach(centre -> modes.add(centre[0], centre[1]));
            data.addSeries(modes);
        }
        JFreeChart chart = ChartFactory.createScatterPlot(title, "x", "y", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, new Color(31, 119, 180, 90));
        renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-1.5, -1.5, 3, 3));
        renderer.setSeriesPaint(1, Color.RED);
        try (OutputStream out = create(file)) {
            ChartUtils.writeChartAsPNG(out, chart, 600, 600);
        }
    }

    /** A value as a 0–255 grey level: {@code min} is 0, {@code max} is 255, rounded and clamped. */
    static int level(float value, double min, double max) {
        double scaled = (value - min) / (max - min);
        return (int) Math.round(255 * Math.min(1, Math.max(0, scaled)));
    }

    /** Writes {@code image} to {@code file} as PNG. */
    static void writePng(BufferedImage image, Path file) throws IOException {
        try (OutputStream out = create(file)) {
            writePng(image, out);
        }
    }

    /** Writes {@code image} to {@code out} as PNG, leaving {@code out} open. */
    static void writePng(BufferedImage image, OutputStream out) throws IOException {
        try (ImageOutputStream png = new MemoryCacheImageOutputStream(out)) {
            if (!ImageIO.write(image, "png", png)) {
                throw new IOException("this Java has no PNG writer (javax.imageio)");
            }
        }
    }

    /**
     * Opens {@code file} for writing, creating its folder: a file that cannot be written fails
     * here with its path and the reason. (ImageIO given the file itself prints a stack trace and
     * throws "Can't create an ImageOutputStream!".)
     */
    static OutputStream create(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        return new BufferedOutputStream(Files.newOutputStream(file));
    }
}
