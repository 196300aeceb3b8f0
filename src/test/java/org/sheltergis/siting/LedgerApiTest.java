package org.sheltergis.siting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
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

/** The fee ledger: receipts, allocations, balances, and CSV import that is all or nothing with row-level errors. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Fixture fixture;

    @BeforeAll
    void register() {
        fixture = new Fixture(jdbc, "990002", 119.2, 30.0);
        fixture.build();
    }

    @AfterAll
    void removeRegister() {
        fixture.remove();
    }

    @Test
    void csvImportIsAllOrNothingWithRowErrors() {
        double before = balance("990002");
        String bad = """
                kind,project,district_code,exempted_area,rate,amount,date,site_code,note
                receipt,好项目,990002,1000,,,2026-01-05,,
                receipt,坏日期,990002,1000,,,2026-13-01,,
                receipt,,NOWHERE,-5,,,2026-01-05,,
                allocation,,990002,,,9e12,2026-02-01,990002-S1,too much
                allocation,,990002,,,10,2026-02-01,NO-SUCH-SITE,
                refund,,990002,,,10,2026-02-01,,
                """;
        Http.Response r = csv(bad);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode errors = r.json().get("errors");
        assertThat(errors.toString())
                .contains("{\"row\":2,\"field\":\"date\"")
                .contains("\"row\":3,\"field\":\"project\"")
                .contains("\"row\":3,\"field\":\"district_code\"")
                .contains("\"row\":3,\"field\":\"exempted_area\"")
                .contains("\"row\":4,\"field\":\"amount\"")
                .contains("\"row\":5,\"field\":\"site_code\"")
                .contains("\"row\":6,\"field\":\"kind\"");
        assertThat(errors.toString()).doesNotContain("\"row\":1,");
        assertThat(balance("990002")).isEqualTo(before); // row 1 was fine but nothing was written

        String good = """
                kind,project,district_code,exempted_area,rate,amount,date,site_code,note
                receipt,"某小区, 二期",990002,1000,2500,,2026-01-05,,
                receipt,某商场,990002,200,,,2026-01-06,,
                allocation,,,,,1500000,2026-02-01,990002-S1,文亮式补建
                """;
        Http.Response ok = csv(good);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("receipts").asInt()).isEqualTo(2);
        assertThat(ok.json().get("allocations").asInt()).isEqualTo(1);
        // 1000 × 2500 + 200 × 2000 (the default rate) − 1.5 million
        assertThat(balance("990002")).isEqualTo(before + 2_500_000 + 400_000 - 1_500_000);

        JsonNode allocations = StaffClient.admin(port)
                .get("/api/ledger/allocations?district=990002")
                .json();
        assertThat(allocations.get(0).get("site_code").stringValue()).isEqualTo("990002-S1");
        JsonNode receipts = StaffClient.admin(port)
                .get("/api/ledger/receipts?district=990002")
                .json();
        assertThat(receipts.toString()).contains("某小区, 二期");
    }

    @Test
    void singleRowsAndTheCityWideBalance() {
        JsonNode cityBefore =
                StaffClient.admin(port).get("/api/ledger/balance").json().get("city");
        Http.Response r = StaffClient.admin(port).postJson("/api/ledger/receipts", """
                {"project": "单笔", "district_code": "990002", "exempted_area": 10, "rate": 3000, "date": "2026-04-01"}""");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode cityAfter =
                StaffClient.admin(port).get("/api/ledger/balance").json().get("city");
        assertThat(cityAfter.get("received").asDouble()
                        - cityBefore.get("received").asDouble())
                .isEqualTo(30_000.0);

        Http.Response over = StaffClient.admin(port).postJson("/api/ledger/allocations", """
                {"site_code": "990002-S5", "amount": 1e13, "date": "2026-04-02"}""");
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.json().get("parameter").stringValue()).isEqualTo("amount");

        Http.Response missing = StaffClient.admin(port).postJson("/api/ledger/receipts", """
                {"district_code": "990002", "exempted_area": 10, "date": "2026-04-01"}""");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("parameter").stringValue()).isEqualTo("project");

        // The JSON types are checked on binding; a number where text goes is kept as its text.
        for (String[] bad : new String[][] {
            {
                "{\"project\": \"x\", \"district_code\": \"990002\", \"exempted_area\": \"ten\", \"date\": \"2026-04-01\"}",
                "exempted_area"
            },
            {
                "{\"project\": \"x\", \"district_code\": \"990002\", \"exempted_area\": 10, \"rate\": [1], \"date\": \"2026-04-01\"}",
                "rate"
            },
            {"{\"project\": \"x\", \"district_code\": \"990002\", \"exempted_area\": 10, \"date\": \"April\"}", "date"},
            {
                "{\"project\": \"x\", \"district_code\": \"990002\", \"exempted_area\": -10, \"date\": \"2026-04-01\"}",
                "exempted_area"
            }
        }) {
            Http.Response refused = StaffClient.admin(port).postJson("/api/ledger/receipts", bad[0]);
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("parameter").stringValue())
                    .as(refused.body())
                    .isEqualTo(bad[1]);
            assertThat(refused.json().get("detail").stringValue())
                    .as(refused.body())
                    .contains(bad[1]);
        }
        Http.Response typo = StaffClient.admin(port).postJson("/api/ledger/allocations", """
                {"site_code": "990002-S5", "amount": "lots", "date": "2026-04-02"}""");
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.json().get("parameter").stringValue()).isEqualTo("amount");
    }

    private double balance(String district) {
        JsonNode body = StaffClient.admin(port)
                .get("/api/ledger/balance?district=" + district)
                .json();
        for (JsonNode d : body.get("districts")) {
            if (district.equals(d.path("district_code").asString(""))) {
                return d.get("balance").asDouble();
            }
        }
        throw new AssertionError("no balance for " + district + ": " + body);
    }

    private Http.Response csv(String text) {
        StaffClient http = StaffClient.admin(port);
        return http.send(http.withCsrf(HttpRequest.newBuilder(URI.create(http.base() + "/api/ledger/import")))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
    }
}
