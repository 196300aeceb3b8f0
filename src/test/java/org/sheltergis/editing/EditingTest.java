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

/** Optimistic locking, validation and bulk signage through the editors' API. */
@IntegrationTest
class EditingTest {

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    RegisterFixture fixture;
    StaffClient alice;
    StaffClient bob;

    @BeforeEach
    void setUp() {
        fixture = new RegisterFixture(jdbc);
        alice = StaffClient.as(Role.EDITOR, port, users, tx);
        bob = StaffClient.as(Role.EDITOR, port, users, tx);
    }

    @AfterEach
    void cleanUp() {
        fixture.cleanUp();
    }

    @Test
    void twoEditorsOneWinsTheOtherGets409WithTheCurrentState() {
        long id = fixture.publicShelter("锁测试工程");
        JsonNode seenByAlice = alice.get("/api/edit/works/" + id).json();
        JsonNode seenByBob = bob.get("/api/edit/works/" + id).json();
        int version = seenByAlice.path("work").path("version").asInt();

        ObjectNode aliceEdit = ((ObjectNode) seenByAlice.path("work")).put("name", "锁测试工程（爱丽丝）");
        var a = alice.put("/api/edit/works/" + id, aliceEdit.toString());
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("work").path("version").asInt()).isEqualTo(version + 1);
        assertThat(a.json().path("work").path("changed_by").asString()).isEqualTo(alice.username());

        ObjectNode bobEdit = ((ObjectNode) seenByBob.path("work")).put("address", "鲍勃路1号");
        var b = bob.put("/api/edit/works/" + id, bobEdit.toString());
        assertThat(b.status()).isEqualTo(409);
        assertThat(b.contentType()).startsWith("application/problem+json");
        // The loser sees what won, so nothing is lost that he cannot see.
        assertThat(b.json().path("current").path("work").path("name").asString())
                .isEqualTo("锁测试工程（爱丽丝）");
        assertThat(b.json().path("current").path("work").path("version").asInt())
                .isEqualTo(version + 1);
        String address = jdbc.sql("SELECT address FROM core.works WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(address).isNotEqualTo("鲍勃路1号");

        // Redone on top of the current version, Bob's edit goes through.
        ObjectNode redo = ((ObjectNode) b.json().path("current").path("work")).put("address", "鲍勃路1号");
        assertThat(bob.put("/api/edit/works/" + id, redo.toString()).status()).isEqualTo(200);
    }

