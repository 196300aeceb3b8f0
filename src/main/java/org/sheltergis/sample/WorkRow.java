package org.sheltergis.sample;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * One generated work with everything that goes into core.works and its dependent tables. Mutable because it
 * is filled in steps (placing, profiling, campaign facts); it never leaves this package.
 */
final class WorkRow {

    record Entrance(String kind, boolean accessible, Coordinate at) {}

    record Parking(
            int totalSpaces,
            int publicSpaces,
            Integer freeSpaces,
            int evInstalled,
            int evInService,
            String openingHours,
            int openedYear) {}

    record Signage(String status, Integer yearUpgraded, java.time.LocalDate lastInspection, String note) {}

    final long id;
    final Polygon footprint;
    final double buildingArea;

    String code;
    String name;
    String function;
    String protectionLevel;
    String chemicalGrade;
    String constructionMode;
    String address;
    double protectedArea;
    double shelteringArea;
    Integer capacity;
    Integer completionYear;
    String status;
    String managingUnit;
    boolean publicShelter;
    boolean wheelchairAccessible;
    String peacetimeUse;
    String openStatus;
    final List<Entrance> entrances = new ArrayList<>();
    Parking parking;
    Signage signage;

    WorkRow(long id, Polygon footprint) {
        this.id = id;
        this.footprint = footprint;
        // Rounded as the column stores it, so every later ratio is computed from the stored value.
        this.buildingArea = Math.round(footprint.getArea() * 10) / 10.0;
    }

    boolean personnel() {
        return "personnel_1".equals(function) || "personnel_2".equals(function);
    }

    boolean inService() {
        return "in_service".equals(status);
    }

    /** A public personnel shelter in service: what pub.shelters shows. */
    boolean publicInService() {
        return publicShelter && personnel() && inService();
    }
}
