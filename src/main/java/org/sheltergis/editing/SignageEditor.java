package org.sheltergis.editing;

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
     * Sets the signage of the edit's works; "upgraded" without a year means this campaign year. All or nothing: a stale
     * item is a 409 listing the current state of each such work.
     */
    @Transactional
    public List<JsonNode> update(SignageEdit edit) {
        Set<String> allowed = statuses();
        String status = EditText.clean(edit.status());
        if (status == null) {
            throw new BadRequestException("status", "status is required: none, outdated or upgraded");
        }
        if (!allowed.contains(status)) {
            throw new BadRequestException(
                    "status",
                    "status must be one of "
                            + String.join(", ", allowed.stream().sorted().toList()));
        }
        Integer year = edit.year();
        if (year != null && (year < 1990 || year > 2100)) {
            throw new BadRequestException("year", "year must be between 1990 and 2100");
        }
        if (status.equals("upgraded") && year == null) {
            year = campaignYear;
        }
        if (!status.equals("upgraded")) {
            year = null;
        }
        String inspected = edit.inspected() == null ? null : edit.inspected().toString();
        String note = EditText.clean(edit.note());
        List<SignageEdit.Item> items = edit.items();
        if (items == null || items.isEmpty() || items.size() > maxItems) {
            throw new BadRequestException("items", "items must list 1 to " + maxItems + " works");
        }
        // Sorted by work id, so two bulk edits of overlapping sets lock rows in the same order and cannot deadlock.
        TreeMap<Long, Integer> versions = new TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            SignageEdit.Item item = items.get(i);
            if (versions.put(item.workId(), item.version()) != null) {
                throw new BadRequestException("items[" + i + "].work_id", "work " + item.workId() + " is listed twice");
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
