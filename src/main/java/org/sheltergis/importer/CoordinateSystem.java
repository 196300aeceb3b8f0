package org.sheltergis.importer;

import java.util.Locale;

/**
 * The coordinate system of a workbook's coordinates: an EPSG system PostGIS transforms (CGCS2000 Gauss–Krüger metres,
 * CGCS2000 or WGS84 degrees), or one of the Chinese web-map datums (GCJ-02, BD-09) that {@code ChineseMapDatums}
 * converts. Named by the user ({@code --crs}) or detected from the value ranges ({@link #detect}); the report says
 * which, and why.
 *
 * @param srid      the EPSG code for PostGIS (4326 for the web-map datums, whose degrees are converted in Java)
 * @param datum     {@code epsg}, {@code gcj02} or {@code bd09}
 * @param northingFirst true when the first coordinate column (X) holds the northing / latitude — the Chinese surveying
 *                  habit of calling the north axis X
 */
record CoordinateSystem(int srid, String datum, boolean northingFirst, String zh, String en) {

    boolean degrees() {
        return srid == 4490 || srid == 4326;
    }

    CoordinateSystem withNorthingFirst(boolean first) {
        String note = first ? "；X 列为北坐标（测量习惯）" : "";
        String noteEn = first ? "; the X column holds the northing (the surveying habit)" : "";
        return new CoordinateSystem(srid, datum, first, zh + note, en + noteEn);
    }

    /** A system as the user names it: EPSG:4549, 4549, cgcs2000, wgs84, gcj02, bd09. */
    static CoordinateSystem named(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return switch (n) {
            case "gcj02", "amap", "gaode", "tencent" -> gcj02();
            case "bd09", "baidu" -> bd09();
            case "cgcs2000", "4490", "epsg:4490" -> epsg(4490);
            case "wgs84", "4326", "epsg:4326" -> epsg(4326);
            default -> {
                String digits = n.startsWith("epsg:") ? n.substring(5) : n;
                if (!digits.matches("\\d{4,6}")) {
                    throw new IllegalArgumentException(
                            "--crs " + name + ": name an EPSG code (e.g. EPSG:4549), cgcs2000, wgs84, gcj02 or bd09");
                }
                yield epsg(Integer.parseInt(digits));
            }
        };
    }

    static CoordinateSystem gcj02() {
        return new CoordinateSystem(4326, "gcj02", false, "GCJ-02（高德/腾讯地图坐标）", "GCJ-02 (AMap / Tencent)");
    }

    static CoordinateSystem bd09() {
        return new CoordinateSystem(4326, "bd09", false, "BD-09（百度地图坐标）", "BD-09 (Baidu)");
    }

    static CoordinateSystem epsg(int srid) {
        String what = switch (srid) {
            case 4490 -> "CGCS2000 经纬度";
            case 4326 -> "WGS84 经纬度";
            case 4549 -> "CGCS2000 3度带高斯-克吕格 中央经线120°E";
            case 4528 -> "CGCS2000 3度带高斯-克吕格 第40带（带号前缀）";
            case 4510 -> "CGCS2000 6度带高斯-克吕格 中央经线123°E";
            case 4499 -> "CGCS2000 6度带高斯-克吕格 第21带（带号前缀）";
            default -> "EPSG:" + srid;
        };
        String whatEn = switch (srid) {
            case 4490 -> "CGCS2000 longitude/latitude";
            case 4326 -> "WGS84 longitude/latitude";
            case 4549 -> "CGCS2000 / 3-degree Gauss-Kruger CM 120E";
            case 4528 -> "CGCS2000 / 3-degree Gauss-Kruger zone 40 (zone prefix)";
            case 4510 -> "CGCS2000 / 6-degree Gauss-Kruger CM 123E";
            case 4499 -> "CGCS2000 / 6-degree Gauss-Kruger zone 21 (zone prefix)";
            default -> "EPSG:" + srid;
        };
        return new CoordinateSystem(srid, "epsg", false, what + "（EPSG:" + srid + "）", whatEn + " (EPSG:" + srid + ")");
    }

    /**
     * The system one pair of values is in, judged from Nantong's ranges (about 120.2–121.95°E, 31.6–32.7°N), or null
     * when the pair fits none. Degrees cannot tell CGCS2000 from GCJ-02 or BD-09 (they differ by a few hundred
     * metres): degrees are CGCS2000 unless the headers say 高德/百度 or the user names the datum.
     */
    static CoordinateSystem detect(double first, double second, String degreesDatum) {
        if (inLon(first) && inLat(second)) {
            return degrees(degreesDatum, false);
        }
        if (inLat(first) && inLon(second)) {
            return degrees(degreesDatum, true);
        }
        if (northing(second) && easting(first) != 0) {
            return epsg(easting(first));
        }
        if (northing(first) && easting(second) != 0) {
            return epsg(easting(second)).withNorthingFirst(true);
        }
        return null;
    }

    private static CoordinateSystem degrees(String datum, boolean latFirst) {
        CoordinateSystem cs = switch (datum) {
            case "gcj02" -> gcj02();
            case "bd09" -> bd09();
            default -> epsg(4490);
        };
        return latFirst ? cs.withNorthingFirst(true) : cs;
    }

    private static boolean inLon(double v) {
        return v >= 119.5 && v <= 122.5;
    }

    private static boolean inLat(double v) {
        return v >= 31.0 && v <= 33.3;
    }

    private static boolean northing(double v) {
        return v >= 3_400_000 && v <= 3_700_000;
    }

    /** The EPSG code an easting in Nantong belongs to, or 0: with or without the zone number in front. */
    private static int easting(double v) {
        if (v >= 40_300_000 && v <= 40_800_000) {
            return 4528;
        }
        if (v >= 21_100_000 && v <= 21_500_000) {
            return 4499;
        }
        if (v >= 450_000 && v <= 750_000) {
            return 4549;
        }
        if (v >= 150_000 && v < 450_000) {
            return 4510;
        }
        return 0;
    }
}
