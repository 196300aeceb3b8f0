package org.sheltergis.editing;

import java.util.Map;
import org.sheltergis.codes.CodeLists;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.ShelterProperties;
import org.sheltergis.common.SqlFiles;
import org.sheltergis.security.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Edits of a work's attributes, footprint and entrances. Each edit names the version it was based on; the update only
 * matches that version, so a concurrent edit makes it a 409 (with the current state) instead of a lost update. The
 * audit row goes in the same transaction.
 */
@Service
public class WorkEditor {

    private final JdbcClient jdbc;
    private final CodeLists codes;
    private final WorkStates states;
    private final Geometries geometries;
    private final AuditLog audit;
    private final double m2PerPerson;

    WorkEditor(
            JdbcClient jdbc,
            WorkStates states,
            Geometries geometries,
            AuditLog audit,
            ShelterProperties properties,
            CodeLists codes) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.states = states;
        this.geometries = geometries;
        this.audit = audit;
        this.m2PerPerson = properties.capacity().m2PerPerson();
    }

    @Transactional
    public JsonNode updateAttributes(long id, JsonNode json) {
        EditBody body = new EditBody(json);
        int version = body.version();
        states.lock(id);
        JsonNode before = states.state(id);
        Map<String, Object> p = attributes(body);
        p.put("id", id);
        p.put("version", version);
        p.put("actor", audit.actor());
        int n = jdbc.sql(SqlFiles.load("editing/update_attributes.sql"))
                .params(p)
                .update();
        return finish(n, id, "update", "work", before, "work");
    }

    @Transactional
    public JsonNode updateFootprint(long id, JsonNode json) {
        EditBody body = new EditBody(json);
        int version = body.version();
        String geojson = geometries.checkFootprint(body.required("geometry"), "geometry");
        states.lock(id);
        JsonNode before = states.state(id);
        int n = jdbc.sql(SqlFiles.load("editing/update_footprint.sql"))
                .param("geojson", geojson)
                .param("id", id)
                .param("version", version)
                .param("actor", audit.actor())
                .update();
        return finish(n, id, "footprint", "work", before, "footprint");
    }

    /** Replaces the work's entrances with the given list (an entrance with an id is moved, one without is added). */
    @Transactional
    public JsonNode replaceEntrances(long id, JsonNode json) {
        EditBody body = new EditBody(json);
        int version = body.version();
        JsonNode list = body.required("entrances");
        if (!list.isArray() || list.size() > 50) {
            throw new BadRequestException("entrances", "entrances must be a list of at most 50 entrances");
        }
        states.lock(id);
        JsonNode before = states.state(id);
        if (before.path("work").path("version").asInt() != version) {
            throw stale(id, before);
        }
        jdbc.sql(SqlFiles.load("editing/delete_entrances.sql")).param("id", id).update();
        for (int i = 0; i < list.size(); i++) {
            String field = "entrances[" + i + "]";
            EditBody e = new EditBody(list.get(i));
            Integer eid = e.integer("id", 1, Integer.MAX_VALUE);
            if (eid != null) {
                var owner = jdbc.sql(SqlFiles.load("editing/entrance_owner.sql"))
                        .param("eid", eid)
                        .query(Long.class)
                        .optional();
                if (owner.isPresent()) {
                    throw new BadRequestException(field + ".id", "entrance " + eid + " belongs to another work");
                }
            }
            String kind = e.code("kind", codes.codes("entrance_kind"));
            Double lon = e.number("lon", -180, 180);
            Double lat = e.number("lat", -90, 90);
            if (kind == null || lon == null || lat == null) {
                throw new BadRequestException(field, field + " needs kind, lon and lat");
            }
            geometries.checkEntrance(id, lon, lat, field);
            jdbc.sql(SqlFiles.load("editing/insert_entrance.sql"))
                    .param("eid", eid == null ? null : eid.longValue())
                    .param("id", id)
                    .param("kind", kind)
                    .param("accessible", Boolean.TRUE.equals(e.bool("accessible")))
                    .param("lon", lon)
                    .param("lat", lat)
                    .update();
        }
        int n = jdbc.sql(SqlFiles.load("editing/bump_work.sql"))
                .param("id", id)
                .param("version", version)
                .param("actor", audit.actor())
                .update();
        return finish(n, id, "entrances", "entrances", before, "entrances");
    }

    /** After the versioned update: 409 if it matched nothing, else the audit row and the new state. */
    private JsonNode finish(int updated, long id, String action, String objectType, JsonNode before, String part) {
        if (updated == 0) {
            throw stale(id, before);
        }
        JsonNode after = states.state(id);
        audit.recordJson(action, objectType, Long.toString(id), snapshot(before, part), snapshot(after, part));
        return after;
    }

    /** What the audit keeps of a state: the changed part, with the work's version it belongs to. */
    private String snapshot(JsonNode state, String part) {
        if (part.equals("work")) {
            return states.part(state, "work");
        }
        return states.write(Map.of(
                "work_id",
                state.path("work").path("id"),
                "version",
                state.path("work").path("version"),
                part,
                state.path(part)));
    }

    ConflictException stale(long id, JsonNode current) {
        return new ConflictException(
                "Work " + id + " has changed since version you edited (now version "
                        + current.path("work").path("version").asInt() + "); nothing was saved.",
                current);
    }

    private Map<String, Object> attributes(EditBody b) {
        var p = new java.util.HashMap<String, Object>();
        p.put("name", b.requiredText("name", 200));
        p.put("address", b.text("address", 300));
        String function = b.code("function", codes.codes("function"));
        p.put("function", require(function, "function"));
        p.put("protection_level", b.code("protection_level", codes.codes("protection_level")));
        p.put("chemical_grade", b.code("chemical_grade", codes.codes("chemical_grade")));
        p.put(
                "construction_mode",
                require(b.code("construction_mode", codes.codes("construction_mode")), "construction_mode"));
        String district = b.requiredText("district_code", 6);
        if (!district.matches("\\d{6}")) {
            throw new BadRequestException("district_code", "district_code must be a 6-digit adcode");
        }
        p.put("district_code", district);
        Double building = b.number("building_area", 0, 1e7);
        Double protectedArea = b.number("protected_area", 0, 1e7);
        Double sheltering = b.number("sheltering_area", 0, 1e7);
        if (building != null && protectedArea != null && protectedArea > building) {
            throw new BadRequestException("protected_area", "protected_area must not exceed building_area");
        }
        if (protectedArea != null && sheltering != null && sheltering > protectedArea) {
            throw new BadRequestException("sheltering_area", "sheltering_area must not exceed protected_area");
        }
        Integer capacity = b.integer("capacity", 0, 1_000_000);
        if (capacity != null && sheltering != null && capacity > Math.floor(sheltering / m2PerPerson) + 1e-9) {
            throw new BadRequestException(
                    "capacity",
                    "capacity " + capacity + " needs more than the sheltering area of " + sheltering + " m² at "
                            + m2PerPerson + " m² per person");
        }
        p.put("building_area", building);
        p.put("protected_area", protectedArea);
        p.put("sheltering_area", sheltering);
        p.put("capacity", capacity);
        p.put("completion_year", b.integer("completion_year", 1950, 2100));
        p.put("status", require(b.code("status", codes.codes("status")), "status"));
        p.put("managing_unit", b.text("managing_unit", 200));
        String phone = b.text("duty_phone", 32);
        if (phone != null && !phone.matches("\\+?[0-9][0-9 ()-]{2,30}")) {
            throw new BadRequestException(
                    "duty_phone", "duty_phone must be a phone number: digits, spaces, -, ( ) and a leading +");
        }
        p.put("duty_phone", phone);
        p.put("last_verified", lastVerified(b));
        boolean publicShelter = Boolean.TRUE.equals(b.bool("public_shelter"));
        if (publicShelter && !function.startsWith("personnel")) {
            throw new BadRequestException(
                    "public_shelter", "only personnel shelters can be designated for public sheltering");
        }
        p.put("public_shelter", publicShelter);
        p.put("wheelchair_accessible", Boolean.TRUE.equals(b.bool("wheelchair_accessible")));
        p.put("peacetime_use", b.code("peacetime_use", codes.codes("peacetime_use")));
        p.put("open_status", require(b.code("open_status", codes.codes("open_status")), "open_status"));
        return p;
    }

    /** The date the work was last verified on site: an ISO date, not in the future. */
    private static java.sql.Date lastVerified(EditBody b) {
        String text = b.text("last_verified", 10);
        if (text == null) {
            return null;
        }
        try {
            var date = java.time.LocalDate.parse(text);
            if (date.isAfter(java.time.LocalDate.now().plusDays(1))) {
                throw new BadRequestException("last_verified", "last_verified cannot be in the future");
            }
            return java.sql.Date.valueOf(date);
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequestException("last_verified", "last_verified must be a date (YYYY-MM-DD)");
        }
    }

    private static String require(String value, String field) {
        if (value == null) {
            throw new BadRequestException(field, field + " is required");
        }
        return value;
    }
}
