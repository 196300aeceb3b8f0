package org.sheltergis.editing;

import java.util.Map;
import org.sheltergis.codes.CodeLists;
import org.sheltergis.common.BadRequestException;
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
    private final WorkRules rules;

    WorkEditor(
            JdbcClient jdbc,
            WorkStates states,
            Geometries geometries,
            AuditLog audit,
            WorkRules rules,
            CodeLists codes) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.states = states;
        this.geometries = geometries;
        this.audit = audit;
        this.rules = rules;
    }

    /** The work's current state as editors see it (work, footprint, entrances, signage, parking, versions). */
    public JsonNode state(long id) {
        return states.state(id);
    }

    @Transactional
    public JsonNode updateAttributes(long id, JsonNode json) {
        EditBody body = new EditBody(json);
        int version = body.version();
        return updateAttributes(id, version, attributes(body));
    }

    /** Sets every attribute of a work edited at {@code version}; audited. The register import uses it too. */
    @Transactional
    public JsonNode updateAttributes(long id, int version, WorkAttributes attributes) {
        rules.require(attributes);
        states.lock(id);
        JsonNode before = states.state(id);
        Map<String, Object> p = attributes.params();
        p.put("id", id);
        p.put("version", version);
        p.put("actor", audit.actor());
        int n = jdbc.sql(SqlFiles.load("editing/update_attributes.sql"))
                .params(p)
                .update();
        return finish(n, id, "update", "work", before, "work");
    }

    /**
     * A new work with these attributes, code and footprint (GeoJSON in EPSG:4326, checked like an edited one);
     * {@code provisional} marks a footprint drawn around a point until a drawing replaces it. Audited as a create.
     */
    @Transactional
    public JsonNode create(String code, WorkAttributes attributes, JsonNode footprint, boolean provisional) {
        rules.require(attributes);
        String geojson = geometries.checkFootprint(footprint, "footprint");
        Map<String, Object> p = attributes.params();
        p.put("code", code);
        p.put("geojson", geojson);
        p.put("provisional", provisional);
        p.put("actor", audit.actor());
        long id = jdbc.sql(SqlFiles.load("editing/insert_work.sql"))
                .params(p)
                .query(Long.class)
                .single();
        JsonNode after = states.state(id);
        audit.recordJson("create", "work", Long.toString(id), null, snapshot(after, "work"));
        return after;
    }

    @Transactional
    public JsonNode updateFootprint(long id, JsonNode json) {
        EditBody body = new EditBody(json);
        return updateFootprint(id, body.version(), body.required("geometry"), false);
    }

    /**
     * Replaces a work's footprint (GeoJSON in EPSG:4326, checked like an edited one) edited at {@code version};
     * {@code provisional} keeps it marked as a square around a workbook point (ADR 0021). Audited.
     */
    @Transactional
    public JsonNode updateFootprint(long id, int version, JsonNode geometry, boolean provisional) {
        String geojson = geometries.checkFootprint(geometry, "geometry");
        states.lock(id);
        JsonNode before = states.state(id);
        int n = jdbc.sql(SqlFiles.load("editing/update_footprint.sql"))
                .param("geojson", geojson)
                .param("provisional", provisional)
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

    /** The body's attributes, typed; the rules are {@link WorkRules}'s, the same for edits and imports. */
    private WorkAttributes attributes(EditBody b) {
        int any = Integer.MAX_VALUE;
        WorkAttributes a = new WorkAttributes(
                b.text("name", any),
                b.text("address", any),
                b.text("function", any),
                b.text("protection_level", any),
                b.text("chemical_grade", any),
                b.text("construction_mode", any),
                b.text("district_code", any),
                b.number("building_area", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
                b.number("protected_area", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
                b.number("sheltering_area", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
                b.integer("capacity", Integer.MIN_VALUE, Integer.MAX_VALUE),
                b.integer("completion_year", Integer.MIN_VALUE, Integer.MAX_VALUE),
                b.text("status", any),
                b.text("managing_unit", any),
                b.text("duty_phone", any),
                b.text("last_verified", any),
                Boolean.TRUE.equals(b.bool("public_shelter")),
                Boolean.TRUE.equals(b.bool("wheelchair_accessible")),
                b.text("peacetime_use", any),
                b.text("open_status", any));
        rules.require(a);
        return a;
    }
}
