package org.sheltergis.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sheltergis.security.Role;
import org.sheltergis.security.Users;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.RegisterFixture;
import org.sheltergis.support.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Every kind of change leaves an audit row, written or rolled back together with the change. */
@IntegrationTest
class AuditTest {

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    RegisterFixture fixture;
    StaffClient editor;

    @BeforeEach
    void setUp() {
        fixture = new RegisterFixture(jdbc);
        editor = StaffClient.as(Role.EDITOR, port, users, tx);
    }

    @AfterEach
    void cleanUp() {
        fixture.cleanUp();
    }

    @Test
    void everyKindOfChangeIsAudited() {
        long id = fixture.publicShelter("审计测试");
        JsonNode state = editor.get("/api/edit/works/" + id).json();
        ObjectNode work = (ObjectNode) state.path("work");
        var r = editor.put(
                "/api/edit/works/" + id, work.put("managing_unit", "崇川区人防办").toString());
        assertThat(r.status()).isEqualTo(200);
        int v = r.json().path("work").path("version").asInt();
        JsonNode ring = state.path("footprint").path("coordinates").get(0).get(0);
        double x = ring.get(0).get(0).asDouble();
        double y = ring.get(0).get(1).asDouble();
        String poly = String.format(
                java.util.Locale.ROOT,
                "{\"version\":%d,\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}}",
                v,
                x,
                y,
                x + 0.0005,
                y,
                x,
                y + 0.0005,
                x,
                y);
        assertThat(editor.put("/api/edit/works/" + id + "/footprint", poly).status())
                .isEqualTo(200);
        assertThat(editor.put(
                                "/api/edit/works/" + id + "/entrances",
                                String.format(
                                        java.util.Locale.ROOT,
                                        "{\"version\":%d,\"entrances\":[{\"kind\":\"vehicle\",\"lon\":%f,\"lat\":%f}]}",
                                        v + 1,
                                        x,
                                        y))
                        .status())
                .isEqualTo(200);
        assertThat(editor.put(
                                "/api/edit/signage",
                                "{\"status\":\"outdated\",\"items\":[{\"work_id\":" + id + ",\"version\":0}]}")
                        .status())
                .isEqualTo(200);
        assertThat(editor.put(
                                "/api/edit/signage",
                                "{\"status\":\"upgraded\",\"items\":[{\"work_id\":" + id + ",\"version\":1}]}")
                        .status())
                .isEqualTo(200);
        assertThat(editor.put(
                                "/api/edit/works/" + id + "/parking",
                                "{\"version\":0,\"total_spaces\":50,\"ev_chargers_installed\":4,\"ev_chargers_in_service\":4,\"opened_year\":2026}")
                        .status())
                .isEqualTo(200);

        List<String> rows =
                jdbc.sql("""
                SELECT object_type || ':' || action FROM core.audit WHERE object_id = :id AND object_type IN ('work','signage','parking','entrances')
                ORDER BY id""").param("id", Long.toString(id)).query(String.class).list();
        assertThat(rows)
                .containsExactly(
                        "work:update",
                        "work:footprint",
                        "entrances:entrances",
                        "signage:create",
                        "signage:update",
                        "parking:create",
                        "work:update");
        var attr = jdbc.sql(
                        "SELECT actor, before ->> 'managing_unit', after ->> 'managing_unit', (after ->> 'version')::int FROM core.audit WHERE object_type = 'work' AND object_id = :id ORDER BY id LIMIT 1")
                .param("id", Long.toString(id))
                .query((rs, n) ->
                        List.of(rs.getString(1), String.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)))
                .single();
        assertThat(attr).containsExactly(editor.username(), "null", "崇川区人防办", "2");
        String signBefore = jdbc.sql(
                        "SELECT before ->> 'status' FROM core.audit WHERE object_id = :id AND object_type = 'signage' AND action = 'update'")
                .param("id", Long.toString(id))
                .query(String.class)
                .single();
        assertThat(signBefore).isEqualTo("outdated");
        String footprintAfter = jdbc.sql(
                        "SELECT after -> 'footprint' ->> 'type' FROM core.audit WHERE object_id = :id AND action = 'footprint'")
                .param("id", Long.toString(id))
                .query(String.class)
                .single();
        assertThat(footprintAfter).isEqualTo("MultiPolygon");

