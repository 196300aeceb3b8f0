package org.sheltergis.editing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.sheltergis.codes.CodeLists;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.NotFoundException;
import org.sheltergis.common.ShelterProperties;
import org.sheltergis.common.SqlFiles;
import org.sheltergis.security.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Signage status of one or many works at once (picked on the map or from a list). All or nothing: if any work's signage
 * changed since the editor read it, nothing is saved and the 409 lists the current state of each such work.
 */
@Service
public class SignageEditor {

    private final JdbcClient jdbc;
    private final CodeLists codes;
    private final WorkStates states;
    private final AuditLog audit;
    private final int campaignYear;
    private final int maxItems;

    SignageEditor(
            JdbcClient jdbc,
            WorkStates states,
            AuditLog audit,
            ShelterProperties properties,
            EditSettings settings,
            CodeLists codes) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.states = states;
        this.audit = audit;
        this.campaignYear = properties.campaign().yearOrCurrent();
        this.maxItems = settings.maxBulkItems();
    }

    /** The signage states an edit may set (the {@code signage_status} code list). */
    Set<String> statuses() {
        return codes.codes("signage_status");
    }

    /**
     * Body: {@code {status, year?, inspected?, note?, items: [{work_id, version}]}} where version is the signage version
     * read (0 when the work had no signage record). "upgraded" without a year means this campaign year.
     */
    @Transactional
    public List<JsonNode> update(JsonNode json) {
        EditBody body = new EditBody(json);
        String status = body.code("status", statuses());
        if (status == null) {
            throw new BadRequestException("status", "status is required: none, outdated or upgraded");
        }
        Integer year = body.integer("year", 1990, 2100);
        if (status.equals("upgraded") && year == null) {
            year = campaignYear;
        }
        if (!status.equals("upgraded")) {
            year = null;
        }
        String inspected = body.text("inspected", 10);
        if (inspected != null) {
            try {
                LocalDate.parse(inspected);
            } catch (DateTimeParseException e) {
                throw new BadRequestException("inspected", "inspected must be a date like 2026-05-01");
            }
        }
        String note = body.text("note", 500);
        JsonNode items = body.required("items");
        if (!items.isArray() || items.isEmpty() || items.size() > maxItems) {
            throw new BadRequestException("items", "items must list 1 to " + maxItems + " works");
        }
        // Sorted by work id, so two bulk edits of overlapping sets lock rows in the same order and cannot deadlock.
        TreeMap<Long, Integer> versions = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            EditBody item = new EditBody(items.get(i));
            Integer id = item.integer("work_id", 1, Integer.MAX_VALUE);
            if (id == null) {
                throw new BadRequestException("items[" + i + "].work_id", "work_id is required");
            }
            Integer v = item.integer("version", 0, Integer.MAX_VALUE);
            if (v == null) {
                throw new BadRequestException(
                        "items[" + i + "].version", "version is required (0 when the work had no signage)");
            }
            if (versions.put(id.longValue(), v) != null) {
                throw new BadRequestException("items[" + i + "].work_id", "work " + id + " is listed twice");
            }
        }
        long found = jdbc.sql(SqlFiles.load("editing/work_exists.sql"))
                .param("ids", versions.keySet().toArray(Long[]::new))
                .query(Long.class)
                .single();
        if (found != versions.size()) {
            throw new NotFoundException("Some of the listed works do not exist.");
        }
        String actor = audit.actor();
        List<Long> stale = new ArrayList<>();
        List<JsonNode> results = new ArrayList<>();
        for (var e : versions.entrySet()) {
            long id = e.getKey();
            String before = jdbc.sql(SqlFiles.load("editing/signage_row.sql"))
                    .param("id", id)
                    .query(String.class)
                    .optional()
                    .orElse(null);
            var sql = jdbc.sql(
                            SqlFiles.load(before == null ? "editing/insert_signage.sql" : "editing/update_signage.sql"))
                    .param("id", id)
                    .param("status", status)
                    .param("year", year)
                    .param("inspected", inspected)
                    .param("note", note)
                    .param("actor", actor);
            if (before != null) {
                sql = sql.param("version", e.getValue());
            }
            int n = (before == null && e.getValue() != 0) ? 0 : sql.update();
            if (n == 0) {
                stale.add(id);
                continue;
            }
            String after = jdbc.sql(SqlFiles.load("editing/signage_row.sql"))
                    .param("id", id)
                    .query(String.class)
                    .single();
            audit.recordJson(before == null ? "create" : "update", "signage", Long.toString(id), before, after);
            results.add(states.read(after));
        }
        if (!stale.isEmpty()) {
            ArrayNode current = states.array();
            for (long id : stale) {
                current.add(states.state(id));
            }
            throw new ConflictException(
                    stale.size() + " of " + versions.size() + " works have changed since you read them (" + stale
                            + "); nothing was saved.",
                    current);
        }
        return results;
    }
}
