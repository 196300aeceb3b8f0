package org.sheltergis.sample;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * A local equirectangular projection around central Nantong, in metres.
 *
 * <p>It is affine in lon/lat, so straight lines stay straight and "inside" in metres means "inside" in degrees:
 * what the generator checks in metres holds exactly for the stored EPSG:4326 geometry. Over the 40 km of
 * 崇川区 lengths differ from EPSG:4549 by less than 0.2 %, which is well inside what the sample needs.
 */
final class LocalProjection {

    static final double LON0 = 120.90;
    static final double LAT0 = 31.97;

    // Radii of curvature of the CGCS2000 / WGS84 ellipsoid at LAT0, so a metre here is a metre on the ground.
    private static final double A = 6378137.0;
    private static final double E2 = 0.00669438002290;
    static final double METRES_PER_DEG_LON;
    static final double METRES_PER_DEG_LAT;

    static {
        double phi = StrictMath.toRadians(LAT0);
        double w = 1 - E2 * StrictMath.sin(phi) * StrictMath.sin(phi);
        double n = A / StrictMath.sqrt(w);
        double m = A * (1 - E2) / (w * StrictMath.sqrt(w));
        METRES_PER_DEG_LON = n * StrictMath.cos(phi) * StrictMath.PI / 180.0;
        METRES_PER_DEG_LAT = m * StrictMath.PI / 180.0;
    }

    private LocalProjection() {}

    static double x(double lon) {
        return (lon - LON0) * METRES_PER_DEG_LON;
    }

    static double y(double lat) {
        return (lat - LAT0) * METRES_PER_DEG_LAT;
    }

    static double lon(double x) {
        return LON0 + x / METRES_PER_DEG_LON;
    }

    static double lat(double y) {
        return LAT0 + y / METRES_PER_DEG_LAT;
    }

    static Coordinate toMetres(double lon, double lat) {
        return new Coordinate(x(lon), y(lat));
    }

    /** A copy of a lon/lat geometry in local metres. */
    static Geometry toMetres(Geometry lonLat) {
        Geometry copy = lonLat.copy();
        copy.apply(new Mapper(true));
        copy.geometryChanged();
        return copy;
    }

    /** A copy of a local-metre geometry in lon/lat (EPSG:4326). */
    static Geometry toLonLat(Geometry metres) {
        Geometry copy = metres.copy();
        copy.apply(new Mapper(false));
        copy.geometryChanged();
        copy.setSRID(4326);
        return copy;
    }

    private static final class Mapper implements CoordinateSequenceFilter {
        private final boolean forward;

        Mapper(boolean forward) {
            this.forward = forward;
        }

        @Override
        public void filter(CoordinateSequence seq, int i) {
            double a = seq.getX(i);
            double b = seq.getY(i);
            seq.setOrdinate(i, 0, forward ? x(a) : lon(a));
            seq.setOrdinate(i, 1, forward ? y(b) : lat(b));
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
