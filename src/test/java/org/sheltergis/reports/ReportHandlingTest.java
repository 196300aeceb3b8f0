package org.sheltergis.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sheltergis.security.Role;
import org.sheltergis.security.Users;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Editors handle citizens' reports: assign, resolve, note — with versions, audit and role checks. */
@IntegrationTest
class ReportHandlingTest {

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    long reportId;

    @BeforeEach
    void aReport() {
        reportId = jdbc.sql("""
                INSERT INTO core.reports (category, description, geom)
                VALUES ('locked', 'RH-TEST 门锁着', ST_SetSRID(ST_MakePoint(120.87, 32.01), 4326)) RETURNING id""").query(Long.class).single();
    }

    @AfterEach
    void removeIt() {
        jdbc.sql("DELETE FROM core.reports WHERE id = :id")
                .param("id", reportId)
                .update();
    }

    @Test
    void anEditorAssignsAndResolvesAReportAndTheChangeIsAudited() {
        StaffClient editor = StaffClient.as(Role.EDITOR, port, users, tx);
        JsonNode open = editor.get("/api/reports?status=new").json();
        JsonNode mine = null;
        for (JsonNode r : open) {
            if (r.path("id").asLong() == reportId) {
                mine = r;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.path("version").asInt()).isEqualTo(1);

        var assigned = editor.send(
                "PATCH",
                "/api/reports/" + reportId,
                "{\"version\": 1, \"status\": \"in_progress\", \"assigned_to\": \"崇川区人防办 王工\"}");
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.json().path("version").asInt()).isEqualTo(2);

        var resolved = editor.send(
                "PATCH",
                "/api/reports/" + reportId,
                "{\"version\": 2, \"status\": \"resolved\", \"assigned_to\": \"崇川区人防办 王工\", \"note\": \"已联系物业开锁\"}");
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json().path("status").asString()).isEqualTo("resolved");
        assertThat(resolved.json().path("handled_by").asString()).isEqualTo(editor.username());
        assertThat(resolved.json().path("handled_at").isNull()).isFalse();

        long audited = jdbc.sql("SELECT count(*) FROM core.audit WHERE object_type = 'report' AND object_id = :id")
                .param("id", Long.toString(reportId))
                .query(Long.class)
                .single();
        assertThat(audited).isEqualTo(2);
        String noteAfter = jdbc.sql("""
                SELECT after ->> 'staff_note' FROM core.audit WHERE object_type = 'report' AND object_id = :id
                ORDER BY id DESC LIMIT 1""")
                .param("id", Long.toString(reportId))
                .query(String.class)
                .single();
        assertThat(noteAfter).isEqualTo("已联系物业开锁");
    }

    @Test
    void aStaleVersionIsRefusedWithTheCurrentStateAndNothingIsLost() {
        StaffClient alice = StaffClient.as(Role.EDITOR, port, users, tx);
        StaffClient bob = StaffClient.as(Role.EDITOR, port, users, tx);
        assertThat(alice.send(
                                "PATCH",
                                "/api/reports/" + reportId,
                                "{\"version\": 1, \"status\": \"in_progress\", \"note\": \"alice\"}")
                        .status())
                .isEqualTo(200);
        var stale = bob.send(
                "PATCH", "/api/reports/" + reportId, "{\"version\": 1, \"status\": \"rejected\", \"note\": \"bob\"}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().path("current").path("staff_note").asString()).isEqualTo("alice");
        String note = jdbc.sql("SELECT staff_note FROM core.reports WHERE id = :id")
                .param("id", reportId)
                .query(String.class)
                .single();
        assertThat(note).isEqualTo("alice");
    }

    @Test
    void badInputNamesTheFieldAndOtherRolesAreRefused() {
        StaffClient editor = StaffClient.as(Role.EDITOR, port, users, tx);
        var bad = editor.send("PATCH", "/api/reports/" + reportId, "{\"version\": 1, \"status\": \"done\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("parameter").asString()).isEqualTo("status");
        for (String[] body : new String[][] {
            {"{\"version\": \"one\", \"status\": \"resolved\"}", "version"},
            {"{\"version\": -1, \"status\": \"resolved\"}", "version"},
            {"{\"version\": 1}", "status"},
            {"{\"version\": 1, \"status\": \"resolved\", \"note\": \"" + "x".repeat(1001) + "\"}", "note"},
            {"{\"version\": 1, \"status\": \"resolved\", \"assigned_to\": \"" + "x".repeat(101) + "\"}", "assigned_to"},
            {"{\"version\": 1, \"status\": \"resolved\", \"assigned_to\": {\"name\": \"x\"}}", "assigned_to"}
        }) {
            var r = editor.send("PATCH", "/api/reports/" + reportId, body[0]);
            assertThat(r.status()).as(body[0]).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().path("parameter").asString()).as(r.body()).isEqualTo(body[1]);
            assertThat(r.json().path("detail").asString()).as(r.body()).contains(body[1]);
        }
        assertThat(editor.send("PATCH", "/api/reports/" + reportId, "{\"status\": \"resolved\"}")
                        .json()
                        .path("parameter")
                        .asString())
                .isEqualTo("version");
        assertThat(editor.send("PATCH", "/api/reports/999999999", "{\"version\": 1, \"status\": \"resolved\"}")
                        .status())
                .isEqualTo(404);
        assertThat(editor.get("/api/reports?status=done")
                        .json()
                        .path("parameter")
                        .asString())
                .isEqualTo("status");

        assertThat(new Http(port).get("/api/reports").status()).isEqualTo(401);
        StaffClient planner = StaffClient.as(Role.PLANNER, port, users, tx);
        assertThat(planner.get("/api/reports").status()).isEqualTo(403);
    }
}
