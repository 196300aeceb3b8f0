package org.sheltergis.security;

import java.util.List;
import java.util.Map;
import org.sheltergis.common.SqlFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log: who changed which object when, with the object before and after. {@link #record} joins the caller's
 * transaction (and refuses to run without one), so a change and its audit row are committed or rolled back together.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One audit row as read back. {@code before} and {@code after} are JSON texts (or null). */
    public record Entry(
            long id,
            String at,
            String actor,
            String action,
            String objectType,
            String objectId,
            String before,
            String after) {}

    /** Who is acting: the user name, {@code key:<prefix>} for an API key, or {@code system} outside a request. */
    public String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return "system";
        }
        return auth.getName();
    }

    /** Records a change; before/after are serialised to JSON (maps, records, or null). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String objectType, String objectId, Object before, Object after) {
        recordJson(
                action,
                objectType,
                objectId,
                before == null ? null : json.writeValueAsString(before),
                after == null ? null : json.writeValueAsString(after));
    }

    /** Records an event for a named actor who is not (or not yet) the caller, e.g. a login attempt for an account. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, String action, String objectType, String objectId, Object after) {
        insert(actor, action, objectType, objectId, null, after == null ? null : json.writeValueAsString(after));
    }

    /** Records a change whose states are already JSON texts (as PostGIS built them). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordJson(String action, String objectType, String objectId, String beforeJson, String afterJson) {
        insert(actor(), action, objectType, objectId, beforeJson, afterJson);
    }

    private void insert(
            String actor, String action, String objectType, String objectId, String beforeJson, String afterJson) {
        jdbc.sql(SqlFiles.load("security/insert_audit.sql"))
                .param("actor", actor)
                .param("action", action)
                .param("type", objectType)
                .param("id", objectId)
                .param("before", beforeJson)
                .param("after", afterJson)
                .update();
    }

    /** The history of a work: its own rows and those of its signage, parking and entrances, newest first. */
    public List<Entry> workHistory(long workId) {
        return jdbc.sql(SqlFiles.load("security/work_history.sql"))
                .param("id", Long.toString(workId))
                .query(this::entry)
                .list();
    }

    /** Audit rows in a time range (ISO dates or timestamps, either may be null), oldest first, at most {@code limit}. */
    public List<Entry> listEntries(String from, String to, int limit, long offset) {
        return jdbc.sql(SqlFiles.load("security/list_audit.sql"))
                .param("from", from)
                .param("to", to)
                .param("limit", limit)
                .param("offset", offset)
                .query(this::entry)
                .list();
    }

    private Entry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Entry(
                rs.getLong("id"),
                rs.getString("at"),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getString("before"),
                rs.getString("after"));
    }

    static Map<String, Object> describe(Entry e) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("id", e.id());
        m.put("at", e.at());
        m.put("actor", e.actor());
        m.put("action", e.action());
        m.put("objectType", e.objectType());
        m.put("objectId", e.objectId());
        return m;
    }
}
