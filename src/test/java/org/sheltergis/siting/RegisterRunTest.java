package org.sheltergis.siting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Runs over the register (PostGIS coverage, exclusions, ledger budget), kept and fetched with GeoJSON, exported. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterRunTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Fixture fixture;

    @BeforeAll
    void register() {
        fixture = new Fixture(jdbc, "990001", 119.0, 30.0);
        fixture.build();
    }

    @AfterAll
    void removeRegister() {
        fixture.remove();
    }

    @Test
    void excludesHazardOverlapAndSmallSitesAndChoosesTheBestSite() {
        JsonNode run = post("{\"district\": \"990001\", \"budget\": 2.5e7, \"solver\": \"exact\"}");
        assertThat(run.get("status").stringValue()).isEqualTo("OPTIMAL");
        assertThat(run.get("chosen").toString()).isEqualTo("[\"990001-S1\"]");
        assertThat(run.get("covered_weight").asLong()).isEqualTo(2000); // five cells × 1000 × 0.40
        assertThat(run.at("/demand/total_weight").asLong()).isEqualTo(4000);
        assertThat(run.at("/demand/already_covered_weight").asLong()).isEqualTo(1200);
        assertThat(run.at("/candidates/eligible").asInt()).isEqualTo(2);

        List<String> reasons = new ArrayList<>();
        for (JsonNode e : run.get("excluded")) {
            reasons.add(
                    e.get("id").stringValue() + " " + e.get("reasons").get(0).stringValue());
        }
        assertThat(reasons).hasSize(3);
        assertThat(reasons).anyMatch(r -> r.startsWith("990001-S2 hazard:"));
        assertThat(reasons).anyMatch(r -> r.equals("990001-S3 existing_work:990001-SUP"));
        assertThat(reasons).anyMatch(r -> r.equals("990001-S4 buildable_area:1000<1500"));

        JsonNode site = run.at("/sites/0");
        assertThat(site.get("newly_covered").asLong()).isEqualTo(2000);
        assertThat(site.get("capacity").asLong()).isEqualTo(4480); // 6400 m² × 0.7 ÷ 1.0 m²/person
        assertThat(site.get("nearest_existing_m").asDouble()).isBetween(430.0, 450.0);
        assertThat(run.at("/next_best/id").stringValue()).isEqualTo("990001-S5");
        assertThat(run.at("/next_best/fits_budget").asBoolean()).isFalse();

        JsonNode list = StaffClient.admin(port).get("/api/siting/runs?limit=5").json();
        assertThat(list.get(0).at("/parameters/district").stringValue()).isEqualTo("990001");
        JsonNode kept = StaffClient.admin(port)
                .get("/api/siting/runs/" + run.get("id").asLong())
                .json();
        assertThat(kept.get("chosen")).isEqualTo(run.get("chosen"));
        JsonNode features = kept.at("/geojson/sites/features");
        assertThat(features.size()).isEqualTo(5);
        assertThat(kept.at("/geojson/coverage/features").size()).isEqualTo(1);
        assertThat(kept.at("/geojson/coverage/features/0/geometry/type").stringValue())
                .isEqualTo("Polygon");
    }

    @Test
    void greedyAndExactAgreeHereAndSiteCountIsKept() {
        JsonNode greedy =
                post("{\"district\": \"990001\", \"budget\": \"none\", \"max_sites\": 1, \"solver\": \"greedy\"}");
        assertThat(greedy.get("chosen").toString()).isEqualTo("[\"990001-S1\"]");
        JsonNode both = post("{\"district\": \"990001\", \"budget\": \"none\", \"max_sites\": 2}");
        // S5 adds nobody once S1 is built, so the exact plan keeps to one site.
        assertThat(both.get("chosen").toString()).isEqualTo("[\"990001-S1\"]");
    }

    @Test
    void theLedgerBalanceIsTheDefaultBudget() {
        StaffClient.admin(port).postJson("/api/ledger/receipts", """
                {"project": "测试项目", "district_code": "990001", "exempted_area": 5000, "date": "2026-03-01"}""");
        JsonNode run = post("{\"district\": \"990001\"}");
        assertThat(run.at("/parameters/budget").stringValue()).isEqualTo("ledger");
        assertThat(run.at("/ledger/balance_before").asDouble()).isEqualTo(1.0e7); // 5000 m² × 2000 CNY/m²
        assertThat(run.get("chosen").toString()).isEqualTo("[\"990001-S5\"]"); // S1 (2e7) is beyond the balance
        assertThat(run.at("/ledger/balance_after").asDouble()).isZero();
    }

    @Test
    void exportsCsvAndXlsx() {
        JsonNode run = post("{\"district\": \"990001\", \"budget\": 2.5e7}");
        long id = run.get("id").asLong();
        Http.Response csv = StaffClient.admin(port).get("/api/siting/runs/" + id + "/export?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("990001-S1").contains("测试用地");
        Http.Response xlsx = StaffClient.admin(port).get("/api/siting/runs/" + id + "/export?format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith("PK"); // a zip container
        assertThat(StaffClient.admin(port)
                        .get("/api/siting/runs/" + id + "/export?format=pdf")
                        .status())
                .isEqualTo(400);
        assertThat(StaffClient.admin(port).get("/api/siting/runs/99999999").status())
                .isEqualTo(404);
    }

    @Test
    void badRunParametersNameTheField() {
        assertBad("{\"district\": \"NOPE\"}", "district");
        assertBad("{\"budget\": -1}", "budget");
        assertBad("{\"budget\": \"lots\"}", "budget");
        assertBad("{\"district\": \"990001\", \"min_buildable_area\": 1e9}", "candidates");
        assertBad("{\"staying_share\": 2}", "staying_share");
        assertBad("{\"time_limit_s\": 100000}", "time_limit_s");
        assertBad("{\"staying_share\": \"40%\"}", "staying_share");
        assertBad("{\"min_buildable_area\": -1}", "min_buildable_area");
        assertBad("{\"max_sites\": 1.5}", "max_sites");
        assertBad("{\"district\": 990001.5}", "district");
        assertBad("{\"tie_break\": \"no\"}", "tie_break");
    }

    @Test
    void aBudgetLeftOutIsTheLedgersAndANullBudgetIsNoLimit() {
        JsonNode unlimited = post("{\"district\": \"990001\", \"budget\": null, \"max_sites\": 1}");
        JsonNode budget = unlimited.at("/parameters/budget");
        assertThat(budget.isNull() || budget.isMissingNode())
                .as(unlimited.toString())
                .isTrue();
        assertThat(unlimited.at("/parameters/max_sites").asInt()).isEqualTo(1);
        JsonNode fromLedger = post("{\"district\": \"990001\", \"max_sites\": 1}");
        assertThat(fromLedger.at("/parameters/budget").stringValue()).isEqualTo("ledger");
    }

    private JsonNode post(String body) {
        Http.Response r = StaffClient.admin(port).postJson("/api/siting/runs", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private void assertBad(String body, String field) {
        Http.Response r = StaffClient.admin(port).postJson("/api/siting/runs", body);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("parameter").stringValue()).isEqualTo(field);
    }
}
