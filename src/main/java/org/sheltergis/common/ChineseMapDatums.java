package org.sheltergis.common;

/**
 * The two datums of Chinese web maps, and the way back to WGS84 / CGCS2000 (which agree to well under a metre
 * here, so the register stores either as EPSG:4490/4326 without a transform). GCJ-02 is the published forward
 * formula on the Krasovsky 1940 ellipsoid, used by AMap (高德) and Tencent; BD-09 is Baidu's further shift and
 * rotation of GCJ-02. Neither has a closed-form inverse for GCJ-02, so {@link #gcj02ToWgs84} iterates the forward
 * formula until it is below a millimetre. Outside mainland China both are the identity, as the map apps treat them.
 *
 * <p>One Java definition: the register import reads coordinates picked from these maps, and the nearest-shelter
 * answer builds the navigation hand-off links from it. The public page's tile shift ({@code web/js/gcj02.js}) is
 * the same formula in the browser, checked against the same known conversions (ChineseMapDatumsTest and
 * PublicMapBrowserTest).
 */
public final class ChineseMapDatums {

    private static final double KRASOVSKY_A = 6_378_245.0;
    private static final double KRASOVSKY_EE = 0.00669342162296594323;
    private static final double BAIDU_X_PI = Math.PI * 3000.0 / 180.0;

    private ChineseMapDatums() {}

    /** A longitude/latitude pair in degrees. */
    public record LonLat(double lon, double lat) {}

    /** True where the Chinese datums apply (mainland China's rough bounding box, as the apps use it). */
    public static boolean insideChina(double lon, double lat) {
        return lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
    }

    public static LonLat wgs84ToGcj02(double lon, double lat) {
        if (!insideChina(lon, lat)) {
            return new LonLat(lon, lat);
        }
        double dLat = shiftLat(lon - 105.0, lat - 35.0);
        double dLon = shiftLon(lon - 105.0, lat - 35.0);
        double radLat = Math.toRadians(lat);
        double magic = 1 - KRASOVSKY_EE * Math.sin(radLat) * Math.sin(radLat);
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (KRASOVSKY_A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new LonLat(lon + dLon, lat + dLat);
    }

    /** The inverse of {@link #wgs84ToGcj02} by fixed-point iteration (converges to &lt; 1 mm in a few steps). */
    public static LonLat gcj02ToWgs84(double lon, double lat) {
        if (!insideChina(lon, lat)) {
            return new LonLat(lon, lat);
        }
        double x = lon;
        double y = lat;
        for (int i = 0; i < 10; i++) {
            LonLat shifted = wgs84ToGcj02(x, y);
            double dx = shifted.lon() - lon;
            double dy = shifted.lat() - lat;
            x -= dx;
            y -= dy;
            if (Math.abs(dx) < 1e-10 && Math.abs(dy) < 1e-10) {
                break;
            }
        }
        return new LonLat(x, y);
    }

    public static LonLat gcj02ToBd09(double lon, double lat) {
        double z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * BAIDU_X_PI);
        double theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * BAIDU_X_PI);
        return new LonLat(z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006);
    }

    /** Baidu's published inverse (accurate to a few centimetres, which is what Baidu's own tools give). */
    public static LonLat bd09ToGcj02(double lon, double lat) {
        double x = lon - 0.0065;
        double y = lat - 0.006;
        double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * BAIDU_X_PI);
        double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * BAIDU_X_PI);
        return new LonLat(z * Math.cos(theta), z * Math.sin(theta));
    }

    public static LonLat wgs84ToBd09(double lon, double lat) {
        LonLat gcj = wgs84ToGcj02(lon, lat);
        return gcj02ToBd09(gcj.lon(), gcj.lat());
    }

    public static LonLat bd09ToWgs84(double lon, double lat) {
        LonLat gcj = bd09ToGcj02(lon, lat);
        return gcj02ToWgs84(gcj.lon(), gcj.lat());
    }

    private static double shiftLat(double x, double y) {
        double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return r;
    }

    private static double shiftLon(double x, double y) {
        double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return r;
    }
}
