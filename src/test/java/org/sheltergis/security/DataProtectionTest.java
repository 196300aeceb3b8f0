package org.sheltergis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sheltergis.layers.LayerCatalog;
import org.sheltergis.layers.LayerDefinition;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.RegisterFixture;
import org.sheltergis.support.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Enumerates every endpoint the service describes in its OpenAPI document (so endpoints added later are covered
 * without touching this test) and every layer of the catalog, calls each anonymously, with a key for unrelated
 * layers, and as each role, and checks: nothing of a restricted work reaches an anonymous caller; role-protected paths
 * answer 401 to anonymous callers and 403 to roles below theirs; no call ends in a server error.
 */
@IntegrationTest
class DataProtectionTest {

    /** The rules, stated independently of the security configuration (path prefixes). */
    static final List<String> PUBLIC = List.of(
            "/api/public/",
            "/api/layers",
            "/api/stats",
            "/api/codes",
            "/api/styles/",
            "/wms",
            "/ows",
            "/ogcapi",
            "/actuator/health",
            "/v3/api-docs");

    static final List<String> PLANNER =
            List.of("/planner/", "/api/analysis/", "/api/siting/", "/api/ledger/", "/dashboard/", "/api/campaigns/");
    static final List<String> EDITOR = List.of("/editor/", "/api/edit/", "/api/reports");
    static final List<String> ADMIN = List.of("/admin/", "/api/admin/");
    /** Paths whose writes (any method but GET) need an editor: the fee ledger records money. */
    static final List<String> EDITOR_WRITES = List.of("/api/ledger/");

    /** 0 public, 1 any logged-in caller, 2 planner, 3 editor, 4 admin. */
    static int level(String path) {
        if (ADMIN.stream().anyMatch(path::startsWith)) {
            return 4;
        }
        if (EDITOR.stream().anyMatch(path::startsWith)) {
            return 3;
        }
        if (PLANNER.stream().anyMatch(path::startsWith)) {
            return 2;
        }
        if (PUBLIC.stream().anyMatch(path::startsWith)) {
            return 0;
        }
        return 1;
    }

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    ApiKeys keys;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LayerCatalog catalog;

    Http http;
    RegisterFixture fixture;
    long secretId;
    long publicId;
    final List<String> secrets = new ArrayList<>();

    @BeforeEach
    void setUp() {
        http = new Http(port);
        fixture = new RegisterFixture(jdbc);
        secretId = fixture.workAt(
                "command",
                false,
                "绝密指挥所甲" + System.nanoTime() % 10000,
                120.8912347,
                32.0123457,
                987_000_000L + System.nanoTime() % 1_000_000);
        publicId = fixture.publicShelter("公开掩蔽所乙");
        // The contact attributes are public for public shelters only (V16): a restricted work's never leak.
        String unit = "机要管理处" + System.nanoTime() % 100000;
        String phone = "0513-9" + System.nanoTime() % 1000000;
        jdbc.sql(
                        "UPDATE core.works SET managing_unit = :u, duty_phone = :p, last_verified = DATE '2001-02-03' WHERE id = :id")
                .param("u", unit)
                .param("p", phone)
                .param("id", secretId)
                .update();
        secrets.add(unit);
        secrets.add(phone);
        secrets.add("2001-02-03");
        // Names and codes of restricted works (the fixture's and the sample's), and the fixture's coordinates.
        secrets.addAll(jdbc.sql("""
                SELECT w.name FROM core.works w WHERE w.id NOT IN (SELECT id FROM pub.shelters)
                  AND w.name NOT IN (SELECT name FROM pub.shelters) ORDER BY w.id DESC LIMIT 200""").query(String.class).list());
        secrets.addAll(jdbc.sql(
                        "SELECT code FROM core.works WHERE id NOT IN (SELECT id FROM pub.shelters) ORDER BY id DESC LIMIT 200")
                .query(String.class)
                .list());
        secrets.add("120.891234");
        secrets.add("32.012345");
    }

    @AfterEach
    void cleanUp() {
        fixture.cleanUp();
    }

    record Call(String method, String path, String template) {}

