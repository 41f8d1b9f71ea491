package dev.ganforge.plugins.data;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The ten classes of {@link SyntheticShapes}, each drawn in a box from −1 to 1 (y down). They
 * differ in topology or in orientation by more than the drawing's rotation jitter (square and
 * diamond, plus and cross are 45° apart), so that a small classifier tells them apart.
 */
enum ShapeGlyph {
    CIRCLE(false, new Ellipse2D.Double(-1, -1, 2, 2)),
    SQUARE(false, new Rectangle2D.Double(-0.85, -0.85, 1.7, 1.7)),
    TRIANGLE(false, polygon(0, -1, 0.95, 0.8, -0.95, 0.8)),
    PLUS(false, lines(0, -1, 0, 1, -1, 0, 1, 0)),
    CROSS(false, lines(-0.8, -0.8, 0.8, 0.8, -0.8, 0.8, 0.8, -0.8)),
    DIAMOND(false, polygon(0, -1, 1, 0, 0, 1, -1, 0)),
    STAR(true, star()),
    BARS(false, lines(-0.9, -0.45, 0.9, -0.45, -0.9, 0.45, 0.9, 0.45)),
    TEE(false, lines(-0.9, -0.8, 0.9, -0.8, 0, -0.8, 0, 1)),
    DISC(true, new Ellipse2D.Double(-0.75, -0.75, 1.5, 1.5));

    private final boolean filled;
    private final Shape outline;
    private final double radius;

    ShapeGlyph(boolean filled, Shape outline) {
        this.filled = filled;
        this.outline = outline;
        this.radius = radius(outline);
    }

    /** The radius of the smallest circle around the origin that holds the shape, whichever way it turns. */
    double radius() {
        return radius;
    }

    private static double radius(Shape shape) {
        double radius = 0;
        double[] point = new double[6];
        for (PathIterator path = shape.getPathIterator(null, 0.01); !path.isDone(); path.next()) {
            if (path.currentSegment(point) != PathIterator.SEG_CLOSE) {
                radius = Math.max(radius, Math.hypot(point[0], point[1]));
            }
        }
        return radius;
    }

    /** Whether the shape is filled rather than stroked. */
    boolean filled() {
        return filled;
    }

    /** The shape in its unit box. */
    Shape shape() {
        return outline;
    }

    /** The class name as the docs list it, e.g. {@code circle}. */
    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    private static Shape polygon(double... xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }

    private static Shape lines(double... xy) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < xy.length; i += 4) {
            path.append(new Line2D.Double(xy[i], xy[i + 1], xy[i + 2], xy[i + 3]), false);
        }
        return path;
    }

    /** A five-pointed star, inner radius 0.4, one point up. */
    private static Shape star() {
        double[] xy = new double[20];
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? 1 : 0.4;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            xy[2 * i] = radius * Math.cos(angle);
            xy[2 * i + 1] = radius * Math.sin(angle);
        }
        return polygon(xy);
    }
}