    @Test
    void parkingAndSignageVersionsConflictToo() {
        long id = fixture.publicShelter("停车锁测试");
        String open =
                "{\"version\":0,\"total_spaces\":80,\"public_spaces\":60,\"ev_chargers_installed\":6,\"ev_chargers_in_service\":5,\"opened_year\":2026}";
        assertThat(alice.put("/api/edit/works/" + id + "/parking", open).status())
                .isEqualTo(200);
        var late = bob.put("/api/edit/works/" + id + "/parking", open.replace("80", "90"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json()
                        .path("current")
                        .path("parking")
                        .path("total_spaces")
                        .asInt())
                .isEqualTo(80);

        String sign = "{\"status\":\"upgraded\",\"items\":[{\"work_id\":" + id + ",\"version\":0}]}";
        assertThat(alice.put("/api/edit/signage", sign).status()).isEqualTo(200);
        var stale = bob.put("/api/edit/signage", sign.replace("upgraded", "outdated"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json()
                        .path("current")
                        .get(0)
                        .path("signage")
                        .path("status")
                        .asString())
                .isEqualTo("upgraded");
    }

    @Test
    void bulkSignageUpgradesManyWorksAtOnceOrNone() {
        long[] ids = new long[5];
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < ids.length; i++) {
            ids[i] = fixture.publicShelter("标识批量" + i);
            items.append(i == 0 ? "" : ",")
                    .append("{\"work_id\":")
                    .append(ids[i])
                    .append(",\"version\":0}");
        }
        var r = alice.put("/api/edit/signage", "{\"status\":\"upgraded\",\"note\":\"橙色地带\",\"items\":[" + items + "]}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().size()).isEqualTo(5);
        for (long id : ids) {
            var row = jdbc.sql("SELECT status, year_upgraded, version FROM core.signage WHERE work_id = :id")
                    .param("id", id)
                    .query((rs, n) -> rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3))
                    .single();
            assertThat(row).isEqualTo("upgraded/2026/1");
            // The public map reads the same register.
            String pub = jdbc.sql("SELECT signage_status FROM pub.shelters WHERE id = :id")
                    .param("id", id)
                    .query(String.class)
                    .single();
            assertThat(pub).isEqualTo("upgraded");
        }
        // One stale item among five: nothing of the five changes.
        StringBuilder next = new StringBuilder();
        for (int i = 0; i < ids.length; i++) {
            next.append(i == 0 ? "" : ",")
                    .append("{\"work_id\":")
                    .append(ids[i])
                    .append(",\"version\":")
                    .append(i == 3 ? 0 : 1)
                    .append("}");
        }
        var partial = bob.put("/api/edit/signage", "{\"status\":\"outdated\",\"items\":[" + next + "]}");
        assertThat(partial.status()).isEqualTo(409);
        assertThat(partial.json().path("current").size()).isEqualTo(1);
        long outdated = jdbc.sql("SELECT count(*) FROM core.signage WHERE work_id = ANY(:ids) AND status = 'outdated'")
                .param("ids", java.util.Arrays.stream(ids).boxed().toArray(Long[]::new))
                .query(Long.class)
                .single();
        assertThat(outdated).isZero();
    }

    @Test
    void editsAreValidated() {
        long id = fixture.publicShelter("校验测试");
        JsonNode state = alice.get("/api/edit/works/" + id).json();
        ObjectNode work = (ObjectNode) state.path("work");
        int v = work.path("version").asInt();
        assertBad(
                alice.put(
                        "/api/edit/works/" + id,
                        work.deepCopy().put("building_area", -5).toString()),
                "building_area");
        assertBad(
                alice.put(
                        "/api/edit/works/" + id,
                        work.deepCopy().put("sheltering_area", 2600).toString()),
                "sheltering_area");
        assertBad(
                alice.put(
                        "/api/edit/works/" + id,
                        work.deepCopy().put("capacity", 5000).toString()),
                "capacity");
        assertBad(
                alice.put(
                        "/api/edit/works/" + id,
                        work.deepCopy().put("function", "bunker").toString()),
                "function");
        assertBad(
                alice.put(
                        "/api/edit/works/" + id,
                        work.deepCopy()
                                .put("function", "command")
                                .put("public_shelter", true)
                                .toString()),
                "public_shelter");
        assertBad(
                alice.put(
                        "/api/edit/works/" + id,
                        work.deepCopy().put("version", "one").toString()),
                "version");
        assertBad(
                alice.put(
                        "/api/edit/works/" + id,
                        work.deepCopy().put("district_code", "999999").toString()),
                "district_code");

        String bowtie = "{\"version\":" + v
                + ",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[120.87,32.01],[120.871,32.011],[120.871,32.01],[120.87,32.011],[120.87,32.01]]]}}";
        assertBad(alice.put("/api/edit/works/" + id + "/footprint", bowtie), "geometry");
        String beijing = "{\"version\":" + v
                + ",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[116.39,39.9],[116.391,39.9],[116.391,39.901],[116.39,39.901],[116.39,39.9]]]}}";
        assertBad(alice.put("/api/edit/works/" + id + "/footprint", beijing), "geometry");
        assertBad(
                alice.put(
                        "/api/edit/works/" + id + "/footprint",
                        "{\"version\":" + v + ",\"geometry\":{\"type\":\"Point\",\"coordinates\":[120.87,32.01]}}"),
                "geometry");
        assertBad(
                alice.put(
                        "/api/edit/works/" + id + "/footprint",
                        "{\"version\":" + v + ",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":\"x\"}}"),
                "geometry");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 6000; i++) {
            double a = 2 * Math.PI * i / 6000;
            many.append(String.format(
                    java.util.Locale.ROOT, "[%.7f,%.7f],", 120.87 + 0.001 * Math.cos(a), 32.01 + 0.001 * Math.sin(a)));
        }
        many.append("[120.871,32.01]");
        assertBad(
                alice.put(
                        "/api/edit/works/" + id + "/footprint",
                        "{\"version\":" + v + ",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[" + many + "]]}}"),
                "geometry");

        assertBad(
                alice.put(
                        "/api/edit/works/" + id + "/parking",
                        "{\"version\":0,\"total_spaces\":10,\"public_spaces\":20}"),
                "public_spaces");
        assertBad(
                alice.put("/api/edit/works/" + id + "/parking", "{\"version\":0,\"total_spaces\":1000}"),
                "total_spaces");
        assertBad(
                alice.put(
                        "/api/edit/works/" + id + "/parking",
                        "{\"version\":0,\"total_spaces\":10,\"ev_chargers_installed\":2,\"ev_chargers_in_service\":3}"),
                "ev_chargers_in_service");
        assertBad(
                alice.put(
                        "/api/edit/works/" + id + "/entrances",
                        "{\"version\":" + v + ",\"entrances\":[{\"kind\":\"pedestrian\",\"lon\":120.5,\"lat\":32.5}]}"),
                "entrances[0]");
        assertBad(
                alice.put(
                        "/api/edit/signage",
                        "{\"status\":\"shiny\",\"items\":[{\"work_id\":" + id + ",\"version\":0}]}"),
                "status");
        assertThat(fixture.workVersion(id)).isEqualTo(v);
    }

