package org.sheltergis.ogc.wms.request;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sheltergis.ogc.wms.WmsVersion;

/**
 * A coordinate reference system the WMS draws in. {@code northFirst} says whether WMS 1.3.0 orders its axes
 * northing/latitude first (the EPSG axis order); WMS 1.1.1 and CRS:84 are always easting/longitude first.
 *
 * @param code the identifier as published
 * @param srid the PostGIS SRID the geometry is transformed to
 * @param geographic whether the units are degrees (scale is then reckoned with the OGC 111,319.49 m per degree)
 */
public record Crs(String code, int srid, boolean northFirst, boolean geographic) {

    public static final Crs CRS84 = new Crs("CRS:84", 4326, false, true);
    static final Crs EPSG_4326 = new Crs("EPSG:4326", 4326, true, true);
    static final Crs EPSG_4490 = new Crs("EPSG:4490", 4490, true, true);
    static final Crs EPSG_3857 = new Crs("EPSG:3857", 3857, false, false);
    static final Crs EPSG_4549 = new Crs("EPSG:4549", 4549, true, false);

    /** Published order: the first is the one layer extents are given in. */
    public static final List<Crs> ALL = List.of(EPSG_4326, CRS84, EPSG_4490, EPSG_3857, EPSG_4549);

    /** Metres per degree at the equator, the constant OGC scale denominators use for geographic CRS. */
    static final double METRES_PER_DEGREE = 6378137.0 * 2 * Math.PI / 360;

    public static Optional<Crs> find(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.equals("EPSG:900913") || t.equals("EPSG:102100") || t.equals("EPSG:3785")) {
            return Optional.of(EPSG_3857);
        }
        if (t.startsWith("HTTP://WWW.OPENGIS.NET/DEF/CRS/EPSG/0/")) {
            t = "EPSG:" + t.substring(t.lastIndexOf('/') + 1);
        }
        String key = t;
        return ALL.stream().filter(c -> c.code.equals(key)).findFirst();
    }

    /** Whether a request of this version gives this CRS's coordinates northing first. */
    public boolean swapsAxes(WmsVersion version) {
        return version == WmsVersion.V1_3_0 && northFirst;
    }

    double metresPerUnit() {
        return geographic ? METRES_PER_DEGREE : 1.0;
    }
}
