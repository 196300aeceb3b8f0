package org.sheltergis.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/**
 * The code lists come from code_labels through one endpoint: the public lists for anyone, every list for staff; the
 * restricted lists (wartime function, protection level, …) never reach an anonymous caller or an API key.
 */
@IntegrationTest
class CodesApiTest {

    static final List<String> PUBLIC = List.of(
            "entrance_kind",
            "open_status",
            "peacetime_use",
            "poi_kind",
            "report_category",
            "signage_status",
            "shelter_status",
            "alert_state",
            "alert_mode");
    static final List<String> RESTRICTED = List.of(
            "function",
            "protection_level",
            "chemical_grade",
            "construction_mode",
            "status",
            "site_kind",
            "hazard_kind",
            "report_status");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient register;

    @Autowired
    Users users;

    @Autowired
    TransactionTemplate tx;

    @Test
    void anonymousCallersGetThePublicListsOnly() {
        Http http = new Http(port);
        Http.Response r = http.get("/api/codes");
        assertThat(r.status()).isEqualTo(200);
        assertThat(names(r.json())).containsExactlyInAnyOrderElementsOf(PUBLIC);
        assertThat(r.body()).doesNotContain("command", "professional_team", "二等人员掩蔽所", "核6", "supply");
        for (String list : RESTRICTED) {
            Http.Response one = http.get("/api/codes/" + list);
            assertThat(one.status()).as(list).isEqualTo(404);
            assertThat(one.contentType()).startsWith("application/problem+json");
        }
        assertThat(http.get("/api/codes/no_such_list").status()).isEqualTo(404);
        JsonNode open = http.get("/api/codes/open_status").json();
        assertThat(open.get(0).path("code").asString()).isEqualTo("open");
        assertThat(open.get(0).path("label").path("zh").asString()).isEqualTo("常开");
        assertThat(open.get(1).path("label").path("en").asString()).isEqualTo("Opens on alert");
    }

    @Test
    void anApiKeyGetsThePublicListsOnly() {
        StaffClient admin = StaffClient.as(Role.ADMIN, port, users, tx);
        String token = admin.post("/api/admin/keys", "{\"name\":\"codes test\",\"layers\":[\"works\"]}")
                .json()
                .path("token")
                .asString();
        Http.Response r = new Http(port).get("/api/codes", Map.of("X-API-Key", token));
        assertThat(r.status()).isEqualTo(200);
        assertThat(names(r.json())).containsExactlyInAnyOrderElementsOf(PUBLIC);
    }

    @Test
    void staffGetEveryListInItsOrderWithTheLabelsOfTheTable() {
        StaffClient planner = StaffClient.as(Role.PLANNER, port, users, tx);
        Http.Response r = planner.get("/api/codes");
        assertThat(r.status()).isEqualTo(200);
        JsonNode lists = r.json();
        List<String> all = new ArrayList<>(PUBLIC);
        all.addAll(RESTRICTED);
        assertThat(names(lists)).containsExactlyInAnyOrderElementsOf(all);
        List<String> status = new ArrayList<>();
        lists.path("status").forEach(c -> status.add(c.path("code").asString()));
        assertThat(status).containsExactly("planned", "under_construction", "in_service", "decommissioned");
        long rows = register.sql("SELECT count(*) FROM core.code_labels")
                .query(Long.class)
                .single();
        long served = 0;
        for (String list : all) {
            for (JsonNode c : lists.path(list)) {
                served++;
                Map<String, Object> row = register.sql("""
                        SELECT label_zh, label_en FROM core.code_labels WHERE domain = :d AND code = :c""")
                        .param("d", list)
                        .param("c", c.path("code").asString())
                        .query()
                        .singleRow();
                assertThat(c.path("label").path("zh").asString()).isEqualTo(row.get("label_zh"));
                assertThat(c.path("label").path("en").asString()).isEqualTo(row.get("label_en"));
            }
        }
        assertThat(served).isEqualTo(rows);
        assertThat(planner.get("/api/codes/function").json().toString()).contains("二等人员掩蔽所");
    }

    private static List<String> names(JsonNode lists) {
        List<String> out = new ArrayList<>();
        lists.propertyNames().forEach(out::add);
        return out;
    }
}
