package org.sheltergis.ogc.wms.rendering;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** Maps CRS coordinates (already in the map's CRS) to pixels, y down, and JTS geometry to Java2D paths. */
public final class ScreenTransform {

    private final double minX;
    private final double maxY;
    private final double sx;
    private final double sy;

    public ScreenTransform(Envelope bbox, int width, int height) {
        this.minX = bbox.getMinX();
        this.maxY = bbox.getMaxY();
        this.sx = width / bbox.getWidth();
        this.sy = height / bbox.getHeight();
    }

    double x(double worldX) {
        return (worldX - minX) * sx;
    }

    double y(double worldY) {
        return (maxY - worldY) * sy;
    }

    /** Pixel (i, j) centre back to CRS coordinates. */
    public Point2D.Double world(double i, double j) {
        return new Point2D.Double(minX + i / sx, maxY - j / sy);
    }

    /** Polygons (with holes, even-odd) and lines as one path; points are left out. */
    Path2D.Double path(Geometry g) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        append(g, path);
        return path;
    }

    private void append(Geometry g, Path2D.Double path) {
        if (g instanceof Polygon p) {
            ring(p.getExteriorRing().getCoordinateSequence(), path, true);
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                ring(p.getInteriorRingN(i).getCoordinateSequence(), path, true);
            }
        } else if (g instanceof LineString l) {
            ring(l.getCoordinateSequence(), path, false);
        } else if (!(g instanceof Point)) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry part = g.getGeometryN(i);
                if (part != g) {
                    append(part, path);
                }
            }
        }
    }

    private void ring(CoordinateSequence seq, Path2D.Double path, boolean close) {
        int n = seq.size();
        if (n == 0) {
            return;
        }
        path.moveTo(x(seq.getX(0)), y(seq.getY(0)));
        for (int i = 1; i < n; i++) {
            path.lineTo(x(seq.getX(i)), y(seq.getY(i)));
        }
        if (close) {
            path.closePath();
        }
    }

    static Coordinate anchor(Geometry g) {
        if (g instanceof Point p) {
            return p.getCoordinate();
        }
        return g.getInteriorPoint().getCoordinate();
    }
}
