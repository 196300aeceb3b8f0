package org.sheltergis.ogc.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sheltergis.security.ApiKeys;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * OGC API – Features Parts 2 (CRS by reference) and 3 (queryables, CQL2 filters), the API definition of the OGC API
 * itself, and what a caller may read through it: the requirements the OGC suite does not check (Part 3) or checks
 * only loosely (axis order, millimetres).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeaturesPartsTest {

    static final String EPSG = "http://www.opengis.net/def/crs/EPSG/0/";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    ApiKeys keys;

    @Autowired
    TransactionTemplate tx;

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

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    JsonNode items(String collection, String query) {
        var r = http.get("/ogcapi/collections/" + collection + "/items?" + query);
        assertThat(r.status()).as(query + "\n" + r.body()).isEqualTo(200);
        return r.json();
    }

    long fixtureShelterId(int n) {
        return db.sql("SELECT id FROM core.works WHERE code = :c")
                .param("c", "OGCT-" + n)
                .query(Long.class)
                .single();
    }

    @Test
    void theApiDefinitionDescribesExactlyThePathsOfTheCollectionsTheCallerMayRead() {
        for (String accept : List.of("application/vnd.oai.openapi+json;version=3.0", "application/json")) {
            var r = http.get("/ogcapi/api", Map.of("Accept", accept));
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.contentType()).startsWith(accept.split(";")[0]);
            JsonNode api = r.json();
            assertThat(api.get("openapi").asString()).startsWith("3.0");
            assertThat(api.get("servers").get(0).get("url").asString()).isEqualTo(http.base() + "/ogcapi");
            List<String> paths = new ArrayList<>(api.get("paths").propertyNames());
            assertThat(paths)
                    .contains(
                            "/",
                            "/conformance",
                            "/collections",
                            "/collections/shelters",
                            "/collections/shelters/items",
                            "/collections/shelters/items/{featureId}",
                            "/collections/shelters/queryables");
            assertThat(paths).noneMatch(p -> p.contains("works") || p.contains("hazards"));
            // OGC API – Tiles (oas30): the tile paths with the operation ids the standard names.
            assertThat(paths).contains("/tileMatrixSets", "/tileMatrixSets/{tileMatrixSetId}");
            for (String kind : List.of("vector", "map")) {
                String base = "/collections/shelters" + (kind.equals("map") ? "/map/tiles" : "/tiles");
                assertThat(api.get("paths")
                                .get(base + "/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}")
                                .get("get")
                                .get("operationId")
                                .asString())
                        .isEqualTo("shelters.collection." + kind + ".getTile");
                assertThat(api.get("paths")
                                .get(base)
                                .get("get")
                                .get("operationId")
                                .asString())
                        .isEqualTo("shelters.collection." + kind + ".getTileSetsList");
            }
            JsonNode limit = api.get("components").get("parameters").get("limit");
            assertThat(limit.get("schema").get("maximum").asInt()).isEqualTo(10_000);
            assertThat(limit.get("style").asString()).isEqualTo("form");
            JsonNode items = api.get("paths").get("/collections/shelters/items").get("get");
            assertThat(items.get("parameters").toString())
                    .contains(
                            "bbox",
                            "bbox-crs",
                            "limit",
                            "offset",
                            "datetime",
                            "crs",
                            "filter",
                            "filter-lang",
                            "filter-crs");
        }
        var doc = http.get("/ogcapi/api?f=html");
        assertThat(doc.contentType()).startsWith("text/html");
        assertThat(doc.body()).contains("/collections/shelters/items");
        String landing = http.get("/ogcapi").body();
        assertThat(landing).contains("\"href\":\"" + http.base() + "/ogcapi/api\",\"rel\":\"service-desc\"");
    }

    @Test
    void browsersGetHtmlAndEveryoneElseJson() {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        var page = http.get("/ogcapi/collections/shelters/items?limit=2", Map.of("Accept", browser));
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<table>");
        assertThat(http.get("/ogcapi/collections", Map.of("Accept", "*/*")).contentType())
                .startsWith("application/json");
        assertThat(http.get("/ogcapi/conformance?f=json", Map.of("Accept", browser))
                        .contentType())
                .startsWith("application/json");
        assertThat(http.get("/ogcapi/collections/shelters/queryables?f=html").body())
                .contains("capacity");
    }

    @Test
    void conformanceDeclaresPartsOneTwoAndThree() {
        String conformsTo =
                http.get("/ogcapi/conformance").json().get("conformsTo").toString();
        assertThat(conformsTo)
                .contains(
                        "ogcapi-features-1/1.0/conf/core",
                        "ogcapi-features-1/1.0/conf/html",
                        "ogcapi-features-1/1.0/conf/oas30",
                        "ogcapi-features-2/1.0/conf/crs",
                        "ogcapi-features-3/1.0/conf/filter",
                        "ogcapi-features-3/1.0/conf/features-filter",
                        "cql2/1.0/conf/cql2-text",
                        "cql2/1.0/conf/cql2-json",
                        "cql2/1.0/conf/basic-cql2",
                        "cql2/1.0/conf/advanced-comparison-operators",
                        "cql2/1.0/conf/basic-spatial-functions",
                        "cql2/1.0/conf/spatial-functions");
    }

    @Test
    void collectionsListTheirCrsAndStorageCrs() {
        JsonNode c = http.get("/ogcapi/collections/shelters").json();
        assertThat(c.get("storageCrs").asString()).isEqualTo("http://www.opengis.net/def/crs/OGC/1.3/CRS84");
        assertThat(c.get("crs").toString())
                .contains(EPSG + "4326", EPSG + "4490", EPSG + "4549", EPSG + "3857", "OGC/1.3/CRS84");
        assertThat(http.get("/ogcapi/collections").json().get("crs").toString()).contains(EPSG + "4549");
    }

    @Test
    void coordinatesInEveryCrsFollowItsAxisOrderAndAgreeWithPostgisToTheMillimetre() {
        long id = fixtureShelterId(7);
        double[] lonLat = db.sql("SELECT ST_X(geom), ST_Y(geom) FROM pub.shelter_points WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)})
                .single();
        double[] gk = db.sql("SELECT ST_X(g), ST_Y(g) FROM (SELECT ST_Transform(geom, 4549) g FROM pub.shelter_points"
                        + " WHERE id = :id) x")
                .param("id", id)
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)})
                .single();
        double[] merc = db.sql("SELECT ST_X(g), ST_Y(g) FROM (SELECT ST_Transform(geom, 3857) g FROM "
                        + "pub.shelter_points WHERE id = :id) x")
                .param("id", id)
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)})
                .single();

        JsonNode crs84 = point("/ogcapi/collections/shelter_points/items/" + id, null);
        assertThat(crs84.get(0).asDouble()).isCloseTo(lonLat[0], org.assertj.core.data.Offset.offset(1e-7));
        for (String code : List.of("4326", "4490")) {
            JsonNode latLon =
                    point("/ogcapi/collections/shelter_points/items/" + id + "?crs=" + enc(EPSG + code), EPSG + code);
            assertThat(latLon.get(0).asDouble())
                    .as(code + " latitude first")
                    .isCloseTo(lonLat[1], org.assertj.core.data.Offset.offset(1e-6));
            assertThat(latLon.get(1).asDouble()).isCloseTo(lonLat[0], org.assertj.core.data.Offset.offset(1e-6));
        }
        JsonNode northEast =
                point("/ogcapi/collections/shelter_points/items/" + id + "?crs=" + enc(EPSG + "4549"), EPSG + "4549");
        assertThat(northEast.get(0).asDouble())
                .as("northing first, metres")
                .isCloseTo(gk[1], org.assertj.core.data.Offset.offset(0.001));
        assertThat(northEast.get(1).asDouble()).isCloseTo(gk[0], org.assertj.core.data.Offset.offset(0.001));
        assertThat(northEast.get(0).asDouble()).isBetween(3_500_000.0, 3_700_000.0);
        JsonNode mercator =
                point("/ogcapi/collections/shelter_points/items/" + id + "?crs=" + enc(EPSG + "3857"), EPSG + "3857");
        assertThat(mercator.get(0).asDouble()).isCloseTo(merc[0], org.assertj.core.data.Offset.offset(0.001));

        // A page of items in EPSG:4549 says so and holds the same coordinates.
        var page = http.get(
                "/ogcapi/collections/shelter_points/items?crs=EPSG:4549&bbox=" + FeatureFixture.BBOX + "&limit=100");
        assertThat(page.headers().firstValue("Content-Crs")).hasValue("<" + EPSG + "4549>");
        assertThat(page.json()
                        .get("features")
                        .get(0)
                        .get("geometry")
                        .get("coordinates")
                        .get(0)
                        .asDouble())
                .isBetween(3_500_000.0, 3_700_000.0);
    }

    private JsonNode point(String path, String crs) {
        var r = http.get(path);
        assertThat(r.status()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Crs"))
                .hasValue("<" + (crs == null ? "http://www.opengis.net/def/crs/OGC/1.3/CRS84" : crs) + ">");
        return r.json().get("geometry").get("coordinates");
    }

    /** The fixture's lon/lat box in EPSG:4549 as PostGIS transforms it: easting min, northing min, easting max, … */
    double[] fixtureBoxInGaussKruger() {
        return db.sql("SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT ST_Transform("
                        + "ST_MakeEnvelope(122.40, 32.40, 122.60, 32.60, 4326), 4549)::box2d::geometry e) x")
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)})
                .single();
    }

    @Test
    void aBboxInAnotherCrsIsReadInThatCrsAxisOrder() {
        double[] gk = fixtureBoxInGaussKruger();
        String northingFirst = gk[1] + "," + gk[0] + "," + gk[3] + "," + gk[2];
        assertThat(items("shelters", "bbox-crs=" + enc(EPSG + "4549") + "&bbox=" + northingFirst)
                        .get("numberMatched")
                        .asInt())
                .isEqualTo(FeatureFixture.SHELTERS);
        assertThat(items("shelters", "bbox-crs=EPSG:4326&bbox=32.40,122.40,32.60,122.60")
                        .get("numberMatched")
                        .asInt())
                .isEqualTo(FeatureFixture.SHELTERS);
        // The same numbers read east-first would be a latitude of 122°: outside the world, so nothing matches.
        assertThat(items("shelters", "bbox-crs=EPSG:4326&bbox=122.40,32.40,122.60,32.60")
                        .get("numberMatched")
                        .asInt())
                .isZero();
        assertThat(items("shelters", "bbox=177,65,-177,70").get("numberMatched").asInt())
                .isZero();
    }

    @Test
    void queryablesAreTheReadableAttributesAndTheGeometry() {
        var r = http.get("/ogcapi/collections/shelters/queryables", Map.of("Accept", "application/schema+json"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/schema+json");
        JsonNode q = r.json();
        assertThat(q.get("$schema").asString()).contains("2020-12");
        assertThat(q.get("properties").get("capacity").get("type").asString()).isEqualTo("integer");
        assertThat(q.get("properties").get("changed_at").get("format").asString())
                .isEqualTo("date-time");
        assertThat(q.get("properties").get("geometry").get("format").asString()).isEqualTo("geometry-multipolygon");
        assertThat(q.get("properties").has("function")).isFalse();
        assertThat(q.get("properties").has("protection_level")).isFalse();
        assertThat(http.get("/ogcapi/collections/works/queryables").status()).isEqualTo(404);
    }

    @Test
    void cql2TextFiltersWithEveryKindOfOperator() {
        String box = "S_INTERSECTS(geometry, BBOX(122.4, 32.4, 122.6, 32.6))";
        Map<String, Integer> cases = Map.of(
                "name LIKE '测试掩蔽所1%' AND " + box,
                11,
                "code IN ('OGCT-1', 'OGCT-2', 'OGCT-CMD')",
                2,
                "NOT code = 'OGCT-1' AND " + box,
                FeatureFixture.SHELTERS - 1,
                "address IS NULL AND " + box,
                FeatureFixture.SHELTERS,
                "(code = 'OGCT-3' OR code = 'OGCT-4') AND name <> 'x'",
                2,
                "capacity BETWEEN 1 AND 1000000 AND " + box,
                FeatureFixture.SHELTERS,
                "S_WITHIN(geometry, POLYGON((122.40 32.40, 122.60 32.40, 122.60 32.60, 122.40 32.60, 122.40 32.40)))",
                FeatureFixture.SHELTERS,
                "S_INTERSECTS(geometry, ENVELOPE(122.40, 122.60, 32.60, 32.40)) AND code NOT LIKE 'OGCT-2%'",
                FeatureFixture.SHELTERS - 7);
        cases.forEach((filter, expected) -> assertThat(items("shelters", "filter=" + enc(filter))
                        .get("numberMatched")
                        .asInt())
                .as(filter)
                .isEqualTo(expected));
        long id = fixtureShelterId(9);
        JsonNode one = items(
                "shelter_points",
                "filter="
                        + enc("S_INTERSECTS(geometry, POINT("
                                + db.sql(
                                                "SELECT ST_X(geom) || ' ' || ST_Y(geom) FROM pub.shelter_points WHERE id = :id")
                                        .param("id", id)
                                        .query(String.class)
                                        .single()
                                + "))"));
        assertThat(one.get("features").get(0).get("id").asLong()).isEqualTo(id);
    }

    @Test
    void cql2JsonAndAFilterCrs() {
        String json = "{\"op\":\"and\",\"args\":[{\"op\":\"like\",\"args\":[{\"property\":\"name\"},\"测试掩蔽所2%\"]},"
                + "{\"op\":\"s_intersects\",\"args\":[{\"property\":\"geometry\"},{\"bbox\":[122.4,32.4,122.6,32.6]}]}]}";
        assertThat(items("shelters", "filter-lang=cql2-json&filter=" + enc(json))
                        .get("numberMatched")
                        .asInt())
                .isEqualTo(7);
        double[] gk = fixtureBoxInGaussKruger();
        String filter = "S_INTERSECTS(geometry, BBOX(" + gk[1] + ", " + gk[0] + ", " + gk[3] + ", " + gk[2] + "))";
        assertThat(items("shelters", "filter-crs=" + enc(EPSG + "4549") + "&filter=" + enc(filter))
                        .get("numberMatched")
                        .asInt())
                .isEqualTo(FeatureFixture.SHELTERS);
    }

    @Test
    void nextLinksKeepTheFilterAndTheCrs() {
        String query = "filter=" + enc("name LIKE '测试%' AND S_INTERSECTS(geometry, BBOX(122.4,32.4,122.6,32.6))")
                + "&crs=" + enc(EPSG + "4549") + "&limit=10";
        JsonNode first = items("shelters", query);
        assertThat(first.get("numberMatched").asInt()).isEqualTo(FeatureFixture.SHELTERS);
        String next = FeaturesApiTest.href(first, "next");
        var second = http.get(next.substring(http.base().length()));
        assertThat(second.headers().firstValue("Content-Crs")).hasValue("<" + EPSG + "4549>");
        assertThat(second.json().get("numberReturned").asInt()).isEqualTo(10);
        assertThat(second.json()
                        .get("features")
                        .get(0)
                        .get("properties")
                        .get("name")
                        .asString())
                .startsWith("测试");
    }

    @Test
    void badFiltersAre400NamingThePlaceAndUnreadableAttributesAreUnknown() {
        Map<String, String> cases = Map.of(
                "capacity >", "11",
                "function = 'command'", "1",
                "name = 'x' AND protection_level = 'class_5'", "16",
                "capacity = 'many'", "12");
        cases.forEach((filter, position) -> {
            var r = http.get("/ogcapi/collections/shelters/items?filter=" + enc(filter));
            assertThat(r.status()).as(filter).isEqualTo(400);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.json().get("parameter").asString()).isEqualTo("filter");
            assertThat(r.json().get("position").asString()).as(filter).isEqualTo(position);
        });
        assertThat(http.get("/ogcapi/collections/shelters/items?filter=" + enc("function = 'command'"))
                        .json()
                        .get("detail")
                        .asString())
                .contains("unknown property 'function'");
        var json = http.get("/ogcapi/collections/shelters/items?filter-lang=cql2-json&filter="
                + enc("{\"op\":\"=\",\"args\":[{\"property\":\"managing_unit\"},\"x\"]}"));
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.json().get("position").asString()).isEqualTo("/args/0");
    }

    @Test
    void aKeyScopedToWorksReadsItOverOgcApiAsOverTheLayerApi() {
        String key = StaffClient.apiKey(keys, tx, "works");
        Map<String, String> withKey = Map.of("X-API-Key", key);
        assertThat(http.get("/api/layers/works/features?limit=1", withKey).status())
                .isEqualTo(200);

        List<String> ids = new ArrayList<>();
        http.get("/ogcapi/collections", withKey)
                .json()
                .get("collections")
                .forEach(c -> ids.add(c.get("id").asString()));
        assertThat(ids).contains("shelters", "works").doesNotContain("hazards", "population");
        assertThat(new ArrayList<>(
                        http.get("/ogcapi/api", withKey).json().get("paths").propertyNames()))
                .contains("/collections/works/items")
                .doesNotContain("/collections/hazards/items");
        assertThat(http.get("/ogcapi/collections/works/queryables", withKey)
                        .json()
                        .get("properties")
                        .has("function"))
                .isTrue();
        var works = http.get(
                "/ogcapi/collections/works/items?filter=" + enc("code = 'OGCT-CMD' AND function = " + "'command'"),
                withKey);
        assertThat(works.status()).isEqualTo(200);
        assertThat(works.json().get("numberMatched").asInt()).isEqualTo(1);
        assertThat(works.body()).contains(FeatureFixture.SECRET_NAME);
        long secret = db.sql("SELECT id FROM core.works WHERE code = 'OGCT-CMD'")
                .query(Long.class)
                .single();
        assertThat(http.get("/ogcapi/collections/works/items/" + secret, withKey)
                        .status())
                .isEqualTo(200);
        assertThat(http.get("/ogcapi/collections/hazards/items", withKey).status())
                .isEqualTo(404);

        // Anonymous: the same requests find nothing, and the public collections never carry the secret.
        assertThat(http.get("/ogcapi/collections/works/items").status()).isEqualTo(404);
        assertThat(http.get("/ogcapi/collections/works/items/" + secret).status())
                .isEqualTo(404);
        assertThat(http.get("/ogcapi/collections/shelters/items?filter="
                                + enc("name = '" + FeatureFixture.SECRET_NAME + "'"))
                        .json()
                        .get("numberMatched")
                        .asInt())
                .isZero();
    }
}
