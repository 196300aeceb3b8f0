package org.sheltergis.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class LayerApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient register;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void catalogListsOnlyPublicLayersToAnonymousCallers() {
        var r = http.get("/api/layers");
        assertThat(r.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        r.json().forEach(l -> names.add(l.path("name").asString()));
        assertThat(names)
                .contains("shelters", "shelter_points", "entrances", "parking", "districts", "plan_units", "pois")
                .doesNotContain("works", "work_entrances", "population", "candidate_sites", "hazards");
        JsonNode shelters = r.json().get(0);
        assertThat(shelters.path("title").path("zh").asString()).isNotBlank();
        assertThat(shelters.path("title").path("en").asString()).isNotBlank();
        assertThat(shelters.path("geometry_type").asString()).isEqualTo("MultiPolygon");
        assertThat(shelters.path("attributes").size()).isGreaterThan(5);
    }

    @Test
    void pagesWalkTheWholeLayerWithoutGapsOrRepeats() {
        long total = register.sql("SELECT count(*) FROM pub.shelters")
                .query(Long.class)
                .single();
        Set<Long> seen = new HashSet<>();
        String next = "/api/layers/shelters/features?limit=250";
        int pages = 0;
        while (next != null) {
            var r = http.get(next);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.contentType()).startsWith("application/geo+json");
            JsonNode fc = r.json();
            assertThat(fc.path("type").asString()).isEqualTo("FeatureCollection");
            assertThat(fc.path("numberMatched").asLong()).isEqualTo(total);
            for (JsonNode f : fc.path("features")) {
                assertThat(seen.add(f.path("id").asLong())).isTrue();
                assertThat(f.path("geometry").path("type").asString()).isEqualTo("MultiPolygon");
            }
            assertThat(fc.path("numberReturned").asInt())
                    .isEqualTo(fc.path("features").size());
            next = null;
            for (JsonNode link : fc.path("links")) {
                if (link.path("rel").asString().equals("next")) {
                    next = link.path("href").asString().replace(http.base(), "");
                }
                if (pages > 0 && link.path("rel").asString().equals("prev")) {
                    assertThat(link.path("href").asString()).contains("limit=250");
                }
            }
            pages++;
        }
        assertThat(seen).hasSize((int) total);
        assertThat(pages).isEqualTo((int) Math.ceil(total / 250.0));
    }

    @Test
    void bboxReturnsExactlyTheFeaturesWhoseBoxesOverlapIt() {
        String box = "120.85,32.00,120.88,32.02";
        long expected = register.sql(
                        "SELECT count(*) FROM pub.shelter_points WHERE geom && ST_MakeEnvelope(120.85,32.00,120.88,32.02,4326)")
                .query(Long.class)
                .single();
        var r = http.get("/api/layers/shelter_points/features?limit=10000&bbox=" + box);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("numberMatched").asLong()).isEqualTo(expected).isPositive();
        for (JsonNode f : r.json().path("features")) {
            double lon = f.path("geometry").path("coordinates").get(0).asDouble();
            double lat = f.path("geometry").path("coordinates").get(1).asDouble();
            assertThat(lon).isBetween(120.85, 120.88);
            assertThat(lat).isBetween(32.00, 32.02);
        }
        // The links keep the bbox.
        assertThat(r.json().path("links").get(0).path("href").asString()).contains("bbox=");
    }

    @Test
    void bboxQueryUsesTheSpatialIndex() {
        register.sql("ANALYZE core.works").update();
        String plan = String.join("\n", register.sql("""
                EXPLAIN SELECT * FROM core.works WHERE footprint && ST_MakeEnvelope(120.85,32.00,120.86,32.01,4326)""").query(String.class).list());
        assertThat(plan).containsPattern("Index|Bitmap");
        assertThat(plan).contains("works_footprint_idx");
    }

    @Test
    void oneFeatureById() {
        long id = register.sql("SELECT min(id) FROM pub.shelters")
                .query(Long.class)
                .single();
        var r = http.get("/api/layers/shelters/features/" + id);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("id").asLong()).isEqualTo(id);
        assertThat(r.json().path("properties").path("name").asString()).isNotBlank();
        assertThat(r.json().path("properties").has("protection_level")).isFalse();
    }

    @Test
    void badRequestsAreProblemsNamingTheParameter() {
        assertProblem(http.get("/api/layers/shelters/features?bbox=1,2,3"), 400, "bbox");
        assertProblem(http.get("/api/layers/shelters/features?bbox=a,b,c,d"), 400, "bbox");
        assertProblem(http.get("/api/layers/shelters/features?bbox=121,32,120,33"), 400, "bbox");
        assertProblem(http.get("/api/layers/shelters/features?limit=0"), 400, "limit");
        assertProblem(http.get("/api/layers/shelters/features?limit=100000"), 400, "limit");
        assertProblem(http.get("/api/layers/shelters/features?limit=ten"), 400, "limit");
        assertProblem(http.get("/api/layers/shelters/features?offset=-1"), 400, "offset");
        assertProblem(http.get("/api/layers/shelters/features/abc"), 400, "id");
        assertProblem(http.get("/api/layers/nonesuch/features"), 404, null);
        assertProblem(http.get("/api/layers/shelters/features/999999999"), 404, null);
    }

    @Test
    void restrictedLayersAndWorksAreInvisibleToAnonymousCallers() {
        for (String layer : List.of("works", "hazards", "population", "candidate_sites", "work_entrances")) {
            assertProblem(http.get("/api/layers/" + layer + "/features"), 404, null);
        }
        long restrictedId = register.sql("SELECT min(id) FROM core.works WHERE function = 'command'")
                .query(Long.class)
                .single();
        assertProblem(http.get("/api/layers/shelters/features/" + restrictedId), 404, null);
        String restrictedName = register.sql(
                        "SELECT name FROM core.works WHERE function = 'command' ORDER BY id LIMIT 1")
                .query(String.class)
                .single();
        String everything = http.get("/api/layers/shelters/features?limit=10000")
                        .body()
                + http.get("/api/layers/shelter_points/features?limit=10000").body()
                + http.get("/api/layers/entrances/features?limit=10000").body();
        assertThat(everything).doesNotContain(restrictedName);
    }

    private static void assertProblem(Http.Response r, int status, String parameter) {
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("status").asInt()).isEqualTo(status);
        assertThat(r.json().path("detail").asString()).isNotBlank();
        if (parameter != null) {
            assertThat(r.json().path("parameter").asString()).isEqualTo(parameter);
        }
    }
}
