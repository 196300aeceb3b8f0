package org.sheltergis.emergency;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sheltergis.codes.CodeLists;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.SqlFiles;
import org.sheltergis.security.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Setting the alert state, in two steps: {@link #prepare} checks the change and keeps it under a random token for
 * {@link AlertProperties#confirmWindow()}; {@link #confirm} — by the same administrator, echoing the token — applies it,
 * with its audit row in the same transaction. An alert sounds in a whole city, so it must never be set by one slip of
 * a finger, nor replayed: a token is used once.
 */
@Service
class AlertChanges {

    static final String CITY = "city";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final CodeLists codes;
    private final AuditLog audit;
    private final AlertProperties settings;
    private final CityAlert alert;

    AlertChanges(JdbcClient jdbc, CodeLists codes, AuditLog audit, AlertProperties settings, CityAlert alert) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.audit = audit;
        this.settings = settings;
        this.alert = alert;
    }

    /** A requested change: {@code districts} null or empty for the whole city. */
    record Change(String state, String mode, List<String> districts) {}

    /** What the first step answers: the token to send back, until when, and the change the page shows to check. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Prepared(String token, String expiresAt, String state, String mode, Object districts) {}

    @Transactional
    public Prepared prepare(Change change) {
        Change valid = validate(change);
        String token = newToken();
        String districts = valid.districts() == null ? null : String.join(",", valid.districts());
        Timestamp expires = jdbc.sql(SqlFiles.load("emergency/insert_prepared.sql"))
                .param("token", token)
                .param("actor", audit.actor())
                .param("state", valid.state())
                .param("mode", valid.mode())
                .param("districts", districts)
                .param("window_s", settings.confirmWindow().toSeconds())
                .query(Timestamp.class)
                .single();
        return new Prepared(
                token,
                expires.toInstant().toString(),
                valid.state(),
                valid.mode(),
                valid.districts() == null ? CITY : valid.districts());
    }

    /** Applies the prepared change of this caller under {@code token}; the new public document. */
    @Transactional
    public Map<String, Object> confirm(String token) {
        if (token == null || token.isBlank()) {
            throw new BadRequestException("token", "token is required: send back the token the prepare step gave");
        }
        String actor = audit.actor();
        List<Change> taken = jdbc.sql(SqlFiles.load("emergency/take_prepared.sql"))
                .param("token", token)
                .param("actor", actor)
                .query((rs, n) -> new Change(
                        rs.getString("state"),
                        rs.getString("mode"),
                        rs.getString("districts") == null
                                ? null
                                : List.of(rs.getString("districts").split(","))))
                .list();
        if (taken.isEmpty()) {
            throw new BadRequestException(
                    "token",
                    "the token is unknown, already used, expired or prepared by someone else: prepare the change again");
        }
        Change change = taken.get(0);
        String districts = change.districts() == null ? null : String.join(",", change.districts());
        List<Map<String, Object>> before = jdbc.sql(SqlFiles.load("emergency/lock_state.sql"))
                .param("districts", districts)
                .query((rs, n) -> {
                    var row = new LinkedHashMap<String, Object>();
                    row.put("district", rs.getString("district_code"));
                    row.put("state", rs.getString("state"));
                    row.put("mode", rs.getString("mode"));
                    return (Map<String, Object>) row;
                })
                .list();
        long changeId = jdbc.sql(SqlFiles.load("emergency/insert_change.sql"))
                .param("state", change.state())
                .param("mode", change.mode())
                .param("districts", districts)
                .param("actor", actor)
                .query(Long.class)
                .single();
        jdbc.sql(SqlFiles.load("emergency/set_state.sql"))
                .param("state", change.state())
                .param("mode", change.mode())
                .param("districts", districts)
                .param("change_id", changeId)
                .update();
        var after = new LinkedHashMap<String, Object>();
        after.put("state", change.state());
        after.put("mode", change.mode());
        after.put("districts", change.districts() == null ? CITY : change.districts());
        audit.record("alert.set", "city_alert", Long.toString(changeId), Map.of("districts", before), after);
        var answer = new LinkedHashMap<String, Object>(after);
        answer.put("version", changeId);
        return answer;
    }

    /** Refreshes this instance's document at once after a change (the others learn it from their next poll). */
    void refreshNow() {
        alert.refresh();
    }

    private Change validate(Change change) {
        if (change == null) {
            throw new BadRequestException("state", "a JSON body with state, mode and districts is required");
        }
        Set<String> states = codes.codes("alert_state");
        if (change.state() == null || !states.contains(change.state())) {
            throw new BadRequestException("state", "state must be one of " + String.join(", ", states));
        }
        Set<String> modes = codes.codes("alert_mode");
        if (change.mode() == null || !modes.contains(change.mode())) {
            throw new BadRequestException(
                    "mode", "mode must be one of " + String.join(", ", modes) + " (演练 drill or 实战 real)");
        }
        if (change.districts() == null || change.districts().isEmpty()) {
            return new Change(change.state(), change.mode(), null);
        }
        var asked = new TreeSet<String>();
        for (String d : change.districts()) {
            if (d == null || !d.matches("[0-9]{6}")) {
                throw new BadRequestException(
                        "districts", "districts must be 6-digit district codes, or empty for the whole city");
            }
            asked.add(d);
        }
        List<String> unknown = jdbc.sql(SqlFiles.load("emergency/unknown_districts.sql"))
                .param("codes", String.join(",", asked))
                .query(String.class)
                .list();
        if (!unknown.isEmpty()) {
            throw new BadRequestException("districts", "unknown district codes: " + String.join(", ", unknown));
        }
        return new Change(change.state(), change.mode(), new ArrayList<>(asked));
    }

    private static String newToken() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
