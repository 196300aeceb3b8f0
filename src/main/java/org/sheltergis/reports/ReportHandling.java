package org.sheltergis.reports;

import org.sheltergis.codes.CodeLists;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.NotFoundException;
import org.sheltergis.common.SqlFiles;
import org.sheltergis.editing.ConflictException;
import org.sheltergis.editing.EditText;
import org.sheltergis.security.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff handling of the problems citizens report on the public map: assign, move through new → in progress →
 * resolved / rejected, keep a note. Like every edit it carries the version it was based on and is audited in the
 * same transaction.
 */
@Service
public class ReportHandling {

    private final JdbcClient jdbc;
    private final CodeLists codes;
    private final AuditLog audit;
    private final JsonMapper json;

    ReportHandling(JdbcClient jdbc, AuditLog audit, JsonMapper json, CodeLists codes) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.audit = audit;
        this.json = json;
    }

    public String listJson(String status, int limit) {
        if (status != null && !codes.codes("report_status").contains(status)) {
            throw new BadRequestException("status", "status must be one of " + codes.codes("report_status"));
        }
        if (limit < 1 || limit > 1000) {
            throw new BadRequestException("limit", "limit must be between 1 and 1000");
        }
        return jdbc.sql(SqlFiles.load("reports/list_reports.sql"))
                .param("status", status)
                .param("limit", limit)
                .query(String.class)
                .single();
    }

    @Transactional
    JsonNode update(long id, ReportChange change) {
        int version = change.version();
        String status = change.status().strip();
        if (!codes.codes("report_status").contains(status)) {
            throw new BadRequestException("status", "status must be one of " + codes.codes("report_status"));
        }
        String assignedTo = EditText.clean(change.assignedTo());
        String note = EditText.clean(change.note());
        String before = state(id);
        int n = jdbc.sql(SqlFiles.load("reports/update_report.sql"))
                .param("id", id)
                .param("version", version)
                .param("status", status)
                .param("assigned_to", assignedTo)
                .param("note", note)
                .param("actor", audit.actor())
                .update();
        if (n == 0) {
            throw new ConflictException(
                    "Report " + id + " has changed since you read it; nothing was saved.", json.readTree(before));
        }
        String after = state(id);
        audit.recordJson("update", "report", Long.toString(id), before, after);
        return json.readTree(after);
    }

    private String state(long id) {
        return jdbc.sql(SqlFiles.load("reports/report_state.sql"))
                .param("id", id)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("There is no report " + id + "."));
    }
}
