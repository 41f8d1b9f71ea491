package dev.ganforge.plugins.data;

import dev.ganforge.engine.data.GanDataset;
import dev.ganforge.spec.DataSpec;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A labelled image dataset drawn in code, so that image GANs (conditional ones included) train
 * on any machine without a download: ten classes of simple shapes ({@link ShapeGlyph}), white on
 * black like MNIST, each sample with its own position, size, aspect, rotation, stroke width and
 * brightness. Drawn at the spec's height and width with Java2D, anti-aliased; with three channels
 * each shape gets a random colour. Sample {@code i} of a split depends on the split and {@code i}
 * alone (its class is {@code i mod 10}, so every class has the same count, ±1), so the data is
 * the same in every run and on every machine.
 *
 * @param trainSize the number of training samples
 * @param testSize the number of held-out test samples
 */
record SyntheticShapes(int trainSize, int testSize) implements ImageSource {

    /** The number of classes. */
    static final int CLASSES = ShapeGlyph.values().length;

    /** The smallest height or width worth drawing a shape at. */
    private static final int MIN_SIDE = 8;

    /** How far from the centre a shape may reach, as a fraction of half the image, before its stroke. */
    private static final double REACH = 0.85;

    /** The largest offset of a shape's centre from the image's, as a fraction of half the image. */
    private static final double MAX_OFFSET = 0.12;

    /** Samples one thread draws on one canvas. */
    private static final int CHUNK = 500;

    private static final long TRAIN_STREAM = 0x5EED_0001L;
    private static final long TEST_STREAM = 0x5EED_0002L;

    SyntheticShapes {
        if (trainSize < 1 || testSize < 1) {
            throw new IllegalArgumentException("dataset plugin 'synthetic-shapes' needs at least one training and one"
                    + " test sample; found train-size " + trainSize + " and test-size " + testSize);
        }
    }

    @Override
    public OptionalInt classes() {
        return OptionalInt.of(CLASSES);
    }

    @Override
    public GanDataset open(DataSpec data) {
        ImageSplits images = images(data.shape());
        return new TableDataset(data, images.train(), images.test(), CLASSES);
    }

    /** Draws both splits at {@code shape}. */
    @Override
    public ImageSplits images(List<Integer> shape) {
        if (shape.size() != 3 || (shape.get(0) != 1 && shape.get(0) != 3) || shape.get(1) < MIN_SIDE
                || shape.get(2) < MIN_SIDE) {
            throw new IllegalArgumentException("data.shape is " + shape + " but synthetic-shapes draws images of"
                    + " [channels, height, width] with 1 or 3 channels and sides of at least " + MIN_SIDE
                    + "; set data.shape to e.g. [1, 28, 28]");
        }
        return new ImageSplits(draw(trainSize, TRAIN_STREAM, shape), draw(testSize, TEST_STREAM, shape), CLASSES, shape);
    }

    /**
     * {@code count} samples of one split, as bytes, drawn in chunks in parallel (each sample
     * depends on its index alone, so the result does not depend on the chunking).
     */
    private static ByteSampleTable draw(int count, long stream, List<Integer> shape) {
        int sampleSize = shape.get(0) * shape.get(1) * shape.get(2);
        byte[] values = new byte[count * sampleSize];
        int[] labels = new int[count];
        int chunks = (count + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(chunk ->
                drawRange(chunk * CHUNK, Math.min(count, (chunk + 1) * CHUNK), stream, shape, values, labels));
        return new ByteSampleTable(values, sampleSize, labels);
    }

    private static void drawRange(int from, int to, long stream, List<Integer> shape, byte[] values, int[] labels) {
        int channels = shape.get(0);
        int height = shape.get(1);
        int width = shape.get(2);
        int pixels = height * width;
        BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] rgb = ((DataBufferInt) canvas.getRaster().getDataBuffer()).getData();
        Graphics2D graphics = canvas.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        try {
            for (int i = from; i < to; i++) {
                labels[i] = i % CLASSES;
                SplittableRandom random = new SplittableRandom(stream * 0x9E3779B97F4A7C15L + i);
                Arrays.fill(rgb, 0);
                drawOne(graphics, ShapeGlyph.values()[labels[i]], random, width, height);
                // Drawn in white, then tinted: Java2D draws grey several times faster than colours.
                int offset = i * channels * pixels;
                if (channels == 1) {
                    for (int p = 0; p < pixels; p++) {
                        values[offset + p] = (byte) rgb[p];
                    }
                } else {
                    int tint = Color.HSBtoRGB(random.nextFloat(), (float) uniform(random, 0.5, 1.0), 1f);
                    for (int c = 0; c < channels; c++) {
                        int weight = (tint >>> (16 - 8 * c)) & 0xFF;
                        for (int p = 0; p < pixels; p++) {
                            values[offset + c * pixels + p] = (byte) (((rgb[p] & 0xFF) * weight + 127) / 255);
                        }
                    }
                }
            }
        } finally {
            graphics.dispose();
        }
    }

    private static void drawOne(Graphics2D graphics, ShapeGlyph glyph, SplittableRandom random, int width, int height) {
        double half = Math.min(width, height) / 2.0;
        // The shape's outer radius, as a fraction of half the image, before the aspect jitter.
        // Like MNIST's digits, shapes are about centred and of about one size: with the jitter
        // and the offset they stay within REACH of the centre.
        double size = uniform(random, 0.55, 0.75);
        double slack = Math.min(MAX_OFFSET, Math.max(0, REACH - 1.1 * size)) * half;
        AffineTransform placement = new AffineTransform();
        placement.translate(width / 2.0 + uniform(random, -slack, slack), height / 2.0 + uniform(random, -slack, slack));
        placement.rotate(uniform(random, -Math.PI / 12, Math.PI / 12));
        double scale = size * half / glyph.radius();
        placement.scale(scale * uniform(random, 0.9, 1.1), scale * uniform(random, 0.9, 1.1));
        float stroke = (float) (uniform(random, 2.0, 3.2) * Math.min(width, height) / 28);
        float brightness = (float) uniform(random, 0.8, 1.0);
        graphics.setColor(new Color(brightness, brightness, brightness));
        graphics.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        java.awt.Shape placed = placement.createTransformedShape(glyph.shape());
        if (glyph.filled()) {
            graphics.fill(placed);
        } else {
            graphics.draw(placed);
        }
    }

    private static double uniform(SplittableRandom random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }
}
