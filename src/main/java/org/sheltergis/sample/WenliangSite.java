package org.sheltergis.sample;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * The old-town gap around 文亮小学 (Wenliang Primary School).
 *
 * <p>In 2021 the office used relocation fees to build a work under this school's playground and the pocket park
 * beside it, chosen because the old town was dense and had no shelter nearby. The sample rebuilds that
 * situation: dense housing, no work of any kind near the school, and the two sites side by side.
 */
final class WenliangSite {

    static final double LON = 120.8742;
    static final double LAT = 32.0143;

    /** No work may come closer than this to the playground (the brief promises 350 m; keep a margin). */
    static final double NO_WORK_RADIUS_M = 430.0;
    /** Other candidate sites stay this far away, so they do not compete for the same people. */
    static final double OTHER_SITES_RADIUS_M = 900.0;

    private static final double ROTATION_DEG = 14.0;
    private static final double PLAYGROUND_LENGTH_M = 112.0;
    private static final double PLAYGROUND_WIDTH_M = 68.0;
    private static final double PARK_LENGTH_M = 72.0;

    private WenliangSite() {}

    static double x() {
        return LocalProjection.x(LON);
    }

    static double y() {
        return LocalProjection.y(LAT);
    }

    /** The playground: a rotated rectangle, in local metres. */
    static Polygon playground() {
        double h = PLAYGROUND_WIDTH_M / 2;
        double l = PLAYGROUND_LENGTH_M / 2;
        return rectangle(-l, -h, l, h);
    }

    /**
     * The pocket park: it continues the playground eastwards and shares its whole eastern side (the same two
     * corner points), so the two touch exactly along one edge and neither overlaps the other. Stretching away
     * from the playground rather than along it lets the park reach people the playground alone would not.
     */
    static Polygon pocketPark() {
        double h = PLAYGROUND_WIDTH_M / 2;
        double l = PLAYGROUND_LENGTH_M / 2;
        return rectangle(l, -h, l + PARK_LENGTH_M, h);
    }

    private static Polygon rectangle(double x0, double y0, double x1, double y1) {
        double[][] corners = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
        double a = StrictMath.toRadians(ROTATION_DEG);
        double cos = StrictMath.cos(a);
        double sin = StrictMath.sin(a);
        Coordinate[] ring = new Coordinate[corners.length];
        for (int i = 0; i < corners.length; i++) {
            double u = corners[i][0];
            double v = corners[i][1];
            ring[i] = new Coordinate(x() + u * cos - v * sin, y() + u * sin + v * cos);
        }
        return CityArea.METRIC.createPolygon(ring);
    }
}