    @Test
    void everyEndpointGuardsItsDataAndItsRole() {
        var docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        List<Call> calls = calls(docs.json());
        assertThat(calls)
                .extracting(Call::template)
                .contains("/api/layers/{name}/features", "/api/edit/signage", "/api/admin/keys");

        String scopedKey = StaffClient.apiKey(keys, tx, "hazards");
        Map<String, StaffClient> staff = new LinkedHashMap<>();
        staff.put("PLANNER", StaffClient.as(Role.PLANNER, port, users, tx));
        staff.put("EDITOR", StaffClient.as(Role.EDITOR, port, users, tx));
        staff.put("ADMIN", StaffClient.as(Role.ADMIN, port, users, tx));
        List<String> failures = new ArrayList<>();
        for (Call call : calls) {
            int level = !call.method().equals("GET") && EDITOR_WRITES.stream().anyMatch(call.template()::startsWith)
                    ? 3
                    : level(call.template());
            for (Map<String, String> headers : List.of(Map.<String, String>of(), Map.of("X-API-Key", scopedKey))) {
                var r = anonymous(call, headers);
                String who = headers.isEmpty() ? "anonymous" : "key(hazards)";
                check(failures, r.status() < 500, who, call, r, "server error");
                if (level > 1 || (level == 1 && headers.isEmpty())) {
                    int expected = headers.isEmpty() ? 401 : 403;
                    check(
                            failures,
                            r.status() == expected && r.contentType().startsWith("application/problem+json"),
                            who,
                            call,
                            r,
                            "expected " + expected + " problem+json");
                }
                leaks(r.body(), call.path()).ifPresent(s -> failures.add(who + " " + call + " leaks " + s));
            }
            int roleLevel = 2;
            for (var e : staff.entrySet()) {
                var r = e.getValue().send(call.method(), call.path(), bodyFor(call));
                check(failures, r.status() < 500, e.getKey(), call, r, "server error");
                if (level > roleLevel) {
                    check(
                            failures,
                            r.status() == 403 && r.contentType().startsWith("application/problem+json"),
                            e.getKey(),
                            call,
                            r,
                            "expected 403 problem+json");
                } else {
                    check(
                            failures,
                            r.status() != 401 && r.status() != 403,
                            e.getKey(),
                            call,
                            r,
                            "refused a role it should serve");
                }
                roleLevel++;
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void restrictedLayersAreNotServedAnonymouslyThroughAnyOutlet() {
        List<String> failures = new ArrayList<>();
        for (LayerDefinition layer : catalog.listLayers()) {
            var r = http.get("/api/layers/" + layer.name() + "/features?limit=10000");
            if (!layer.isPublic()) {
                check(
                        failures,
                        r.status() == 404,
                        "anonymous",
                        new Call("GET", "/api/layers/" + layer.name(), ""),
                        r,
                        "restricted layer served");
            }
            leaks(r.body(), "").ifPresent(s -> failures.add("layer " + layer.name() + " leaks " + s));
        }
        // OGC API Features and WMS, when this build has them: every collection / layer they list.
        var collections = http.get("/ogcapi/collections?f=json");
        if (collections.status() == 200) {
            for (JsonNode c : collections.json().path("collections")) {
                String id = c.path("id").asString();
                check(
                        failures,
                        catalog.findLayer(id).map(LayerDefinition::isPublic).orElse(true),
                        "anonymous",
                        new Call("GET", "/ogcapi/collections", ""),
                        collections,
                        "lists restricted collection " + id);
                var items = http.get("/ogcapi/collections/" + id + "/items?limit=10000&f=json");
                leaks(items.body(), "").ifPresent(s -> failures.add("collection " + id + " leaks " + s));
            }
            for (LayerDefinition layer : catalog.listLayers()) {
                if (!layer.isPublic()) {
                    var items = http.get("/ogcapi/collections/" + layer.name() + "/items?f=json");
                    check(
                            failures,
                            items.status() == 404,
                            "anonymous",
                            new Call("GET", "/ogcapi/" + layer.name(), ""),
                            items,
                            "restricted collection served");
                }
            }
        }
        var caps = http.get("/wms?SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0");
        if (caps.status() == 200) {
            for (LayerDefinition layer : catalog.listLayers()) {
                if (!layer.isPublic()) {
                    check(
                            failures,
                            !caps.body().contains("<Name>" + layer.name() + "</Name>"),
                            "anonymous",
                            new Call("GET", "/wms GetCapabilities", ""),
                            caps,
                            "lists restricted layer " + layer.name());
                    var map = http.get(
                            "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=" + layer.name()
                                    + "&STYLES=&CRS=EPSG:4326&BBOX=31.9,120.8,32.1,121.0&WIDTH=256&HEIGHT=256&FORMAT=image/png");
                    check(
                            failures,
                            !map.contentType().startsWith("image/"),
                            "anonymous",
                            new Call("GET", "/wms GetMap " + layer.name(), ""),
                            map,
                            "rendered a restricted layer");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Every operation of the OpenAPI document, with its path variables filled in (names: each layer; ids: a restricted work). */
    List<Call> calls(JsonNode docs) {
        List<Call> calls = new ArrayList<>();
        docs.path("paths").properties().forEach(p -> {
            String template = p.getKey();
            p.getValue().properties().forEach(op -> {
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    return;
                }
                String query = query(op.getValue());
                for (String path : expand(template, !method.equals("GET"))) {
                    calls.add(new Call(method, path + query, template));
                }
            });
        });
        return calls;
    }

    private List<String> expand(String template, boolean mutating) {
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
        if (!m.find()) {
            return List.of(template);
        }
        String var = m.group(1).toLowerCase();
        List<String> values = new ArrayList<>();
        if (var.contains("name") || var.contains("layer") || var.contains("collection")) {
            catalog.listLayers().forEach(l -> values.add(l.name()));
        } else if (var.contains("id")) {
            // Writes get an id that matches nothing, so the sweep changes nothing; reads get the restricted work.
            values.addAll(mutating ? List.of("999999999") : List.of(Long.toString(secretId), Long.toString(publicId)));
        } else {
            values.add("x");
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            out.addAll(expand(template.substring(0, m.start()) + v + template.substring(m.end()), mutating));
        }
        return out;
    }

    private static String query(JsonNode op) {
        StringBuilder q = new StringBuilder();
        for (JsonNode p : op.path("parameters")) {
            if (!p.path("in").asString().equals("query")) {
                continue;
            }
            String name = p.path("name").asString();
            String value = switch (name) {
                case "limit" -> "10000";
                case "bbox" -> "120.7,31.8,121.1,32.2";
                case "lon", "x" -> "120.89";
                case "lat", "y" -> "32.01";
                default -> p.path("required").asBoolean() ? sample(p.path("schema")) : null;
            };
            if (value != null) {
                q.append(q.isEmpty() ? "?" : "&")
                        .append(name)
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return q.toString();
    }

    private static String sample(JsonNode schema) {
        return switch (schema.path("type").asString()) {
            case "integer" -> "1";
            case "number" -> "1.5";
            case "boolean" -> "true";
            default -> "x";
        };
    }

    private static String bodyFor(Call call) {
        return call.method().equals("GET") || call.method().equals("DELETE") ? null : "{}";
    }

    private Http.Response anonymous(Call call, Map<String, String> headers) {
        var b = HttpRequest.newBuilder(URI.create(http.base() + call.path())).header("Accept", "application/json");
        headers.forEach(b::header);
        if (call.method().equals("GET") || call.method().equals("DELETE")) {
            b.method(call.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            // A sweep must not use up the report rate limit of the other tests' address.
            b.header("X-Forwarded-For", "198.51.100." + (Math.abs(call.path().hashCode()) % 250 + 1));
            b.header("Content-Type", "application/json")
                    .method(call.method(), HttpRequest.BodyPublishers.ofString("{}"));
        }
        return http.send(b);
    }

    /** A restricted name, code, coordinate or id in the body; an id the request itself named may be echoed back. */
    private java.util.Optional<String> leaks(String body, String requestPath) {
        if (body == null) {
            return java.util.Optional.empty();
        }
        for (String s : secrets) {
            if (body.contains(s)) {
                return java.util.Optional.of("'" + s + "'");
            }
        }
        if (requestPath.contains(Long.toString(secretId))) {
            return java.util.Optional.empty();
        }
        // The id is far above every other table's ids, so finding the number anywhere is a leak.
        Matcher id = Pattern.compile("\\b" + secretId + "\\b").matcher(body);
        return id.find() ? java.util.Optional.of("the id " + secretId) : java.util.Optional.empty();
    }

    private static void check(List<String> failures, boolean ok, String who, Call call, Http.Response r, String what) {
        if (!ok) {
            failures.add(who + " " + call.method() + " " + call.path() + " -> " + r.status() + ": " + what + " "
                    + (r.body() == null
                            ? ""
                            : r.body().substring(0, Math.min(200, r.body().length()))));
        }
    }
}
