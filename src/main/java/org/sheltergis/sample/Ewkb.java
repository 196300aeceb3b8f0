package org.sheltergis.sample;

/**
 * Hex EWKB for the one shape written by the million: an axis-parallel lon/lat rectangle. Writing the bytes
 * directly is several times faster than building a JTS polygon per population cell; the output is the same
 * little-endian EWKB (Polygon, SRID 4326) that JTS would write.
 */
final class Ewkb {

    // byte order 01 (little endian), type 3 (Polygon) | 0x20000000 (has SRID), SRID 4326, 1 ring, 5 points
    private static final String RECTANGLE_HEADER = "01" + "03000020" + "E6100000" + "01000000" + "05000000";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Ewkb() {}

    static String rectangle(double lon0, double lat0, double lon1, double lat1) {
        StringBuilder sb = new StringBuilder(RECTANGLE_HEADER.length() + 10 * 16);
        sb.append(RECTANGLE_HEADER);
        double[] ring = {lon0, lat0, lon1, lat0, lon1, lat1, lon0, lat1, lon0, lat0};
        for (double v : ring) {
            long bits = Double.doubleToLongBits(v);
            for (int i = 0; i < 8; i++) {
                int b = (int) (bits >>> (8 * i)) & 0xff;
                sb.append(HEX[b >>> 4]).append(HEX[b & 0xf]);
            }
        }
        return sb.toString();
    }
}
