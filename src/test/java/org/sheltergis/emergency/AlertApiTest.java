package org.sheltergis.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sheltergis.security.Role;
import org.sheltergis.security.Users;
import org.sheltergis.support.Await;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The city alert: only an administrator sets it, in two steps (prepare → confirm with the token), with an audit row;
 * the public document comes from memory with an ETag, learns a change another instance made in the shared database
 * within the poll interval, and streams every change as a Server-Sent Event.
 */
@IntegrationTest
class AlertApiTest {

    static final String CHONGCHUAN = "320613";
    static final String HAIMEN = "320614";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Users users;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    CityAlert alert;

    Http http;
    StaffClient admin;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        admin = StaffClient.admin(port);
        AlertFixtures.reset(jdbc);
        alert.refresh();
    }

    @AfterEach
    void tearDown() {
        AlertFixtures.reset(jdbc);
    }

    private Http.Response prepare(StaffClient who, String body) {
        return who.post("/api/admin/alert/prepare", body);
    }

    private static String stateOf(JsonNode alert, String district) {
        for (JsonNode d : alert.get("districts")) {
            if (d.get("code").asString().equals(district)) {
                return d.get("state").asString() + "/" + d.get("mode").asString();
            }
        }
        return null;
    }

    @Test
    void anAdministratorRaisesAnAlertInTwoStepsWithAnAuditRow() {
        long auditBefore = jdbc.sql("SELECT count(*) FROM core.audit WHERE action = 'alert.set'")
                .query(Long.class)
                .single();
        Http.Response prepared =
                prepare(admin, "{\"state\":\"air_raid\",\"mode\":\"drill\",\"districts\":[\"" + CHONGCHUAN + "\"]}");
        assertThat(prepared.status()).as(prepared.body()).isEqualTo(200);
        String token = prepared.json().get("token").asString();
        assertThat(token).hasSizeGreaterThan(20);
        // Prepared only: nothing has changed yet.
        assertThat(stateOf(http.get("/api/public/alert").json(), CHONGCHUAN)).isEqualTo("none/drill");

        Http.Response confirmed = admin.post("/api/admin/alert/confirm", "{\"token\":\"" + token + "\"}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        JsonNode alert = http.get("/api/public/alert").json();
        assertThat(stateOf(alert, CHONGCHUAN)).isEqualTo("air_raid/drill");
        assertThat(stateOf(alert, HAIMEN)).isEqualTo("none/drill");
        assertThat(alert.get("siren_test_date").asString()).isEqualTo("2026-09-19");
        assertThat(alert.get("sirens").toString())
                .contains("{\"state\":\"preliminary\",\"sound_s\":36,\"pause_s\":24,\"cycles\":3}")
                .contains("{\"state\":\"air_raid\",\"sound_s\":6,\"pause_s\":6,\"cycles\":15}")
                .contains("{\"state\":\"all_clear\",\"sound_s\":180,\"pause_s\":0,\"cycles\":1}");

        var audit = jdbc.sql("SELECT actor, object_type, after::text AS after, before::text AS before FROM core.audit"
                        + " WHERE action = 'alert.set' ORDER BY id DESC LIMIT 1")
                .query()
                .singleRow();
        assertThat(audit.get("actor")).isEqualTo("admin");
        assertThat(audit.get("object_type")).isEqualTo("city_alert");
        assertThat((String) audit.get("after"))
                .contains("air_raid")
                .contains("drill")
                .contains(CHONGCHUAN);
        assertThat((String) audit.get("before")).contains("none");
        assertThat(jdbc.sql("SELECT count(*) FROM core.audit WHERE action = 'alert.set'")
                        .query(Long.class)
                        .single())
                .isEqualTo(auditBefore + 1);

        // A token is used once.
        Http.Response again = admin.post("/api/admin/alert/confirm", "{\"token\":\"" + token + "\"}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("parameter").asString()).isEqualTo("token");
    }

    @Test
    void theWholeCityAndNoOneButAnAdministrator() {
        StaffClient editor = StaffClient.as(Role.EDITOR, port, users, tx);
        assertThat(prepare(editor, "{\"state\":\"air_raid\",\"mode\":\"real\"}").status())
                .isEqualTo(403);
        assertThat(http.postJson("/api/admin/alert/prepare", "{\"state\":\"air_raid\",\"mode\":\"real\"}")
                        .status())
                .isIn(401, 403);
        // Another administrator cannot confirm what this one prepared.
        StaffClient other = StaffClient.as(Role.ADMIN, port, users, tx);
        String token = prepare(admin, "{\"state\":\"preliminary\",\"mode\":\"real\"}")
                .json()
                .get("token")
                .asString();
        assertThat(other.post("/api/admin/alert/confirm", "{\"token\":\"" + token + "\"}")
                        .status())
                .isEqualTo(400);
        assertThat(admin.post("/api/admin/alert/confirm", "{\"token\":\"" + token + "\"}")
                        .status())
                .isEqualTo(200);
        JsonNode alert = http.get("/api/public/alert").json();
        for (JsonNode d : alert.get("districts")) {
            assertThat(d.get("state").asString()).isEqualTo("preliminary");
            assertThat(d.get("mode").asString()).isEqualTo("real");
        }
    }

    @Test
    void badChangesAreRefusedNamingTheField() {
        assertThat(prepare(admin, "{\"state\":\"panic\",\"mode\":\"drill\"}")
                        .json()
                        .get("parameter")
                        .asString())
                .isEqualTo("state");
        assertThat(prepare(admin, "{\"state\":\"air_raid\",\"mode\":\"exercise\"}")
                        .json()
                        .get("parameter")
                        .asString())
                .isEqualTo("mode");
        Http.Response unknown =
                prepare(admin, "{\"state\":\"air_raid\",\"mode\":\"drill\",\"districts\":[\"999999\"]}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("parameter").asString()).isEqualTo("districts");
        assertThat(unknown.json().get("detail").asString()).contains("999999");
        Http.Response noToken = admin.post("/api/admin/alert/confirm", "{}");
        assertThat(noToken.status()).isEqualTo(400);
        assertThat(noToken.json().get("parameter").asString()).isEqualTo("token");
    }

    @Test
    void thePublicStateRevalidatesByEtagAndLearnsAChangeOfAnotherInstance() throws Exception {
        Http.Response first = http.get("/api/public/alert");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElse("")).contains("no-cache");
        assertThat(http.get("/api/public/alert", Map.of("If-None-Match", etag)).status())
                .isEqualTo(304);

        // Another instance writes to the shared database: this one learns it within the poll (1 s), well within 5 s.
        AlertFixtures.setDirectly(jdbc, "air_raid", "real", HAIMEN);
        Http.Response changed = Await.until(
                "the public state to change (an answer other than 304)",
                Duration.ofSeconds(5),
                () -> http.get("/api/public/alert", Map.of("If-None-Match", etag)),
                r -> r.status() != 304);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(stateOf(changed.json(), HAIMEN)).isEqualTo("air_raid/real");
        assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    }

    @Test
    void theEventStreamSendsTheStateAndEveryChange() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<InputStream> stream = client.send(
                HttpRequest.newBuilder(URI.create(http.base() + "/api/public/alert/events"))
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        try (var reader = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            JsonNode now = Http.parse(nextEvent(reader));
            assertThat(stateOf(now, CHONGCHUAN)).isEqualTo("none/drill");
            String token = prepare(admin, "{\"state\":\"air_raid\",\"mode\":\"drill\"}")
                    .json()
                    .get("token")
                    .asString();
            admin.post("/api/admin/alert/confirm", "{\"token\":\"" + token + "\"}");
            // The change arrives within 5 s (an event of an earlier change may come first).
            String seen = CompletableFuture.supplyAsync(() -> {
                        String s;
                        do {
                            s = stateOf(Http.parse(nextEvent(reader)), CHONGCHUAN);
                        } while (!"air_raid/drill".equals(s));
                        return s;
                    })
                    .get(5, TimeUnit.SECONDS);
            assertThat(seen).isEqualTo("air_raid/drill");
        }
    }

    /** The data of the next "alert" event. */
    private static String nextEvent(BufferedReader reader) {
        try {
            StringBuilder data = new StringBuilder();
            boolean alert = false;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.equals("event:alert")) {
                    alert = true;
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5));
                } else if (line.isEmpty() && alert && !data.isEmpty()) {
                    return data.toString();
                }
            }
            throw new IllegalStateException("stream closed");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
