package org.sheltergis.editing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.sheltergis.codes.CodeLists;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.NotFoundException;
import org.sheltergis.common.SqlFiles;
import org.sheltergis.security.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live shelter status in an emergency (ADR 0016): editors open and close public shelters and report how many people
 * are inside. The occupants stay between 0 and the shelter's capacity (400 naming the field otherwise); a change by a
 * difference ({@code occupants_change}, the +/- buttons of the staff page) is applied to the current count under the
 * work's row lock, so two staff at two doors do not overwrite each other. Every change has its audit row in the same
 * transaction. "Full" is also what the public sees once the occupants reach capacity (pub.shelter_status).
 */
@Service
public class ShelterStatusEditor {

    private final JdbcClient jdbc;
    private final WorkStates works;
    private final CodeLists codes;
    private final AuditLog audit;

    ShelterStatusEditor(JdbcClient jdbc, WorkStates works, CodeLists codes, AuditLog audit) {
        this.jdbc = jdbc;
        this.works = works;
        this.codes = codes;
        this.audit = audit;
    }

    String list(String q, String district, int limit) {
        return jdbc.sql(SqlFiles.load("editing/list_shelter_status.sql"))
                .param("q", q)
                .param("district", district)
                .param("limit", limit)
                .query(String.class)
                .single();
    }

    /** Sets the status, the occupants or changes them by a difference; any of them (the others stay). */
    @Transactional
    Map<String, Object> update(long id, ShelterStatusEdit edit) {
        Set<String> allowed = codes.codes("shelter_status");
        String status = EditText.clean(edit.status());
        if (status != null && !allowed.contains(status)) {
            throw new BadRequestException(
                    "status",
                    "status must be one of "
                            + String.join(", ", allowed.stream().sorted().toList()));
        }
        Integer occupants = edit.occupants();
        Integer change = edit.occupantsChange();
        if (occupants != null && change != null) {
            throw new BadRequestException("occupants_change", "give either occupants or occupants_change, not both");
        }
        if (status == null && occupants == null && change == null) {
            throw new BadRequestException("status", "give status, occupants or occupants_change");
        }
        works.lock(id);
        Map<String, Object> before = row(id);
        Integer capacity = (Integer) before.get("capacity");
        String field = change != null ? "occupants_change" : "occupants";
        int now = (Integer) before.get("occupants");
        int next = change != null ? now + change : occupants != null ? occupants : now;
        if (next < 0) {
            throw new BadRequestException(field, "occupants cannot go below 0 (now " + now + ")");
        }
        if (next > 0 && capacity == null) {
            throw new BadRequestException(
                    field,
                    "the capacity of this shelter is not recorded: record its sheltering area or capacity first");
        }
        if (capacity != null && next > capacity) {
            throw new BadRequestException(
                    field, "occupants cannot exceed the capacity of " + capacity + " people (now " + now + ")");
        }
        jdbc.sql(SqlFiles.load("editing/upsert_shelter_status.sql"))
                .param("id", id)
                .param("status", status != null ? status : before.get("status"))
                .param("occupants", next)
                .param("actor", audit.actor())
                .update();
        Map<String, Object> after = row(id);
        audit.record("shelter_status", "shelter_status", Long.toString(id), audited(before), audited(after));
        return after;
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql(SqlFiles.load("editing/shelter_status_row.sql"))
                .param("id", id)
                .query((rs, n) -> {
                    var m = new LinkedHashMap<String, Object>();
                    m.put("id", rs.getLong("id"));
                    m.put("code", rs.getString("code"));
                    m.put("name", rs.getString("name"));
                    m.put("capacity", rs.getObject("capacity"));
                    m.put("status", rs.getString("status"));
                    m.put("occupants", rs.getInt("occupants"));
                    m.put("public_status", rs.getString("public_status"));
                    m.put("changed_at", rs.getString("changed_at"));
                    m.put("changed_by", rs.getString("changed_by"));
                    return (Map<String, Object>) m;
                })
                .optional()
                .orElseThrow(() -> new NotFoundException("Work " + id + " is not a public shelter."));
    }

    private static Map<String, Object> audited(Map<String, Object> row) {
        var m = new LinkedHashMap<String, Object>();
        m.put("status", row.get("status"));
        m.put("occupants", row.get("occupants"));
        m.put("public_status", row.get("public_status"));
        return m;
    }
}
