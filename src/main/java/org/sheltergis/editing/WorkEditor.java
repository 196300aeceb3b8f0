package org.sheltergis.editing;

import java.util.List;
import java.util.Map;
import java.util.Set;
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
    JsonNode updateAttributes(long id, WorkEdit edit) {
        return updateAttributes(id, edit.version(), edit.attributes());
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
        requireRoomForOccupants(id);
        return finish(n, id, "update", "work", before, "work");
    }

    /**
     * The capacity the public sees never falls below the people inside (the live status; ShelterStatusEditor keeps
     * the other side): checked after the update, under the work's lock, which status changes take too. Edits and
     * register imports both come through here.
     */
    private void requireRoomForOccupants(long id) {
        record Room(int inside, Integer capacity) {}
        jdbc.sql(SqlFiles.load("editing/occupants.sql"))
                .param("id", id)
                .query((rs, row) -> new Room(rs.getInt("occupants"), (Integer) rs.getObject("capacity")))
                .optional()
                .filter(room -> room.capacity() == null || room.capacity() < room.inside())
                .ifPresent(room -> {
                    // Thrown inside the transaction: the update before it is rolled back.
                    throw new BadRequestException(
                            "capacity",
                            "capacity " + (room.capacity() == null ? "unknown" : room.capacity()) + " is below the "
                                    + room.inside() + " people inside now (live shelter status): lower the occupants"
                                    + " first");
                });
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
    JsonNode updateFootprint(long id, FootprintEdit edit) {
        return updateFootprint(id, edit.version(), edit.geometry(), false);
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
    JsonNode replaceEntrances(long id, EntrancesEdit edit) {
        int version = edit.version();
        List<EntrancesEdit.Entrance> list = edit.entrances();
        states.lock(id);
        JsonNode before = states.state(id);
        if (before.path("work").path("version").asInt() != version) {
            throw stale(id, before);
        }
        jdbc.sql(SqlFiles.load("editing/delete_entrances.sql")).param("id", id).update();
        Set<String> kinds = codes.codes("entrance_kind");
        for (int i = 0; i < list.size(); i++) {
            String field = "entrances[" + i + "]";
            EntrancesEdit.Entrance e = list.get(i);
            Integer eid = e.id();
            if (eid != null) {
                var owner = jdbc.sql(SqlFiles.load("editing/entrance_owner.sql"))
                        .param("eid", eid)
                        .query(Long.class)
                        .optional();
                if (owner.isPresent()) {
                    throw new BadRequestException(field + ".id", "entrance " + eid + " belongs to another work");
                }
            }
            String kind = e.kind().strip();
            if (!kinds.contains(kind)) {
                throw new BadRequestException(
                        field + ".kind",
                        field + ".kind must be one of "
                                + String.join(", ", kinds.stream().sorted().toList()));
            }
            geometries.checkEntrance(id, e.lon(), e.lat(), field);
            jdbc.sql(SqlFiles.load("editing/insert_entrance.sql"))
                    .param("eid", eid == null ? null : eid.longValue())
                    .param("id", id)
                    .param("kind", kind)
                    .param("accessible", Boolean.TRUE.equals(e.accessible()))
                    .param("lon", e.lon())
                    .param("lat", e.lat())
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
}