        // The history of the work shows them all, newest first.
        var history = editor.get("/api/edit/works/" + id + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json().size()).isEqualTo(7);
        assertThat(history.json().get(0).path("objectType").asString()).isEqualTo("work");

        // Admins export the log as CSV; editors may not.
        StaffClient admin = StaffClient.as(Role.ADMIN, port, users, tx);
        var csv = admin.get("/api/admin/audit.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body())
                .contains("id,at,actor,action,object_type,object_id,before,after")
                .contains(editor.username())
                .contains("崇川区人防办");
        assertThat(editor.get("/api/admin/audit.csv").status()).isEqualTo(403);
        assertThat(admin.get("/api/admin/audit?from=yesterday").status()).isEqualTo(400);
    }

    @Test
    void accountChangesAreAuditedWithoutSecrets() {
        StaffClient admin = StaffClient.as(Role.ADMIN, port, users, tx);
        var key = admin.post("/api/admin/keys", "{\"name\":\"emergency bureau\",\"layers\":[\"works\"]}");
        long keyId = key.json().path("id").asLong();
        admin.send("DELETE", "/api/admin/keys/" + keyId, null);
        var user = admin.post(
                "/api/admin/users",
                "{\"username\":\"audited-" + System.nanoTime()
                        + "\",\"role\":\"EDITOR\",\"password\":\"a-long-password\"}");
        long userId = user.json().path("id").asLong();
        admin.post("/api/admin/users/" + userId + "/password", "{\"password\":\"another-long-password\"}");
        List<String> rows = jdbc.sql("""
                SELECT object_type || ':' || action || ':' || actor FROM core.audit
                WHERE (object_type = 'api_key' AND object_id = :k) OR (object_type = 'user' AND object_id = :u) ORDER BY id""")
                .param("k", Long.toString(keyId))
                .param("u", Long.toString(userId))
                .query(String.class)
                .list();
        assertThat(rows)
                .containsExactly(
                        "api_key:create:" + admin.username(),
                        "api_key:revoke:" + admin.username(),
                        "user:create:" + admin.username(),
                        "user:reset_password:" + admin.username());
        String everything = String.join(
                "",
                jdbc.sql("SELECT coalesce(before::text,'') || coalesce(after::text,'') FROM core.audit")
                        .query(String.class)
                        .list());
        assertThat(everything)
                .doesNotContain(key.json().path("token").asString())
                .doesNotContain("a-long-password")
                .doesNotContain("another-long-password")
                .doesNotContain("$2a$");
    }

    @Test
    void aChangeWhoseAuditRowFailsIsRolledBack() {
        long id = fixture.publicShelter("审计回滚");
        StaffClient blocked = StaffClient.as(Role.EDITOR, port, users, tx);
        // Make the audit insert fail for this one actor: the change must not survive without its audit row.
        // (Its login is audited too, before the constraint exists; logins stay allowed.)
        jdbc.sql("ALTER TABLE core.audit ADD CONSTRAINT test_blocked_actor CHECK (actor <> '" + blocked.username()
                        + "' OR object_type = 'login')")
                .update();
        try {
            var r = blocked.put(
                    "/api/edit/signage",
                    "{\"status\":\"upgraded\",\"items\":[{\"work_id\":" + id + ",\"version\":0}]}");
            assertThat(r.status()).isGreaterThanOrEqualTo(400);
            assertThat(fixture.signageVersion(id)).isZero();
            JsonNode work = blocked.get("/api/edit/works/" + id).json().path("work");
            var w = blocked.put(
                    "/api/edit/works/" + id,
                    ((ObjectNode) work).put("name", "不应保存").toString());
            assertThat(w.status()).isGreaterThanOrEqualTo(400);
            assertThat(jdbc.sql("SELECT name FROM core.works WHERE id = :id")
                            .param("id", id)
                            .query(String.class)
                            .single())
                    .isEqualTo("审计回滚");
        } finally {
            jdbc.sql("ALTER TABLE core.audit DROP CONSTRAINT test_blocked_actor")
                    .update();
        }
        // And a refused edit (409) leaves neither the change nor an audit row.
        long before =
                jdbc.sql("SELECT count(*) FROM core.audit").query(Long.class).single();
        var stale = editor.put(
                "/api/edit/signage", "{\"status\":\"upgraded\",\"items\":[{\"work_id\":" + id + ",\"version\":7}]}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(jdbc.sql("SELECT count(*) FROM core.audit").query(Long.class).single())
                .isEqualTo(before);
    }
}
