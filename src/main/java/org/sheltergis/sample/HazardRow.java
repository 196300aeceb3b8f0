package org.sheltergis.sample;

import org.locationtech.jts.geom.Point;

/** A store of dangerous goods; geometry in local metres. */
record HazardRow(long id, String name, String kind, double clearanceM, Point at) {

    boolean toxic() {
        return "toxic".equals(kind);
    }
}
