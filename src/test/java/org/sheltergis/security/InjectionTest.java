package org.sheltergis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Feeds classic SQL injection payloads to every string parameter (query and path) of every GET operation in the
 * OpenAPI document, as an admin (who reaches the most code) and anonymously: no server error, no SQL error text in
 * the answer, and the register is intact afterwards.
 */
@IntegrationTest
class InjectionTest {

    static final List<String> PAYLOADS = List.of(
            "' OR '1'='1",
            "1' OR 1=1 --",
            "1; DROP TABLE core.works; --",
            "\" OR \"\"=\"",
            "') UNION SELECT name, code FROM core.works --",
            "1 AND pg_sleep(5) IS NULL",
            "%' AND 1=0 UNION SELECT version() --",
            "works\"; DELETE FROM core.audit; --",
            "\\'; SELECT 1; --");

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Test
    void stringParametersResistSqlInjection() {
        Http http = new Http(port);
        StaffClient admin = StaffClient.as(Role.ADMIN, port, users, tx);
        long works =
                jdbc.sql("SELECT count(*) FROM core.works").query(Long.class).single();
        long audit =
                jdbc.sql("SELECT count(*) FROM core.audit").query(Long.class).single();
        JsonNode docs = http.get("/v3/api-docs").json();
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (var path : docs.path("paths").properties()) {
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode()) {
                continue;
            }
            for (JsonNode p : get.path("parameters")) {
                if (!p.path("schema").path("type").asString("string").equals("string")) {
                    continue;
                }
                String name = p.path("name").asString();
                for (String payload : PAYLOADS) {
                    String url = url(path.getKey(), get, name, payload);
                    for (Http.Response r : List.of(admin.get(url), http.get(url))) {
                        calls++;
                        String body = r.body() == null ? "" : r.body();
                        if (r.status() >= 500
                                || body.contains("PSQLException")
                                || body.contains("syntax error")
                                || body.contains("PostgreSQL")) {
                            failures.add(
                                    url + " -> " + r.status() + " " + body.substring(0, Math.min(200, body.length())));
                        }
                    }
                }
            }
        }
        assertThat(calls).isGreaterThan(20);
        assertThat(failures).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM core.works").query(Long.class).single())
                .isEqualTo(works);
        assertThat(jdbc.sql("SELECT count(*) FROM core.audit").query(Long.class).single())
                .isGreaterThanOrEqualTo(audit);
    }

    /** The path with the payload in the named parameter and plain values in the others. */
    private static String url(String template, JsonNode op, String target, String payload) {
        String path = template;
        StringBuilder query = new StringBuilder();
        for (JsonNode p : op.path("parameters")) {
            String name = p.path("name").asString();
            String value = name.equals(target) ? payload : plain(p);
            String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            if (p.path("in").asString().equals("path")) {
                path = path.replace("{" + name + "}", encoded);
            } else if (name.equals(target) || p.path("required").asBoolean()) {
                query.append(query.isEmpty() ? "?" : "&")
                        .append(name)
                        .append('=')
                        .append(encoded);
            }
        }
        return path + query;
    }

    private static String plain(JsonNode p) {
        String name = p.path("name").asString().toLowerCase();
        if (name.contains("name") || name.contains("layer") || name.contains("collection")) {
            return "shelters";
        }
        return switch (p.path("schema").path("type").asString("string")) {
            case "integer" -> "1";
            case "number" -> "1.5";
            case "boolean" -> "true";
            default -> "x";
        };
    }
}
