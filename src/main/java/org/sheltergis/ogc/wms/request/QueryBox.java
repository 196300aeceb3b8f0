package org.sheltergis.ogc.wms.request;

import org.locationtech.jts.geom.Envelope;

/**
 * The box a map's features are looked up in: the map box plus a margin, kept inside the range where the CRS can be
 * transformed back to lon/lat (a world-wide EPSG:3857 request beyond the poles would otherwise fail in PostGIS).
 */
public final class QueryBox {

    private static final double MERCATOR_LIMIT = 20037508.342789244;

    private QueryBox() {}

    public static Envelope clamp(Crs crs, Envelope bbox, double margin) {
        Envelope e = new Envelope(bbox);
        e.expandBy(margin);
        double minX;
        double maxX;
        double minY;
        double maxY;
        if (crs.geographic()) {
            minX = -180;
            maxX = 180;
            minY = -90;
            maxY = 90;
        } else if (crs.srid() == 3857) {
            minX = -MERCATOR_LIMIT;
            maxX = MERCATOR_LIMIT;
            minY = -MERCATOR_LIMIT;
            maxY = MERCATOR_LIMIT;
        } else {
            // Gauss-Krüger 3-degree zone: easting from the false easting 500 km; keep within a few zones' width.
            minX = -1_000_000;
            maxX = 2_000_000;
            minY = -1_000_000;
            maxY = 10_000_000;
        }
        Envelope out = new Envelope(
                Math.max(e.getMinX(), minX),
                Math.min(e.getMaxX(), maxX),
                Math.max(e.getMinY(), minY),
                Math.min(e.getMaxY(), maxY));
        if (out.getWidth() <= 0 || out.getHeight() <= 0) {
            return new Envelope(minX, minX, minY, minY);
        }
        return out;
    }
}
