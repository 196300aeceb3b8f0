package org.sheltergis.sample;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * 崇川区 in local metres, and where on it one can build.
 *
 * <p>The district boundary runs out into the Yangtze on its south-west side, so a strip along that shore is
 * treated as water: nobody lives there and nothing is placed there.
 */
final class CityArea {

    static final GeometryFactory METRIC = new GeometryFactory();

    /** Keep generated things this far inside the boundary, so they stay inside after rounding to EPSG:4326. */
    private static final double EDGE_MARGIN_M = 3.0;
    /** Width of the river strip measured from the south-western boundary. */
    private static final double RIVER_WIDTH_M = 3500.0;

    private static final double BLOCK_M = 500.0;

    // The boundary vertices of 崇川区 that lie in the Yangtze, south-east to north-west.
    private static final double[][] RIVER_SHORE = {
        {121.029574, 31.785708}, {120.996968, 31.78702}, {120.91793, 31.808144}, {120.89904, 31.81596},
        {120.88464, 31.828278}, {120.783342, 32.001138}, {120.772176, 32.006926}, {120.732972, 32.00846},
    };

    private final Geometry district;
    private final PreparedGeometry inner;
    private final PreparedGeometry whole;
    private final double[] shoreX;
    private final double[] shoreY;
    private final LineString shore;
    private final Envelope box;
    /** 500 m blocks: 1 = wholly inside the (inner) district, 2 = not, 0 = not yet known. */
    private final byte[] blocks;

    private final long bx0;
    private final long by0;
    private final int bnx;
    private final int bny;

    CityArea(District main) {
        this.district = LocalProjection.toMetres(main.geom());
        this.inner = PreparedGeometryFactory.prepare(district.buffer(-EDGE_MARGIN_M));
        this.whole = PreparedGeometryFactory.prepare(district);
        Coordinate[] pts = new Coordinate[RIVER_SHORE.length];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = LocalProjection.toMetres(RIVER_SHORE[i][0], RIVER_SHORE[i][1]);
        }
        this.shore = METRIC.createLineString(pts);
        this.shoreX = new double[pts.length];
        this.shoreY = new double[pts.length];
        for (int i = 0; i < pts.length; i++) {
            shoreX[i] = pts[i].x;
            shoreY[i] = pts[i].y;
        }
        this.box = district.getEnvelopeInternal();
        this.bx0 = (long) Math.floor(box.getMinX() / BLOCK_M);
        this.by0 = (long) Math.floor(box.getMinY() / BLOCK_M);
        this.bnx = (int) ((long) Math.ceil(box.getMaxX() / BLOCK_M) - bx0);
        this.bny = (int) ((long) Math.ceil(box.getMaxY() / BLOCK_M) - by0);
        this.blocks = new byte[bnx * bny];
    }

    Geometry district() {
        return district;
    }

    Envelope envelope() {
        return box;
    }

    /** Whether a point is on dry land inside the district (away from the edge). */
    boolean onLand(double x, double y) {
        return distanceToShore(x, y) > RIVER_WIDTH_M
                && (inBlockInside(x, y, x, y) || inner.contains(METRIC.createPoint(new Coordinate(x, y))));
    }

    /** Whether the axis-parallel square lies inside the district; the common case answered from the block mask. */
    boolean squareInside(double x0, double y0, double size) {
        return inBlockInside(x0, y0, x0 + size, y0 + size) || inner.contains(PopulationGrid.square(x0, y0, size));
    }

    /** True when the box lies in one 500 m block known to be wholly inside; false means "ask the polygon". */
    private boolean inBlockInside(double xa, double ya, double xb, double yb) {
        long i = (long) Math.floor(xa / BLOCK_M);
        long j = (long) Math.floor(ya / BLOCK_M);
        if (i != (long) Math.floor(xb / BLOCK_M) || j != (long) Math.floor(yb / BLOCK_M)) {
            return false;
        }
        int k = (int) ((j - by0) * bnx + (i - bx0));
        if (i < bx0 || j < by0 || i - bx0 >= bnx || j - by0 >= bny) {
            return false;
        }
        if (blocks[k] == 0) {
            blocks[k] = inner.contains(PopulationGrid.square(i * BLOCK_M, j * BLOCK_M, BLOCK_M)) ? (byte) 1 : 2;
        }
        return blocks[k] == 1;
    }

    /** Whether a whole geometry lies on dry land inside the district. */
    boolean onLand(Geometry g) {
        return inner.contains(g) && shore.distance(g) > RIVER_WIDTH_M;
    }

    /** Whether a geometry lies inside the district (water included), with the edge margin. */
    boolean insideDistrict(Geometry g) {
        return inner.contains(g);
    }

    boolean touchesDistrict(Geometry g) {
        return whole.intersects(g);
    }

    /** Distance to the shore line; hand-written because it runs for every population cell. */
    double distanceToShore(double x, double y) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i + 1 < shoreX.length; i++) {
            double dx = shoreX[i + 1] - shoreX[i];
            double dy = shoreY[i + 1] - shoreY[i];
            double t = ((x - shoreX[i]) * dx + (y - shoreY[i]) * dy) / (dx * dx + dy * dy);
            t = Math.max(0, Math.min(1, t));
            double ex = shoreX[i] + t * dx - x;
            double ey = shoreY[i] + t * dy - y;
            best = Math.min(best, ex * ex + ey * ey);
        }
        return Math.sqrt(best);
    }
}
