package org.sheltergis.siting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.StaffClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The synthetic Nantong sample rebuilds the 2021 decision: with the default parameters (budget = the ledger balance,
 * exact solver) the playground of 文亮小学 and the pocket park beside it are among the chosen sites.
 */
@IntegrationTest
class SampleSitingTest {

    @LocalServerPort
    int port;

    @Test
    void wenliangPlaygroundAndPocketParkAreChosenWithTheDefaults() {
        Http.Response r = StaffClient.admin(port).postJson("/api/siting/runs", "{}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode run = r.json();
        List<String> names = new ArrayList<>();
        for (JsonNode site : run.get("sites")) {
            names.add(site.get("name").stringValue());
        }
        assertThat(names).as("chosen sites").contains("文亮小学操场", "文亮小学旁游园");
        assertThat(run.get("status").stringValue()).isEqualTo("OPTIMAL");
        assertThat(run.at("/ledger/balance_after").asDouble()).isGreaterThanOrEqualTo(0.0);
    }
}
