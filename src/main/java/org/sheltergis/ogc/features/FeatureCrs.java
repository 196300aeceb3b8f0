package org.sheltergis.ogc.features;

import java.util.List;
import java.util.Optional;

/**
 * The coordinate reference systems the API serves and takes (OGC API – Features Part 2), each with its axis order as
 * its definition gives it: CRS84 and EPSG:3857 easting/longitude first; EPSG:4326 and EPSG:4490 latitude first;
 * EPSG:4549 (CGCS2000 / 3-degree Gauss-Kruger CM 120E, the zone of Nantong's surveys) northing first, in metres.
 * PostGIS always orders x = easting, so a north-first CRS is flipped after the transform ({@code ST_FlipCoordinates}).
 *
 * @param decimals the decimals written: 7 in degrees (about a centimetre), 3 in metres (a millimetre)
 */
record FeatureCrs(String uri, int srid, boolean northFirst, int decimals) {

    static final FeatureCrs CRS84 = new FeatureCrs("http://www.opengis.net/def/crs/OGC/1.3/CRS84", 4326, false, 7);
    static final FeatureCrs EPSG_4326 = new FeatureCrs("http://www.opengis.net/def/crs/EPSG/0/4326", 4326, true, 7);
    static final FeatureCrs EPSG_4490 = new FeatureCrs("http://www.opengis.net/def/crs/EPSG/0/4490", 4490, true, 7);
    static final FeatureCrs EPSG_4549 = new FeatureCrs("http://www.opengis.net/def/crs/EPSG/0/4549", 4549, true, 3);
    static final FeatureCrs EPSG_3857 = new FeatureCrs("http://www.opengis.net/def/crs/EPSG/0/3857", 3857, false, 3);

    /** Every CRS served, the default (and storage CRS: the register keeps lon/lat) first. */
    static final List<FeatureCrs> ALL = List.of(CRS84, EPSG_4326, EPSG_4490, EPSG_4549, EPSG_3857);

    /** The URIs of every CRS served, as the collections list them. */
    static List<String> uris() {
        return ALL.stream().map(FeatureCrs::uri).toList();
    }

    /**
     * The CRS a parameter names: its URI, or the short forms {@code EPSG:4549} and {@code [EPSG:4549]} (safe CURIE) that
     * clients such as GDAL also send; {@code OGC:CRS84} is CRS84.
     */
    static Optional<FeatureCrs> find(String text) {
        String t = text.trim();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        if (t.equalsIgnoreCase("OGC:CRS84") || t.equalsIgnoreCase("CRS:84")) {
            return Optional.of(CRS84);
        }
        if (t.toUpperCase().startsWith("EPSG:")) {
            t = "http://www.opengis.net/def/crs/EPSG/0/" + t.substring(5);
        }
        String uri = t.replaceFirst("^https://", "http://");
        return ALL.stream().filter(c -> c.uri.equals(uri)).findFirst();
    }

    /** The {@code Content-Crs} header value: the URI in angle brackets. */
    String header() {
        return "<" + uri + ">";
    }

    /** SQL that turns the layer's lon/lat geometry {@code column} into this CRS with its axis order. */
    String outputSql(String column) {
        String transformed = srid == 4326 ? column : "ST_Transform(" + column + ", " + srid + ")";
        return northFirst ? "ST_FlipCoordinates(" + transformed + ")" : transformed;
    }

    /** SQL that turns a geometry {@code expression} written in this CRS (its axis order) into the layers' lon/lat. */
    String inputSql(String expression) {
        String srs = "ST_SetSRID(" + (northFirst ? "ST_FlipCoordinates(" + expression + ")" : expression) + ", " + srid
                + ")";
        return srid == 4326 ? srs : "ST_Transform(" + srs + ", 4326)";
    }

    boolean geographic() {
        return srid == 4326 || srid == 4490;
    }
}
