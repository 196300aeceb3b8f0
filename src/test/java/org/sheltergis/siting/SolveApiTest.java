package org.sheltergis.siting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.StaffClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** POST /api/siting/solve on explicit instances: answers, and 400 problem+json naming the field at fault. */
@IntegrationTest
class SolveApiTest {

    @LocalServerPort
    int port;

    private static final String INSTANCE = """
            {"radius_m": 300, "budget": 1.0e8, "max_sites": 5, "capacitated": false, "solver": "%s",
             "demand": [{"id": "d1", "lon": 120.86, "lat": 32.01, "weight": 120},
                        {"id": "d2", "lon": 120.90, "lat": 32.05, "weight": 80},
                        {"id": "d3", "lon": 120.8505, "lat": 32.0005, "weight": 500}],
             "candidates": [{"id": "c1", "lon": 120.861, "lat": 32.011, "cost": 2.0e7, "capacity": 1500},
                            {"id": "c2", "lon": 120.95, "lat": 32.10, "cost": 1.0e7, "capacity": 1500}],
             "existing": [{"lon": 120.85, "lat": 32.00}]}
            """;

    @Test
    void exactSolvesTheBriefsExampleShape() {
        JsonNode r = ok(INSTANCE.formatted("exact"));
        assertThat(r.get("status").stringValue()).isEqualTo("OPTIMAL");
        assertThat(r.get("solver").stringValue()).isEqualTo("exact");
        assertThat(r.get("chosen").toString()).isEqualTo("[\"c1\"]"); // c2 covers nobody and is left out
        assertThat(r.get("covered_weight").asLong()).isEqualTo(120);
        assertThat(r.get("bound").asLong()).isEqualTo(120);
        assertThat(r.get("gap").asDouble()).isZero();
        assertThat(r.get("millis").asLong()).isNotNegative();
        assertThat(r.at("/demand/already_covered_weight").asLong()).isEqualTo(500);
        JsonNode site = r.at("/sites/0");
        assertThat(site.get("rank").asInt()).isEqualTo(1);
        assertThat(site.get("newly_covered").asLong()).isEqualTo(120);
        // c1 → (120.85, 32.00): about 1.57 km on the ellipsoid
        assertThat(site.get("nearest_existing_m").asDouble()).isBetween(1500.0, 1650.0);
        assertThat(r.at("/next_best/id").stringValue()).isEqualTo("c2");
        assertThat(r.at("/next_best/would_add").asLong()).isZero();
    }

    @Test
    void greedyAnswersTooWithoutABound() {
        JsonNode r = ok(INSTANCE.formatted("greedy"));
        assertThat(r.get("solver").stringValue()).isEqualTo("greedy");
        assertThat(r.get("status").stringValue()).isEqualTo("FEASIBLE");
        assertThat(r.get("covered_weight").asLong()).isEqualTo(120);
    }

    @Test
    void budgetAndCapacityAreHonoured() {
        String body = """
                {"radius_m": 200, "budget": 30, "capacitated": true,
                 "demand": [{"lon": 120.860, "lat": 32.010, "weight": 100},
                            {"lon": 120.870, "lat": 32.010, "weight": 100}],
                 "candidates": [{"id": "a", "lon": 120.8601, "lat": 32.010, "cost": 20, "capacity": 60},
                                {"id": "b", "lon": 120.8701, "lat": 32.010, "cost": 20, "capacity": 90},
                                {"id": "c", "lon": 120.8699, "lat": 32.010, "cost": 10, "sheltering_area": 35}]}
                """;
        JsonNode r = ok(body);
        // b + c (cost 30) take all 100 in the east (90 + 35 places); a + c take only 60 + 35 = 95.
        assertThat(r.get("covered_weight").asLong()).isEqualTo(100);
        assertThat(r.get("cost").asDouble()).isLessThanOrEqualTo(30);
    }

