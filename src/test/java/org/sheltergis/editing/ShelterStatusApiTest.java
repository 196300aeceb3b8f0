package org.sheltergis.editing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sheltergis.security.Role;
import org.sheltergis.security.Users;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.RegisterFixture;
import org.sheltergis.support.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Live shelter status (ADR 0016): editors set open | full | closed and the people inside; the count stays within 0 and
 * the capacity (400 naming the field); each change is audited; reaching capacity makes the shelter full for the public;
 * planners and anonymous callers cannot change it. Also the contact attributes the edit API writes.
 */
@IntegrationTest
class ShelterStatusApiTest {

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
    long id;
    int capacity;

    @BeforeEach
    void setUp() {
        fixture = new RegisterFixture(jdbc);
        editor = StaffClient.as(Role.EDITOR, port, users, tx);
        id = fixture.publicShelter("实时状态测试");
        capacity = jdbc.sql("SELECT capacity FROM pub.shelters WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    @AfterEach
    void cleanUp() {
        fixture.cleanUp();
    }

    private Http.Response put(String json) {
        return editor.put("/api/edit/shelter-status/" + id, json);
    }

    private String publicStatus() {
        for (JsonNode s :
                new Http(port).get("/api/public/shelter-status").json().get("shelters")) {
            if (s.get("id").asLong() == id) {
                return s.get("status").asString() + "/" + s.get("occupants").asInt();
            }
        }
        throw new AssertionError("not in the public status list");
    }

    @Test
    void editorsSetStatusAndPeopleWithinCapacityAndEveryChangeIsAudited() {
        assertThat(publicStatus()).isEqualTo("open/0");
        var r = put("{\"occupants\": 12}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("occupants").asInt()).isEqualTo(12);
        assertThat(r.json().get("public_status").asString()).isEqualTo("open");
        r = put("{\"occupants_change\": 5}");
        assertThat(r.json().get("occupants").asInt()).isEqualTo(17);
        assertThat(publicStatus()).isEqualTo("open/17");

        assertProblem(put("{\"occupants\": " + (capacity + 1) + "}"), "occupants");
        assertProblem(put("{\"occupants_change\": -18}"), "occupants_change");
        assertProblem(put("{\"occupants_change\": " + capacity + "}"), "occupants_change");
        assertProblem(put("{\"occupants\": -1}"), "occupants");
        assertProblem(put("{\"status\": \"crowded\"}"), "status");
        assertProblem(put("{\"occupants\": 1, \"occupants_change\": 1}"), "occupants_change");
        assertProblem(put("{}"), "status");
        assertProblem(put("{\"occupants\": \"many\"}"), "occupants");
        assertProblem(put("{\"occupants\": 2.5}"), "occupants");
        assertProblem(put("{\"occupants_change\": 2000000}"), "occupants_change");
        assertProblem(put("{\"status\": 1}"), "status");
        assertProblem(put("\"open\""), "body");
        assertThat(put("{\"occupants\": -1}").json().get("detail").asString()).contains("occupants");
        assertThat(publicStatus()).as("a refused change saves nothing").isEqualTo("open/17");

        // At capacity the public sees it full, although staff left it open.
        r = put("{\"occupants\": " + capacity + "}");
        assertThat(r.json().get("status").asString()).isEqualTo("open");
        assertThat(r.json().get("public_status").asString()).isEqualTo("full");
        assertThat(publicStatus()).isEqualTo("full/" + capacity);
        r = put("{\"occupants_change\": -1}");
        assertThat(r.json().get("public_status").asString()).isEqualTo("open");
        // Staff may call it full before (ventilation, a blocked room) and close it.
        assertThat(put("{\"status\": \"full\"}").json().get("public_status").asString())
                .isEqualTo("full");
        assertThat(put("{\"status\": \"closed\"}").json().get("public_status").asString())
                .isEqualTo("closed");
        assertThat(publicStatus()).isEqualTo("closed/" + (capacity - 1));

        var audit = jdbc.sql("""
                SELECT actor, after::text FROM core.audit
                WHERE object_type = 'shelter_status' AND object_id = :id ORDER BY id""")
                .param("id", Long.toString(id))
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
                .list();
        assertThat(audit).hasSize(6);
        assertThat(audit).allMatch(a -> a.startsWith(editor.username() + " "));
        assertThat(audit.get(audit.size() - 1)).contains("\"closed\"");
    }

    @Test
    void theCapacityCannotBeLoweredBelowThePeopleInside() {
        assertThat(put("{\"occupants\": 10}").status()).isEqualTo(200);
        JsonNode work = editor.get("/api/edit/works/" + id).json().path("work");
        var lower = editor.put(
                "/api/edit/works/" + id,
                ((ObjectNode) work.deepCopy()).put("capacity", 9).toString());
        assertProblem(lower, "capacity");
        assertThat(lower.json().path("detail").asString()).contains("10 people inside");
        // Nothing changed (the update was rolled back); down to the people inside is allowed.
        int publicCapacity = jdbc.sql("SELECT capacity FROM pub.shelters WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
        assertThat(publicCapacity).isEqualTo(capacity);
        var same = editor.put(
                "/api/edit/works/" + id,
                ((ObjectNode) work.deepCopy()).put("capacity", 10).toString());
        assertThat(same.status()).as(same.body()).isEqualTo(200);
    }

    @Test
    void onlyPublicSheltersHaveALiveStatusAndOnlyEditorsChangeIt() {
        long restricted = fixture.restrictedWork("指挥所状态测试");
        assertThat(editor.put("/api/edit/shelter-status/" + restricted, "{\"status\": \"closed\"}")
                        .status())
                .isEqualTo(404);
        StaffClient planner = StaffClient.as(Role.PLANNER, port, users, tx);
        assertThat(planner.put("/api/edit/shelter-status/" + id, "{\"status\": \"closed\"}")
                        .status())
                .isEqualTo(403);
        assertThat(StaffClient.anonymous(port)
                        .put("/api/edit/shelter-status/" + id, "{\"status\": \"closed\"}")
                        .status())
                .isIn(401, 403);
        JsonNode list = editor.get("/api/edit/shelter-status?q=实时状态测试").json();
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).get("capacity").asInt()).isEqualTo(capacity);
        assertThat(list.get(0).get("status").asString()).isEqualTo("open");
        assertProblem(editor.get("/api/edit/shelter-status?limit=0"), "limit");
    }

    @Test
    void theContactAttributesAreEditedAndPublishedForPublicShelters() {
        ObjectNode work =
                (ObjectNode) editor.get("/api/edit/works/" + id).json().path("work");
        work.put("managing_unit", "崇川区人防工程管理站").put("duty_phone", "0513-8512 3456");
        work.put("last_verified", "2026-11-20");
        var r = editor.put("/api/edit/works/" + id, work.toString());
        assertThat(r.status()).isEqualTo(200);
        // A way in, so the search can send people there; asked for right at it.
        double[] at = jdbc.sql("SELECT ST_X(geom), ST_Y(geom) FROM pub.shelter_points WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)})
                .single();
        jdbc.sql(
                        "INSERT INTO core.entrances (work_id, kind, accessible, geom) VALUES (:id, 'pedestrian', true, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326))")
                .param("id", id)
                .param("lon", at[0])
                .param("lat", at[1])
                .update();
        JsonNode nearest = new Http(port)
                .get("/api/public/nearest?lon=" + at[0] + "&lat=" + at[1] + "&limit=3")
                .json();
        JsonNode mine = null;
        for (JsonNode s : nearest.get("shelters")) {
            if (s.get("id").asLong() == id) {
                mine = s;
            }
        }
        assertThat(mine).as("the test shelter is among the 20 nearest").isNotNull();
        assertThat(mine.get("managing_unit").asString()).isEqualTo("崇川区人防工程管理站");
        assertThat(mine.get("duty_phone").asString()).isEqualTo("0513-8512 3456");
        assertThat(mine.get("last_verified").asString()).isEqualTo("2026-11-20");
        assertThat(new Http(port).get("/api/public/shelters").body()).contains("0513-8512 3456");

        ObjectNode fresh = (ObjectNode) r.json().path("work");
        assertProblem(
                editor.put(
                        "/api/edit/works/" + id,
                        fresh.deepCopy().put("duty_phone", "call me").toString()),
                "duty_phone");
        assertProblem(
                editor.put(
                        "/api/edit/works/" + id,
                        fresh.deepCopy().put("last_verified", "2026-13-01").toString()),
                "last_verified");
        assertProblem(
                editor.put(
                        "/api/edit/works/" + id,
                        fresh.deepCopy().put("last_verified", "2999-01-01").toString()),
                "last_verified");
    }

    private static void assertProblem(Http.Response r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("parameter").asString()).isEqualTo(field);
    }
}
