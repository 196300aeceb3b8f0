package org.sheltergis.sample;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/** Writes the register: districts, works and the tables hanging off them. */
final class RegisterWriter {

    static final String CHANGED_BY = "sample";

    private final CopyWriter out;
    private final OffsetDateTime changedAt;

    /** @param changedAt a fixed time stamp, so the same seed gives the same rows, time stamps included. */
    RegisterWriter(CopyWriter out, OffsetDateTime changedAt) {
        this.out = out;
        this.changedAt = changedAt;
    }

    void districts(List<District> districts) throws SQLException {
        out.copy("core.districts", "code, name_zh, name_en, main_urban, geom", w -> {
            for (District d : districts) {
                w.value(d.code())
                        .value(d.nameZh())
                        .value(d.nameEn())
                        .value(d.mainUrban())
                        .value(d.geom());
                w.endRow();
            }
        });
    }

    void works(List<WorkRow> works) throws SQLException {
        out.copy(
                "core.works",
                "id, code, name, function, protection_level, chemical_grade, construction_mode, "
                        + "district_code, address, footprint, building_area, protected_area, sheltering_area, capacity, "
                        + "completion_year, status, managing_unit, public_shelter, wheelchair_accessible, peacetime_use, "
                        + "open_status, changed_at, changed_by",
                w -> {
                    for (WorkRow r : works) {
                        Geometry footprint = DistrictLoader.asMulti(LocalProjection.toLonLat(r.footprint));
                        w.value(r.id)
                                .value(r.code)
                                .value(r.name)
                                .value(r.function)
                                .value(r.protectionLevel)
                                .value(r.chemicalGrade)
                                .value(r.constructionMode)
                                .value(DistrictLoader.MAIN_URBAN_CODE)
                                .value(r.address)
                                .value(footprint)
                                .value(r.buildingArea)
                                .value(r.protectedArea)
                                .value(r.shelteringArea)
                                .value(r.capacity)
                                .value(r.completionYear)
                                .value(r.status)
                                .value(r.managingUnit)
                                .value(r.publicShelter)
                                .value(r.wheelchairAccessible)
                                .value(r.peacetimeUse)
                                .value(r.openStatus)
                                .value(changedAt)
                                .value(CHANGED_BY);
                        w.endRow();
                    }
                });
    }

    long entrances(List<WorkRow> works) throws SQLException {
        long[] id = {0};
        out.copy("core.entrances", "id, work_id, kind, accessible, geom", w -> {
            for (WorkRow r : works) {
                for (WorkRow.Entrance e : r.entrances) {
                    Geometry at = LocalProjection.toLonLat(CityArea.METRIC.createPoint(e.at()));
                    w.value(++id[0])
                            .value(r.id)
                            .value(e.kind())
                            .value(e.accessible())
                            .value(at);
                    w.endRow();
                }
            }
        });
        return id[0];
    }

    long parking(List<WorkRow> works) throws SQLException {
        return out.copy(
                "core.parking",
                "work_id, total_spaces, public_spaces, free_spaces, free_spaces_at, "
                        + "ev_chargers_installed, ev_chargers_in_service, opening_hours, opened_year, changed_at, changed_by",
                w -> {
                    for (WorkRow r : works) {
                        WorkRow.Parking p = r.parking;
                        if (p == null) {
                            continue;
                        }
                        w.value(r.id)
                                .value(p.totalSpaces())
                                .value(p.publicSpaces())
                                .value(p.freeSpaces())
                                .value(p.freeSpaces() == null ? null : changedAt)
                                .value(p.evInstalled())
                                .value(p.evInService())
                                .value(p.openingHours())
                                .value(p.openedYear())
                                .value(changedAt)
                                .value(CHANGED_BY);
                        w.endRow();
                    }
                });
    }

    long signage(List<WorkRow> works) throws SQLException {
        return out.copy(
                "core.signage", "work_id, status, year_upgraded, last_inspection, note, changed_at, changed_by", w -> {
                    for (WorkRow r : works) {
                        WorkRow.Signage s = r.signage;
                        if (s == null) {
                            continue;
                        }
                        w.value(r.id)
                                .value(s.status())
                                .value(s.yearUpgraded())
                                .value(s.lastInspection())
                                .value(s.note())
                                .value(changedAt)
                                .value(CHANGED_BY);
                        w.endRow();
                    }
                });
    }
}