    @Test
    void footprintAndEntrancesAreDrawnOnTheMap() {
        long id = fixture.publicShelter("绘制测试");
        JsonNode state = alice.get("/api/edit/works/" + id).json();
        int v = state.path("work").path("version").asInt();
        JsonNode ring = state.path("footprint").path("coordinates").get(0).get(0);
        double x = ring.get(0).get(0).asDouble();
        double y = ring.get(0).get(1).asDouble();
        String poly = String.format(
                java.util.Locale.ROOT,
                "{\"version\":%d,\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}}",
                v,
                x,
                y,
                x + 0.0006,
                y,
                x + 0.0006,
                y + 0.0005,
                x,
                y + 0.0005,
                x,
                y);
        var f = alice.put("/api/edit/works/" + id + "/footprint", poly);
        assertThat(f.status()).as(f.body()).isEqualTo(200);
        assertThat(f.json().path("footprint").path("type").asString()).isEqualTo("MultiPolygon");
        int v2 = f.json().path("work").path("version").asInt();
        assertThat(v2).isEqualTo(v + 1);

        String entrances = String.format(
                java.util.Locale.ROOT,
                "{\"version\":%d,\"entrances\":[{\"kind\":\"pedestrian\",\"accessible\":true,\"lon\":%f,\"lat\":%f},{\"kind\":\"vehicle\",\"lon\":%f,\"lat\":%f}]}",
                v2,
                x,
                y,
                x + 0.0006,
                y);
        var e = alice.put("/api/edit/works/" + id + "/entrances", entrances);
        assertThat(e.status()).as(e.body()).isEqualTo(200);
        assertThat(e.json().path("entrances").size()).isEqualTo(2);
        long moved = e.json().path("entrances").get(0).path("id").asLong();
        // Moving an entrance keeps its id.
        String move = String.format(
                java.util.Locale.ROOT,
                "{\"version\":%d,\"entrances\":[{\"id\":%d,\"kind\":\"pedestrian\",\"lon\":%f,\"lat\":%f}]}",
                v2 + 1,
                moved,
                x + 0.0001,
                y + 0.0001);
        var m = alice.put("/api/edit/works/" + id + "/entrances", move);
        assertThat(m.status()).as(m.body()).isEqualTo(200);
        assertThat(m.json().path("entrances").get(0).path("id").asLong()).isEqualTo(moved);
        assertThat(m.json().path("entrances").size()).isEqualTo(1);
        // Stale entrance edits are refused like any other.
        assertThat(bob.put("/api/edit/works/" + id + "/entrances", move).status())
                .isEqualTo(409);
    }

