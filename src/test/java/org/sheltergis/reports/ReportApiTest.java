package org.sheltergis.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sheltergis.shelters.PublicMapFixtures;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Problem reports: stored, validated, rate-limited per client (clients told apart through a trusted proxy). */
@IntegrationTest
class ReportApiTest {

    private static final AtomicInteger CLIENTS = new AtomicInteger(1);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    Http http;
    /** The reports this test filed, deleted after it. */
    final List<Long> filed = new ArrayList<>();

    /** The fixtures were this class's: the classes after it find the register without them. */
    @AfterAll
    static void removeFixtures(@Autowired DataSource dataSource) {
        PublicMapFixtures.remove(dataSource);
    }

    @BeforeEach
    void setUp() {
        PublicMapFixtures.load(dataSource);
        http = new Http(port);
    }

    @AfterEach
    void removeReports() {
        jdbc.sql("DELETE FROM core.reports WHERE id = ANY(:ids)")
                .param("ids", filed.toArray(Long[]::new))
                .update();
    }

    /** A fresh client address per test, so buckets do not leak between tests. */
    private static String newClient() {
        return "203.0.113." + CLIENTS.getAndIncrement();
    }

    private Http.Response post(String client, String json) {
        Http.Response r = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/public/reports"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        if (r.status() == 201) {
            filed.add(r.json().get("id").asLong());
        }
        return r;
    }

    private long publicShelterId() {
        return jdbc.sql("SELECT id FROM core.works WHERE code = 'PM-TEST-001'")
                .query(Long.class)
                .single();
    }

    @Test
    void storesAReportWithoutPersonalData() {
        long shelter = publicShelterId();
        Http.Response r = post(newClient(), """
                {"category":"locked","description":"  门锁着  ","lon":120.869,"lat":31.992,"shelter_id":%d,"language":"zh"}
                """.formatted(shelter));
        assertThat(r.status()).isEqualTo(201);
        long id = r.json().get("id").asLong();
        var row = jdbc.sql(
                        "SELECT category, description, shelter_id, status, ST_X(geom) AS lon FROM core.reports WHERE id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(row.get("category")).isEqualTo("locked");
        assertThat(row.get("description")).isEqualTo("门锁着");
        assertThat(row.get("shelter_id")).isEqualTo(shelter);
        assertThat(row.get("status")).isEqualTo("new");
        // Nothing about the client is kept.
        var columns = jdbc.sql(
                        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'core' AND table_name = 'reports'")
                .query(String.class)
                .list();
        assertThat(columns).noneMatch(c -> c.matches(".*(^ip|_ip|address|client|phone|email|agent|name).*"));
        assertThat(post(newClient(), "{\"category\":\"sign_missing\",\"lon\":120.9,\"lat\":32.0}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void rejectsInvalidReportsNamingTheField() {
        assertField("{\"lon\":120.9,\"lat\":32.0}", "category");
        assertField("{\"category\":\"burning\",\"lon\":120.9,\"lat\":32.0}", "category");
        assertField("{\"category\":\"flooded\",\"lat\":32.0}", "lon");
        assertField("{\"category\":\"flooded\",\"lon\":116.4,\"lat\":39.9}", "lon");
        assertField("{\"category\":\"flooded\",\"lon\":120.9,\"lat\":95}", "lat");
        assertField("{\"category\":\"flooded\",\"lon\":120.9,\"lat\":32.0,\"language\":\"fr\"}", "language");
        assertField(
                "{\"category\":\"other\",\"lon\":120.9,\"lat\":32.0,\"description\":\"" + "x".repeat(1001) + "\"}",
                "description");
        long command = jdbc.sql("SELECT id FROM core.works WHERE code = 'PM-TEST-CMD'")
                .query(Long.class)
                .single();
        assertField(
                "{\"category\":\"damaged\",\"lon\":120.9,\"lat\":32.0,\"shelter_id\":" + command + "}", "shelter_id");
        assertThat(jdbc.sql("SELECT count(*) FROM core.reports WHERE shelter_id = :id")
                        .param("id", command)
                        .query(Long.class)
                        .single())
                .isZero();
        // Bean Validation and the JSON reader name the field too, as the JSON spells it.
        assertField("{\"category\":\" \",\"lon\":120.9,\"lat\":32.0}", "category");
        assertField("{\"category\":\"flooded\",\"lon\":\"east\",\"lat\":32.0}", "lon");
        assertField("{\"category\":\"flooded\",\"lon\":120.9,\"lat\":32.0,\"shelter_id\":\"x\"}", "shelter_id");
        assertField("", "body");
        assertField("{\"category\":", "body");
    }

    private void assertField(String json, String field) {
        Http.Response r = post(newClient(), json);
        assertThat(r.status()).as(json).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("parameter").asString()).as(json).isEqualTo(field);
    }

    @Test
    void limitsTheRatePerClient() {
        String client = newClient();
        String body = "{\"category\":\"other\",\"lon\":120.9,\"lat\":32.0}";
        for (int i = 0; i < 5; i++) {
            assertThat(post(client, body).status()).as("report %d", i + 1).isEqualTo(201);
        }
        Http.Response refused = post(client, body);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 360L);
        assertThat(refused.json().path("retry_after").asLong()).isBetween(1L, 360L);
        // Junk counts against the limit too: it is taken before the body is read.
        assertThat(post(client, "{not json").status()).isEqualTo(429);
        // Another client is not affected.
        assertThat(post(newClient(), body).status()).isEqualTo(201);
    }
}
