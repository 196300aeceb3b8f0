package org.sheltergis.sample;

import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** Building-like outlines in local metres: rotated rectangles and L-shapes of a wanted area. */
final class Shapes {

    private Shapes() {}

    /** A rectangle of the given area and length/width ratio, centred on (x, y), turned by angle radians. */
    static Polygon rectangle(double x, double y, double area, double aspect, double angle) {
        double w = Math.sqrt(area / aspect);
        double l = w * aspect;
        return place(new double[][] {{-l / 2, -w / 2}, {l / 2, -w / 2}, {l / 2, w / 2}, {-l / 2, w / 2}}, x, y, angle);
    }

    /**
     * An L: a rectangle with one corner notched out, scaled to the given area. Six corners, counter-clockwise,
     * so the ring is simple and the polygon valid.
     */
    static Polygon lShape(double x, double y, double area, double aspect, double notchX, double notchY, double angle) {
        double l = aspect;
        double w = 1.0;
        double unitArea = l * w - (notchX * l) * (notchY * w);
        double k = Math.sqrt(area / unitArea);
        l *= k;
        w *= k;
        double nx = notchX * l;
        double ny = notchY * w;
        double[][] pts = {
            {-l / 2, -w / 2},
            {l / 2, -w / 2},
            {l / 2, w / 2 - ny},
            {l / 2 - nx, w / 2 - ny},
            {l / 2 - nx, w / 2},
            {-l / 2, w / 2},
        };
        return place(pts, x, y, angle);
    }

    /** A random building outline: mostly rectangles, some L-shapes. */
    static Polygon building(Random rnd, double x, double y, double area) {
        double angle = rnd.nextDouble() * StrictMath.PI;
        double aspect = Seeds.uniform(rnd, 1.2, 2.8);
        if (Seeds.chance(rnd, 0.3)) {
            return lShape(x, y, area, aspect, Seeds.uniform(rnd, 0.35, 0.6), Seeds.uniform(rnd, 0.35, 0.6), angle);
        }
        return rectangle(x, y, area, aspect, angle);
    }

    private static Polygon place(double[][] pts, double x, double y, double angle) {
        double cos = StrictMath.cos(angle);
        double sin = StrictMath.sin(angle);
        Coordinate[] ring = new Coordinate[pts.length + 1];
        for (int i = 0; i < pts.length; i++) {
            ring[i] = new Coordinate(x + pts[i][0] * cos - pts[i][1] * sin, y + pts[i][0] * sin + pts[i][1] * cos);
        }
        ring[pts.length] = ring[0].copy();
        return CityArea.METRIC.createPolygon(ring);
    }

    /** The point at a fraction (0..1) of the way round a polygon's outer ring. */
    static Coordinate alongBoundary(Polygon p, double fraction) {
        LineString ring = p.getExteriorRing();
        double target = ((fraction % 1.0 + 1.0) % 1.0) * ring.getLength();
        Coordinate[] c = ring.getCoordinates();
        for (int i = 0; i + 1 < c.length; i++) {
            double seg = c[i].distance(c[i + 1]);
            if (target <= seg || i + 2 == c.length) {
                double t = seg == 0 ? 0 : Math.min(1, target / seg);
                return new Coordinate(c[i].x + t * (c[i + 1].x - c[i].x), c[i].y + t * (c[i + 1].y - c[i].y));
            }
            target -= seg;
        }
        return c[0].copy();
    }
}
