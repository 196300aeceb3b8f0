package org.sheltergis.tiles;

/**
 * The OGC WebMercatorQuad tile matrix set (EPSG:3857, 256 px tiles, origin top left, zoom z has 2^z × 2^z tiles):
 * the grid Leaflet, GDAL and QGIS ask tiles of. Pure arithmetic, shared by the WMS cache and OGC API – Tiles.
 */
public final class WebMercatorQuad {

    public static final String ID = "WebMercatorQuad";
    public static final String URI = "http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad";
    public static final String CRS = "http://www.opengis.net/def/crs/EPSG/0/3857";
    public static final double HALF = 20037508.342789244;
    public static final int TILE_SIZE = 256;
    public static final int MAX_ZOOM = 24;
    /** The scale denominator of zoom 0 (0.28 mm pixels). */
    public static final double SCALE_0 = 559082264.0287178;

    /** A tile of the grid: zoom, column (from the west), row (from the north). */
    public record TileId(int z, long x, long y) {
        public String path() {
            return z + "/" + y + "/" + x;
        }
    }

    private WebMercatorQuad() {}

    public static double tileSpan(int z) {
        return 2 * HALF / (1L << z);
    }

    /** The tile's box in EPSG:3857: min x, min y, max x, max y. */
    public static double[] bounds(TileId t) {
        double s = tileSpan(t.z());
        return new double[] {-HALF + t.x() * s, HALF - (t.y() + 1) * s, -HALF + (t.x() + 1) * s, HALF - t.y() * s};
    }

    /** Whether the tile exists in the grid. */
    public static boolean exists(TileId t) {
        long n = 1L << t.z();
        return t.z() >= 0 && t.z() <= MAX_ZOOM && t.x() >= 0 && t.x() < n && t.y() >= 0 && t.y() < n;
    }

    /**
     * The tile whose box this is (as Leaflet's tile layers ask: the box of a grid cell, to rounding), or null when the
     * box is not one cell of the grid.
     */
    public static TileId tileOf(double minX, double minY, double maxX, double maxY) {
        double width = maxX - minX;
        if (!(width > 0) || Math.abs((maxY - minY) - width) > width * 1e-6) {
            return null;
        }
        double zf = Math.log(2 * HALF / width) / Math.log(2);
        int z = (int) Math.round(zf);
        if (z < 0 || z > MAX_ZOOM || Math.abs(zf - z) > 1e-6) {
            return null;
        }
        double s = tileSpan(z);
        double xf = (minX + HALF) / s;
        double yf = (HALF - maxY) / s;
        long x = Math.round(xf);
        long y = Math.round(yf);
        if (Math.abs(xf - x) > 1e-4 || Math.abs(yf - y) > 1e-4) {
            return null;
        }
        TileId t = new TileId(z, x, y);
        return exists(t) ? t : null;
    }

    /** The tile's box grown by {@code marginPx} pixels on every side, in lon/lat (min lon, min lat, max lon, max lat). */
    public static double[] lonLatArea(TileId t, double marginPx) {
        double[] b = bounds(t);
        double m = tileSpan(t.z()) * marginPx / TILE_SIZE;
        return new double[] {
            lon(Math.max(b[0] - m, -HALF)), lat(Math.max(b[1] - m, -HALF)),
            lon(Math.min(b[2] + m, HALF)), lat(Math.min(b[3] + m, HALF))
        };
    }

    private static double lon(double x) {
        return x / HALF * 180;
    }

    private static double lat(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(y / HALF * Math.PI)));
    }
}
