package org.sheltergis.ogc.sld;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Set;

/** The well-known marks of SLD 1.0 as shapes of unit size centred on the origin (y down, as on screen). */
public final class Marks {

    private static final Set<String> KNOWN = Set.of("square", "circle", "triangle", "star", "cross", "x");

    private Marks() {}

    public static boolean isKnown(String name) {
        return KNOWN.contains(name);
    }

    public static Shape shape(String name) {
        return switch (name) {
            case "circle" -> new Ellipse2D.Double(-0.5, -0.5, 1, 1);
            case "triangle" -> polygon(new double[] {0, -0.5, 0.5, 0.5, -0.5, 0.5});
            case "star" -> star();
            case "cross" ->
                polygon(new double[] {
                    -0.125, -0.5, 0.125, -0.5, 0.125, -0.125, 0.5, -0.125, 0.5, 0.125, 0.125, 0.125, 0.125, 0.5, -0.125,
                    0.5, -0.125, 0.125, -0.5, 0.125, -0.5, -0.125, -0.125, -0.125
                });
            case "x" ->
                java.awt.geom.AffineTransform.getRotateInstance(Math.PI / 4).createTransformedShape(shape("cross"));
            default -> new Rectangle2D.Double(-0.5, -0.5, 1, 1);
        };
    }

    private static Shape star() {
        double[] xy = new double[20];
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? 0.5 : 0.2;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            xy[2 * i] = r * Math.cos(a);
            xy[2 * i + 1] = r * Math.sin(a) + 0.04;
        }
        return polygon(xy);
    }

    private static Shape polygon(double[] xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }
}
