package org.sheltergis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One access decision for every outlet: for anonymous callers, an API key scoped to the restricted layer {@code works},
 * a key scoped to nothing restricted, a key scoped to another restricted layer and each staff role, the REST layer
 * API, WMS capabilities, GetMap, GetFeatureInfo, GetLegendGraphic and the exports answer alike — and what a scoped
 * key reads is never validated for, or cacheable towards, a caller who may not read it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutletAccessTest {

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

    /** A caller: how it sends a GET (path, extra headers), whether it reads {@code works}, whether it is staff. */
    record Caller(
            String name,
            BiFunction<String, Map<String, String>, Http.Response> get,
            boolean readsWorks,
            boolean staff) {
        Http.Response get(String path) {
            return get.apply(path, Map.of());
        }
    }

    private final List<Caller> callers = new ArrayList<>();
    private Caller anonymous;
    private Caller worksKey;
    private String infoQuery;
    private String workCode;
    private long run;

    @BeforeAll
    void callers() {
        Http http = new Http(port);
        anonymous = new Caller("anonymous", http::get, false, false);
        callers.add(anonymous);
        worksKey = key(http, "key scoped to works", true, "works");
        callers.add(worksKey);
        callers.add(key(http, "key scoped to a public layer only", false, "shelters"));
        callers.add(key(http, "key scoped to population", false, "population"));
        for (Role role : Role.values()) {
            StaffClient staff = StaffClient.as(role, port, users, tx);
            callers.add(new Caller(
                    role.name(), (path, headers) -> staff.send(withHeaders(staff, path, headers)), true, true));
        }
        // A pixel on a work, for GetFeatureInfo: the work's point on surface in the middle of a 101 px map.
        var work = jdbc.sql("""
                SELECT code, ST_X(ST_PointOnSurface(geom)) AS x, ST_Y(ST_PointOnSurface(geom)) AS y
                FROM staff.works ORDER BY id LIMIT 1""").query().singleRow();
        workCode = (String) work.get("code");
        double x = ((Number) work.get("x")).doubleValue();
        double y = ((Number) work.get("y")).doubleValue();
        infoQuery = String.format(
                Locale.ROOT,
                "/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetFeatureInfo&LAYERS=works"
                        + "&QUERY_LAYERS=works&STYLES=&SRS=EPSG:4326&BBOX=%.7f,%.7f,%.7f,%.7f&WIDTH=101&HEIGHT=101&X=50&Y=50"
                        + "&INFO_FORMAT=application/json&FEATURE_COUNT=5",
                x - 0.0005,
                y - 0.0005,
                x + 0.0005,
                y + 0.0005);
        String unit = jdbc.sql("SELECT code FROM core.plan_units ORDER BY code LIMIT 1")
                .query(String.class)
                .single();
        Http.Response created = StaffClient.admin(port)
                .postJson(
                        "/api/analysis/coverage", "{\"units\": [\"" + unit + "\"], \"label\": \"outlet access test\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        run = created.json().at("/run/id").asLong();
    }

    private Caller key(Http http, String name, boolean readsWorks, String... layers) {
        String token = StaffClient.apiKey(keys, tx, layers);
        return new Caller(
                name,
                (path, headers) -> {
                    Map<String, String> all = new java.util.HashMap<>(headers);
                    all.put("X-API-Key", token);
                    return http.get(path, all);
                },
                readsWorks,
                false);
    }

    private static java.net.http.HttpRequest.Builder withHeaders(
            StaffClient staff, String path, Map<String, String> headers) {
        var b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(staff.base() + path))
                .GET();
        headers.forEach(b::header);
        return b;
    }

    @Test
    void restListsAndServesWorksToExactlyThoseWhoMayReadIt() {
        for (Caller c : callers) {
            Http.Response list = c.get("/api/layers");
            assertThat(list.status()).as(c.name()).isEqualTo(200);
            List<String> names = new ArrayList<>();
            list.json().forEach(l -> names.add(l.get("name").asString()));
            assertThat(names).as(c.name()).contains("shelters");
            assertThat(names.contains("works"))
                    .as(c.name() + " sees works listed")
                    .isEqualTo(c.readsWorks());
            assertThat(names.contains("population"))
                    .as(c.name() + " sees population")
                    .isEqualTo(c.staff() || c.name().contains("population"));
            Http.Response works = c.get("/api/layers/works/features?limit=1");
            assertThat(works.status()).as(c.name() + " reads works").isEqualTo(c.readsWorks() ? 200 : 404);
        }
    }

    @Test
    void wmsCapabilitiesListWorksToExactlyThoseWhoMayReadIt() {
        for (Caller c : callers) {
            Http.Response caps = c.get("/wms?SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0");
            assertThat(caps.status()).as(c.name()).isEqualTo(200);
            assertThat(caps.body().contains("<Name>works</Name>"))
                    .as(c.name() + " sees works")
                    .isEqualTo(c.readsWorks());
            assertThat(caps.body()).contains("<Name>shelters</Name>");
            assertThat(caps.headers().firstValue("Vary").orElse(""))
                    .as(c.name())
                    .contains("X-API-Key", "Cookie");
            boolean sameAsAnonymous = !c.readsWorks() && !c.staff() && !c.name().contains("population");
            assertThat(caps.headers().firstValue("Cache-Control").orElse(""))
                    .as(c.name())
                    .contains(sameAsAnonymous ? "public" : "private");
        }
    }

    @Test
    void wmsMapInfoAndLegendOfWorksForExactlyThoseWhoMayReadIt() {
        String map = "/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=works&STYLES=&SRS=EPSG:4326"
                + "&BBOX=120.8,31.95,120.95,32.1&WIDTH=64&HEIGHT=64&FORMAT=image/png";
        String legend = "/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetLegendGraphic&LAYER=works&FORMAT=image/png";
        for (Caller c : callers) {
            for (String path : List.of(map, legend)) {
                Http.Response r = c.get(path);
                assertThat(r.status()).as(c.name() + " " + path).isEqualTo(200);
                if (c.readsWorks()) {
                    assertThat(r.contentType()).as(c.name() + " " + path).startsWith("image/png");
                    assertThat(r.headers().firstValue("Cache-Control").orElse(""))
                            .as(c.name())
                            .contains("private");
                    assertThat(r.headers().firstValue("Vary").orElse(""))
                            .as(c.name())
                            .contains("X-API-Key");
                } else {
                    assertThat(r.body()).as(c.name() + " " + path).contains("LayerNotDefined");
                }
            }
            Http.Response info = c.get(infoQuery);
            if (c.readsWorks()) {
                assertThat(info.contentType()).as(c.name()).startsWith("application/json");
                assertThat(info.body()).as(c.name()).contains(workCode);
                assertThat(info.headers().firstValue("Cache-Control").orElse(""))
                        .as(c.name())
                        .contains("private");
            } else {
                assertThat(info.body()).as(c.name()).contains("LayerNotDefined").doesNotContain(workCode);
            }
        }
    }

    @Test
    void aPublicMapIsTheSameAnswerForEveryoneAndSaysSo() {
        String map = "/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=shelter_points&STYLES=&SRS=EPSG:4326"
                + "&BBOX=120.8,31.95,120.95,32.1&WIDTH=64&HEIGHT=64&FORMAT=image/png";
        String etag = anonymous.get(map).headers().firstValue("ETag").orElseThrow();
        for (Caller c : callers) {
            Http.Response r = c.get(map);
            assertThat(r.headers().firstValue("ETag")).as(c.name()).hasValue(etag);
            assertThat(r.headers().firstValue("Cache-Control").orElse(""))
                    .as(c.name())
                    .contains("public");
        }
    }

    @Test
    void aScopedKeysValidatorsNeverServeAnAnonymousCaller() {
        String caps = "/wms?SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0";
        String keyTag = worksKey.get(caps).headers().firstValue("ETag").orElseThrow();
        String anonymousTag = anonymous.get(caps).headers().firstValue("ETag").orElseThrow();
        assertThat(keyTag).isNotEqualTo(anonymousTag);
        // The key's own validator revalidates for the key...
        assertThat(worksKey.get.apply(caps, Map.of("If-None-Match", keyTag)).status())
                .isEqualTo(304);
        // ...but an anonymous caller presenting it gets its own full document, without works.
        Http.Response replay = anonymous.get.apply(caps, Map.of("If-None-Match", keyTag));
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body()).doesNotContain("<Name>works</Name>");

        String map = "/wms?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=works&STYLES=&SRS=EPSG:4326"
                + "&BBOX=120.8,31.95,120.95,32.1&WIDTH=64&HEIGHT=64&FORMAT=image/png";
        String mapTag = worksKey.get(map).headers().firstValue("ETag").orElseThrow();
        Http.Response replayMap = anonymous.get.apply(map, Map.of("If-None-Match", mapTag));
        assertThat(replayMap.status()).isEqualTo(200);
        assertThat(replayMap.body()).contains("LayerNotDefined");
        assertThat(replayMap.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void exportsAreForPlannersAndAbove() {
        for (Caller c : callers) {
            for (String format : List.of("csv", "geojson")) {
                Http.Response r = c.get("/api/analysis/coverage/" + run + "/export." + format);
                int expected = c.staff() ? 200 : c == anonymous ? 401 : 403;
                assertThat(r.status()).as(c.name() + " export." + format).isEqualTo(expected);
            }
        }
    }
}
