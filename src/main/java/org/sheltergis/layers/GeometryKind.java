package org.sheltergis.layers;

/** Geometry types of published layers, with their names in OGC / GeoServer terms. */
public enum GeometryKind {
    POINT("Point"),
    POLYGON("Polygon"),
    MULTI_POLYGON("MultiPolygon");

    private final String ogcName;

    GeometryKind(String ogcName) {
        this.ogcName = ogcName;
    }

    public String ogcName() {
        return ogcName;
    }
}
