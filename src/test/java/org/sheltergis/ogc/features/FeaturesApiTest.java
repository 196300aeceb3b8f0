package org.sheltergis.ogc.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeaturesApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    Http http;

    @BeforeAll
    void setUp() {
        http = new Http(port);
        FeatureFixture.insert(db);
    }

    @AfterAll
    void tearDown() {
        FeatureFixture.remove(db);
    }

    @Test
    void landingPageLinksTheApiConformanceAndData() {
        var r = http.get("/ogcapi");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(rels(r.json())).contains("self", "service-desc", "service-doc", "conformance", "data");
        assertThat(http.get("/ogcapi/").status()).isEqualTo(200);
        assertThat(http.get("/ogcapi?f=json").status()).isEqualTo(200);
    }

    @Test
    void conformanceNamesCoreGeoJsonAndOpenApi() {
        var conformsTo =
                http.get("/ogcapi/conformance").json().get("conformsTo").toString();
        assertThat(conformsTo)
                .contains(
                        "ogcapi-features-1/1.0/conf/core",
                        "ogcapi-features-1/1.0/conf/geojson",
                        "ogcapi-features-1/1.0/conf/oas30");
    }

    @Test
    void theApiDefinitionDescribesTheItemsPath() {
        var r = http.get("/v3/api-docs");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("paths").has("/ogcapi/collections/{collectionId}/items"))
                .isTrue();
    }

    @Test
    void collectionsArePublicLayersOnly() {
        var r = http.get("/ogcapi/collections");
        assertThat(r.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        r.json().get("collections").forEach(c -> ids.add(c.get("id").asString()));
        assertThat(ids)
                .contains("shelters", "shelter_points", "entrances", "parking", "districts", "plan_units", "pois")
                .doesNotContain("works", "work_entrances", "population", "candidate_sites", "hazards");
        assertThat(r.body()).doesNotContain(FeatureFixture.SECRET_NAME);
        r.json().get("collections").forEach(c -> assertThat(rels(c)).contains("self", "items"));
    }

    @Test
    void collectionHasItsExtentFromTheData() {
        var c = http.get("/ogcapi/collections/shelters").json();
        assertThat(c.get("id").asString()).isEqualTo("shelters");
        assertThat(c.get("title").asString()).isEqualTo("人防疏散掩蔽工程");
        JsonNode bbox = c.get("extent").get("spatial").get("bbox").get(0);
        assertThat(bbox.get(2).asDouble()).isGreaterThanOrEqualTo(122.5);
        var en = http.get("/ogcapi/collections/shelters", Map.of("Accept-Language", "en-GB,en;q=0.8"))
                .json();
        assertThat(en.get("title").asString()).isEqualTo("Public shelters");
    }

    @Test
    void itemsArePagedWithLinksThatKeepEveryParameter() {
        var first = http.get("/ogcapi/collections/shelters/items?bbox=" + FeatureFixture.BBOX);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("application/geo+json");
        JsonNode page = first.json();
        assertThat(page.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(page.get("numberMatched").asLong()).isEqualTo(FeatureFixture.SHELTERS);
        assertThat(page.get("numberReturned").asInt()).isEqualTo(10);
        assertThat(page.get("features")).hasSize(10);
        assertThat(rels(page)).contains("self", "next", "collection").doesNotContain("prev");
        String next = href(page, "next");
        assertThat(next)
                .contains("bbox=" + FeatureFixture.BBOX)
                .contains("offset=10")
                .contains("limit=10");

        JsonNode second = http.get(next.substring(http.base().length())).json();
        assertThat(second.get("numberReturned").asInt()).isEqualTo(10);
        assertThat(rels(second)).contains("prev", "next");
        assertThat(href(second, "prev")).contains("offset=0").contains("bbox=");

        JsonNode last =
                http.get(href(second, "next").substring(http.base().length())).json();
        assertThat(last.get("numberReturned").asInt()).isEqualTo(5);
        assertThat(rels(last)).doesNotContain("next");
        JsonNode feature = last.get("features").get(0);
        assertThat(feature.get("properties").get("name").asString()).startsWith("测试掩蔽所");
        assertThat(feature.get("properties").has("function")).isFalse();
    }

    @Test
    void pagesForPeopleWithABrowser() {
        var landing = http.get("/ogcapi?f=html");
        assertThat(landing.status()).isEqualTo(200);
        assertThat(landing.contentType()).startsWith("text/html");
        assertThat(landing.body()).contains("<h1>南通市人防工程地理信息服务</h1>", "collections?f=html");
        var collections = http.get("/ogcapi/collections?f=html");
        assertThat(collections.body()).contains("collections/shelters?f=html").doesNotContain("hazards");
        var items = http.get("/ogcapi/collections/shelters/items?f=html&limit=5&bbox=" + FeatureFixture.BBOX);
        assertThat(items.status()).isEqualTo(200);
        assertThat(items.body()).contains("测试掩蔽所1", "5 / 25", "offset=5");
        assertThat(items.body()).doesNotContain(FeatureFixture.SECRET_NAME);
        assertThat(http.get("/ogcapi/collections/works?f=html").status()).isEqualTo(404);
        assertThat(http.get("/ogcapi/collections/shelters/items?f=html&limit=0").status())
                .isEqualTo(400);
    }

    @Test
    void otherOriginsMayReadIt() {
        var r = http.get("/ogcapi/collections", Map.of("Origin", "https://planning.example"));
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    @Test
    void plainJsonIsServedWhenAskedFor() {
        var r = http.get("/ogcapi/collections/shelters/items?limit=1", Map.of("Accept", "application/json"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
    }

    @Test
    void aLimitAboveTheMaximumIsServedAsTheMaximum() {
        var r = http.get("/ogcapi/collections/shelters/items?limit=50000000000&bbox=" + FeatureFixture.BBOX);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("numberReturned").asInt()).isEqualTo(FeatureFixture.SHELTERS);
    }

    @Test
    void oneFeatureWithItsLinksAndUnknownOnesAre404() {
        JsonNode page = http.get("/ogcapi/collections/shelters/items?limit=1&bbox=" + FeatureFixture.BBOX)
                .json();
        long id = page.get("features").get(0).get("id").asLong();
        var r = http.get("/ogcapi/collections/shelters/items/" + id);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/geo+json");
        assertThat(r.json().get("type").asString()).isEqualTo("Feature");
        assertThat(rels(r.json())).contains("self", "collection");

        for (String missing : List.of("999999999", "abc")) {
            var m = http.get("/ogcapi/collections/shelters/items/" + missing);
            assertThat(m.status()).isEqualTo(404);
            assertThat(m.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void restrictedCollectionsAreNotFoundAndTheirWorksNeverAppear() {
        for (String layer : List.of("works", "work_entrances", "hazards", "candidate_sites", "population")) {
            assertThat(http.get("/ogcapi/collections/" + layer).status()).isEqualTo(404);
            assertThat(http.get("/ogcapi/collections/" + layer + "/items").status())
                    .isEqualTo(404);
            assertThat(http.get("/ogcapi/collections/" + layer + "/items/1").status())
                    .isEqualTo(404);
        }
        long secretId = db.sql("SELECT id FROM core.works WHERE code = 'OGCT-CMD'")
                .query(Long.class)
                .single();
        assertThat(http.get("/ogcapi/collections/shelters/items/" + secretId).status())
                .isEqualTo(404);
        for (String layer : List.of("shelters", "shelter_points", "entrances", "parking")) {
            var r = http.get("/ogcapi/collections/" + layer + "/items?limit=10000&bbox=" + FeatureFixture.BBOX);
            assertThat(r.body()).doesNotContain(FeatureFixture.SECRET_NAME).doesNotContain("OGCT-CMD");
        }
    }

    @Test
    void badParametersAre400NamingTheParameter() {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("bbox=1,2,3", "bbox"),
                Map.entry("bbox=a,b,c,d", "bbox"),
                Map.entry("bbox=10,10,0,0", "bbox"),
                Map.entry("limit=0", "limit"),
                Map.entry("limit=ten", "limit"),
                Map.entry("offset=-1", "offset"),
                Map.entry("bbox-crs=EPSG:9999", "bbox-crs"),
                Map.entry("crs=EPSG:4979", "crs"),
                Map.entry("filter-lang=ecql", "filter-lang"),
                Map.entry("filter=capacity%20%3E", "filter"),
                Map.entry("colour=red", "colour"),
                Map.entry("f=xml", "f"));
        cases.forEach((query, parameter) -> {
            var r = http.get("/ogcapi/collections/shelters/items?" + query);
            assertThat(r.status()).as(query).isEqualTo(400);
            assertThat(r.contentType()).as(query).startsWith("application/problem+json");
            assertThat(r.json().get("parameter").asString()).as(query).isEqualTo(parameter);
        });
    }

    static List<String> rels(JsonNode doc) {
        List<String> rels = new ArrayList<>();
        doc.get("links").forEach(l -> rels.add(l.get("rel").asString()));
        return rels;
    }

    static String href(JsonNode doc, String rel) {
        for (JsonNode l : doc.get("links")) {
            if (l.get("rel").asString().equals(rel)) {
                return l.get("href").asString();
            }
        }
        throw new AssertionError("no link " + rel);
    }
}