    @Test
    void editBodiesAreTypedRecordsAndEveryFaultNamesItsJsonField() {
        long id = fixture.publicShelter("请求体测试");
        ObjectNode work = (ObjectNode) alice.get("/api/edit/works/" + id).json().path("work");
        int v = work.path("version").asInt();
        String path = "/api/edit/works/" + id;

        // The attributes: missing, ill-typed (text for a number, a fraction for a whole number, 1 for a flag), and
        // out of range (WorkRules' range, the one the register import applies too).
        assertBad(alice.put(path, minus(work, "version")), "version");
        assertBad(alice.put(path, work.deepCopy().put("capacity", "lots").toString()), "capacity");
        assertBad(alice.put(path, work.deepCopy().put("capacity", 1.5).toString()), "capacity");
        assertBad(alice.put(path, work.deepCopy().put("building_area", "1200").toString()), "building_area");
        assertBad(alice.put(path, work.deepCopy().put("public_shelter", 1).toString()), "public_shelter");
        assertBad(alice.put(path, work.deepCopy().put("completion_year", 1800).toString()), "completion_year");
        assertBad(alice.put(path, "[1, 2]"), "body");
        var typed = alice.put(path, work.deepCopy().put("capacity", "lots").toString());
        assertThat(typed.json().path("detail").asString()).contains("capacity").contains("whole number");

        assertBad(alice.put(path + "/footprint", "{\"version\":" + v + "}"), "geometry");
        assertBad(alice.put(path + "/footprint", "{\"version\":\"one\",\"geometry\":{}}"), "version");

        String entrance = "{\"kind\":\"pedestrian\",\"lon\":120.87,\"lat\":32.01}";
        assertBad(alice.put(path + "/entrances", "{\"version\":" + v + "}"), "entrances");
        assertBad(
                alice.put(
                        path + "/entrances",
                        "{\"version\":" + v + ",\"entrances\":[{\"kind\":\"pedestrian\",\"lat\":32.01}]}"),
                "entrances[0].lon");
        assertBad(
                alice.put(
                        path + "/entrances",
                        "{\"version\":" + v + ",\"entrances\":[" + entrance.replace("32.01", "95") + "]}"),
                "entrances[0].lat");
        assertBad(
                alice.put(
                        path + "/entrances",
                        "{\"version\":" + v + ",\"entrances\":[" + entrance.replace("120.87", "\"east\"") + "]}"),
                "entrances[0].lon");
        assertBad(
                alice.put(
                        path + "/entrances",
                        "{\"version\":" + v + ",\"entrances\":[" + entrance.replace("pedestrian", "tunnel") + "]}"),
                "entrances[0].kind");
        String many = String.join(",", java.util.Collections.nCopies(51, entrance));
        assertBad(alice.put(path + "/entrances", "{\"version\":" + v + ",\"entrances\":[" + many + "]}"), "entrances");
        // Every broken constraint is listed, by its JSON name; parameter and detail are the first of them.
        var both =
                alice.put(path + "/entrances", "{\"entrances\":[{\"kind\":\"pedestrian\",\"lon\":200,\"lat\":32.01}]}");
        assertBad(both, "entrances[0].lon");
        assertThat(fields(both.json().path("errors"))).containsExactly("entrances[0].lon", "version");
        assertThat(both.json().path("detail").asString()).startsWith("entrances[0].lon ");

        assertBad(alice.put(path + "/parking", "{\"total_spaces\":10}"), "version");
        assertBad(alice.put(path + "/parking", "{\"version\":0,\"total_spaces\":\"ten\"}"), "total_spaces");
        assertBad(
                alice.put(path + "/parking", "{\"version\":0,\"total_spaces\":10,\"opened_year\":1800}"),
                "opened_year");

        String item = "{\"work_id\":" + id + ",\"version\":0}";
        assertBad(
                alice.put("/api/edit/signage", "{\"status\":\"upgraded\",\"items\":[{\"version\":0}]}"),
                "items[0].work_id");
        assertBad(
                alice.put(
                        "/api/edit/signage", "{\"status\":\"upgraded\",\"items\":[{\"work_id\":\"x\",\"version\":0}]}"),
                "items[0].work_id");
        assertBad(alice.put("/api/edit/signage", "{\"status\":\"upgraded\",\"items\":\"all\"}"), "items");
        assertBad(alice.put("/api/edit/signage", "{\"status\":\"upgraded\",\"items\":[]}"), "items");
        assertBad(
                alice.put(
                        "/api/edit/signage",
                        "{\"status\":\"upgraded\",\"inspected\":\"yesterday\",\"items\":[" + item + "]}"),
                "inspected");
        assertBad(
                alice.put(
                        "/api/edit/signage",
                        "{\"status\":\"upgraded\",\"note\":\"" + "x".repeat(501) + "\",\"items\":[" + item + "]}"),
                "note");
        assertBad(alice.put("/api/edit/signage", "{\"items\":[" + item + "]}"), "status");
        assertThat(fixture.workVersion(id)).isEqualTo(v);

        // Good bodies still go through, with the consoles' field names; a field left out is "no value".
        var saved = alice.put(path, minus(work.deepCopy().put("capacity", 100), "address"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("work").path("capacity").asInt()).isEqualTo(100);
        assertThat(saved.json().path("work").path("address").isNull()).isTrue();
        var parked = alice.put(path + "/parking", "{\"version\":0,\"total_spaces\":10,\"opening_hours\":\" 全天 \"}");
        assertThat(parked.status()).as(parked.body()).isEqualTo(200);
        assertThat(parked.json().path("parking").path("opening_hours").asString())
                .isEqualTo("全天");
        var signed = alice.put(
                "/api/edit/signage",
                "{\"status\":\"upgraded\",\"year\":2025,\"inspected\":\"2025-06-01\",\"items\":[" + item + "]}");
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().get(0).path("year_upgraded").asInt()).isEqualTo(2025);
    }

    private static String minus(ObjectNode object, String field) {
        ObjectNode copy = object.deepCopy();
        copy.remove(field);
        return copy.toString();
    }

    private static java.util.List<String> fields(JsonNode errors) {
        java.util.List<String> out = new java.util.ArrayList<>();
        errors.forEach(e -> out.add(e.path("field").asString()));
        return out;
    }

    private static void assertBad(Http.Response r, String parameter) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("parameter").asString()).as(r.body()).isEqualTo(parameter);
    }
}
