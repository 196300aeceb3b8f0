package org.sheltergis.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Reads the CRS a GeoJSON file declares in its (pre-RFC 7946) "crs" member. */
final class CrsNames {

    private static final Pattern EPSG = Pattern.compile(
            "(?i)^(?:EPSG:|urn:ogc:def:crs:EPSG:[0-9.]*:|http://www\\.opengis\\.net/def/crs/EPSG/0/)(\\d+)$");
    private static final Pattern CRS84 = Pattern.compile(
            "(?i)^(?:urn:ogc:def:crs:OGC:1\\.3:CRS84|CRS:84|http://www\\.opengis\\.net/def/crs/OGC/1\\.3/CRS84)$");

    private CrsNames() {}

    static Optional<Integer> declaredSrid(JsonNode root) {
        JsonNode name = root.path("crs").path("properties").path("name");
        if (name.isMissingNode() || name.isNull()) {
            return Optional.empty();
        }
        return Optional.of(parse(name.asString()));
    }

    static int parse(String name) {
        String n = name.trim();
        if (CRS84.matcher(n).matches()) {
            return 4326;
        }
        Matcher m = EPSG.matcher(n);
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        throw new IllegalArgumentException("the file declares a CRS this import does not understand: '" + name
                + "' (use an EPSG code, e.g. EPSG:4549)");
    }
}
