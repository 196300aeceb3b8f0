package org.sheltergis.editing;

import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.SqlFiles;
import org.sheltergis.security.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Peacetime parking of a work: opening it for parking (version 0: no parking record yet), spaces and EV chargers.
 * Opening a work for parking also sets its peacetime use to parking (audited as a change of the work).
 */
@Service
public class ParkingEditor {

    private final JdbcClient jdbc;
    private final WorkStates states;
    private final AuditLog audit;
    private final double m2PerSpace;

    ParkingEditor(JdbcClient jdbc, WorkStates states, AuditLog audit, EditSettings settings) {
        this.jdbc = jdbc;
        this.states = states;
        this.audit = audit;
        this.m2PerSpace = settings.minM2PerParkingSpace();
    }

    /** Opens or changes the work's parking; the edit's version is the parking record's (0 when there is none). */
    @Transactional
    public JsonNode update(long id, ParkingEdit edit) {
        int version = edit.version();
        Integer total = range("total_spaces", edit.totalSpaces(), 0, 100_000);
        if (total == null) {
            throw new BadRequestException("total_spaces", "total_spaces is required");
        }
        int publicSpaces = orZero(range("public_spaces", edit.publicSpaces(), 0, 100_000));
        Integer free = range("free_spaces", edit.freeSpaces(), 0, 100_000);
        int installed = orZero(range("ev_chargers_installed", edit.evChargersInstalled(), 0, 10_000));
        int inService = orZero(range("ev_chargers_in_service", edit.evChargersInService(), 0, 10_000));
        Integer openedYear = range("opened_year", edit.openedYear(), 1950, 2100);
        String hours = EditText.clean(edit.openingHours());
        if (hours != null && hours.length() > 100) {
            throw new BadRequestException("opening_hours", "opening_hours must be at most 100 characters");
        }
        if (publicSpaces > total) {
            throw new BadRequestException("public_spaces", "public_spaces must not exceed total_spaces");
        }
        if (free != null && free > total) {
            throw new BadRequestException("free_spaces", "free_spaces must not exceed total_spaces");
        }
        if (inService > installed) {
            throw new BadRequestException(
                    "ev_chargers_in_service", "ev_chargers_in_service must not exceed ev_chargers_installed");
        }
        if (installed > total) {
            throw new BadRequestException(
                    "ev_chargers_installed", "a work cannot have more EV chargers than parking spaces");
        }
        states.lock(id);
        JsonNode before = states.state(id);
        JsonNode area = before.path("work").path("building_area");
        if (!area.isNull() && !area.isMissingNode() && total > Math.floor(area.asDouble() / m2PerSpace)) {
            throw new BadRequestException(
                    "total_spaces",
                    total + " spaces do not fit in " + area.asDouble() + " m² of building area (at least " + m2PerSpace
                            + " m² per space)");
        }
        boolean exists =
                !before.path("parking").isNull() && !before.path("parking").isMissingNode();
        var sql = jdbc.sql(SqlFiles.load(exists ? "editing/update_parking.sql" : "editing/insert_parking.sql"))
                .param("id", id)
                .param("total", total)
                .param("public_spaces", publicSpaces)
                .param("free_spaces", free)
                .param("ev_installed", installed)
                .param("ev_in_service", inService)
                .param("hours", hours)
                .param("opened_year", openedYear)
                .param("actor", audit.actor());
        if (exists) {
            sql = sql.param("version", version);
        }
        int n = (!exists && version != 0) ? 0 : sql.update();
        if (n == 0) {
            throw new ConflictException(
                    "The parking of work " + id + " has changed since you read it; nothing was saved.", before);
        }
        int useChanged = jdbc.sql(SqlFiles.load("editing/set_peacetime_parking.sql"))
                .param("id", id)
                .param("actor", audit.actor())
                .update();
        JsonNode after = states.state(id);
        audit.recordJson(
                exists ? "update" : "create",
                "parking",
                Long.toString(id),
                states.part(before, "parking"),
                states.part(after, "parking"));
        if (useChanged > 0) {
            audit.recordJson(
                    "update", "work", Long.toString(id), states.part(before, "work"), states.part(after, "work"));
        }
        return after;
    }

    /** The value when it is given and in range; a 400 naming the field when it is out of range. */
    private static Integer range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new BadRequestException(field, field + " must be between " + min + " and " + max);
        }
        return value;
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }
}