    @Test
    void badInstancesNameTheField() {
        assertBad("{\"budget\": 10, \"demand\": []}", "candidates");
        assertBad("{\"budget\": 10, \"demand\": [], \"candidates\": []}", "candidates");
        assertBad(withBudget("-5"), "budget");
        assertBad(withBudget("null"), "budget");
        assertBad(withBudget("\"ledger\""), "budget");
        assertBad(
                "{\"budget\": 10, \"max_sites\": 0, \"demand\": [], \"candidates\": [" + CANDIDATE + "]}", "max_sites");
        assertBad(
                "{\"budget\": 10, \"solver\": \"magic\", \"demand\": [], \"candidates\": [" + CANDIDATE + "]}",
                "solver");
        assertBad("{\"budget\": 10, \"radius_m\": 0, \"demand\": [], \"candidates\": [" + CANDIDATE + "]}", "radius_m");
        assertBad(
                "{\"budget\": 10, \"demand\": [{\"lat\": 32, \"weight\": 1}], \"candidates\": [" + CANDIDATE + "]}",
                "demand[0].lon");
        assertBad(
                "{\"budget\": 10, \"demand\": [{\"lon\": 120, \"lat\": 32, \"weight\": -1}], \"candidates\": ["
                        + CANDIDATE + "]}",
                "demand[0].weight");
        assertBad(
                "{\"budget\": 10, \"capacitated\": true, \"demand\": [], \"candidates\": "
                        + "[{\"id\": \"x\", \"lon\": 120, \"lat\": 32, \"cost\": 1}]}",
                "candidates[0].capacity");
        assertBad(
                "{\"budget\": 10, \"demand\": [], \"candidates\": [{\"id\": \"x\", \"lon\": 120, \"lat\": 32, "
                        + "\"cost\": 5, \"buildable_area\": 2, \"unit_cost\": 3}]}",
                "candidates[0].cost");
        assertBad(
                "{\"budget\": 10, \"demand\": [], \"candidates\": [" + CANDIDATE + "," + CANDIDATE + "]}",
                "candidates[1].id");
        assertBad(
                "{\"budget\": 10, \"demand\": [], \"candidates\": [{\"id\": \"x\", \"lon\": 200, \"lat\": 32, "
                        + "\"cost\": 1}]}",
                "candidates[0].lon");
        assertBad("[1, 2]", "body");
        assertBad(withBudget("10").replace("\"budget\": 10", "\"budget\": 10, \"radius_m\": \"far\""), "radius_m");
        assertBad(
                withBudget("10").replace("\"budget\": 10", "\"budget\": 10, \"capacitated\": \"yes\""), "capacitated");
        assertBad(withBudget("true"), "budget");
        assertBad(withBudget("10").replace("\"capacity\": 5", "\"capacity\": 5.5"), "candidates[0].capacity");
        assertBad(withBudget("10").replace("\"capacity\": 5", "\"capacity\": -5"), "candidates[0].capacity");
        assertBad(withBudget("10").replace("\"id\": \"x\", ", ""), "candidates[0].id");
        assertBad(
                withBudget("10").replace("\"capacity\": 5", "\"capacity\": 5, \"parking_demand\": -1"),
                "candidates[0].parking_demand");
        assertBad(withBudget("10").replace("\"demand\": []", "\"demand\": [null]"), "demand[0]");
        assertBad(
                withBudget("10")
                        .replace("\"demand\": []", "\"demand\": [], \"existing\": [{\"lon\": 120, \"lat\": 95}]"),
                "existing[0].lat");
        assertBad(
                withBudget("10")
                        .replace("\"demand\": []", "\"demand\": [{\"lon\": 120, \"lat\": 32, \"weight\": \"1\"}]"),
                "demand[0].weight");
        Http.Response r = StaffClient.admin(port)
                .postJson("/api/siting/solve", withBudget("10").replace("\"lon\": 120", "\"lon\": 190"));
        assertThat(r.json().get("detail").stringValue()).isEqualTo("candidates[0].lon must be between -180 and 180");
    }

    private static final String CANDIDATE = "{\"id\": \"x\", \"lon\": 120, \"lat\": 32, \"cost\": 1, \"capacity\": 5}";

    private static String withBudget(String budget) {
        return "{\"budget\": " + budget + ", \"demand\": [], \"candidates\": [" + CANDIDATE + "]}";
    }

    private JsonNode ok(String body) {
        Http.Response r = StaffClient.admin(port).postJson("/api/siting/solve", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private void assertBad(String body, String field) {
        Http.Response r = StaffClient.admin(port).postJson("/api/siting/solve", body);
        assertThat(r.status()).as(body + " → " + r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("parameter").stringValue()).as(r.body()).isEqualTo(field);
    }
}
