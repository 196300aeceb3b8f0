package org.sheltergis.sample;

import org.locationtech.jts.geom.Polygon;

/**
 * A candidate site for a new work; geometry in local metres. {@code trap} names the exclusion rule the site
 * was made to fail (null for an ordinary site); it is not stored, the analyses must find it themselves.
 */
record SiteRow(
        long id,
        String code,
        String kind,
        String name,
        double buildableArea,
        double unitCost,
        Double cost,
        Polygon geom,
        String trap) {

    double area() {
        return geom.getArea();
    }
}
