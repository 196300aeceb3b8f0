package org.sheltergis.ogc.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sheltergis.support.Command;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The real clients other city systems use: GDAL's OAPIF driver, OWSLib and QGIS, run against the service. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeaturesClientsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @BeforeAll
    void setUp() {
        FeatureFixture.insert(db);
    }

    @AfterAll
    void tearDown() {
        FeatureFixture.remove(db);
    }

    String service() {
        return "http://localhost:" + port + "/ogcapi";
    }

    @Test
    void gdalListsThePublicCollectionsOnly() {
        String out = run("ogrinfo", "-ro", "-so", "OAPIF:" + service());
        assertThat(out)
                .contains("shelters", "shelter_points", "entrances", "parking", "districts", "plan_units", "pois");
        assertThat(out).doesNotContain("works", "hazards", "candidate_sites", "population");
    }

    @Test
    void gdalReadsEveryFeatureOfACollectionAcrossPages() {
        String summary = run("ogrinfo", "-ro", "-al", "-so", "OAPIF:" + service(), "shelters");
        assertThat(summary).contains("Geometry: Multi Polygon").contains("capacity: Integer");
        String[] box = FeatureFixture.BBOX.split(",");
        String features = run(
                "ogrinfo",
                "-ro",
                "-al",
                "-q",
                "OAPIF:" + service(),
                "shelters",
                "-spat",
                box[0],
                box[1],
                box[2],
                box[3]);
        // 25 features at the default page size of 10: GDAL followed the next links twice.
        assertThat(features.split("OGRFeature\\(shelters\\)", -1)).hasSize(FeatureFixture.SHELTERS + 1);
        assertThat(features).contains("测试掩蔽所25").doesNotContain(FeatureFixture.SECRET_NAME);
    }

    @Test
    void owslibReadsCollectionsAndItems() {
        String[] box = FeatureFixture.BBOX.split(",");
        Path script = Path.of("src/test/resources/org/sheltergis/ogc/features/owslib_features.py")
                .toAbsolutePath();
        JsonNode seen = Http.parse(run("/usr/bin/python3", script.toString(), service(), String.join(",", box)));
        assertThat(seen.get("conformsTo").toString()).contains("conf/core", "conf/geojson");
        assertThat(seen.get("collections").toString()).contains("shelters").doesNotContain("works");
        assertThat(seen.get("extent").get(2).asDouble()).isGreaterThan(122.5);
        assertThat(seen.get("matched").asInt()).isEqualTo(FeatureFixture.SHELTERS);
        assertThat(seen.get("returned").asInt()).isEqualTo(5);
        assertThat(seen.get("one").asString()).startsWith("OGCT-");
        assertThat(seen.get("works").asString()).startsWith("refused");
        assertThat(seen.get("api_paths").toString())
                .contains("/collections/shelters/items", "/collections/pois/items/{featureId}")
                .doesNotContain("works");
        PUBLIC.forEach(c -> assertThat(seen.get("read").get(c).asInt()).as(c).isPositive());
        assertThat(seen.get("filtered").asInt()).isEqualTo(11);
        assertThat(seen.get("northing").asDouble())
                .as("EPSG:4549 northing first")
                .isBetween(3_500_000.0, 3_700_000.0);
        assertThat(seen.get("queryables").toString())
                .contains("capacity", "geometry")
                .doesNotContain("function");
        assertThat(seen.toString()).doesNotContain(FeatureFixture.SECRET_NAME);
    }

    @Test
    void gdalReadsACql2FilteredCollectionInCgcs2000GaussKruger() {
        String filter = java.net.URLEncoder.encode("name LIKE '测试掩蔽所1%'", StandardCharsets.UTF_8)
                .replace("+", "%20");
        String url = "OAPIF:" + service() + "/collections/shelters?filter=" + filter + "&crs=EPSG:4549";
        String summary = run("ogrinfo", "-ro", "-al", "-so", url);
        assertThat(summary).contains("Feature Count: 11");
        String features = run("ogrinfo", "-ro", "-al", "-q", url);
        assertThat(features.split("OGRFeature\\(shelters\\)", -1)).hasSize(11 + 1);
        assertThat(features).contains("测试掩蔽所1", "测试掩蔽所19");
        // Northing first, in metres: the first coordinate of every ring is about 3.6 million.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("MULTIPOLYGON \\(\\(\\(([0-9.]+) ([0-9.]+)")
                .matcher(features);
        assertThat(m.find()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isBetween(3_500_000.0, 3_700_000.0);
        assertThat(Double.parseDouble(m.group(2))).isBetween(600_000.0, 800_000.0);
    }

    @Test
    void qgisReadsEveryPublicCollection() {
        Path script = Path.of("src/test/resources/org/sheltergis/ogc/features/qgis_features.py")
                .toAbsolutePath();
        JsonNode seen = Http.parse(lastLine(run(
                Map.of("QT_QPA_PLATFORM", "offscreen"),
                "/usr/bin/python3",
                script.toString(),
                service(),
                String.join(",", PUBLIC) + ",works")));
        for (String c : PUBLIC) {
            JsonNode layer = seen.get(c);
            assertThat(layer.get("valid").asBoolean()).as(c).isTrue();
            assertThat(layer.get("read").asInt()).as(c).isPositive();
            assertThat(layer.get("count").asInt()).as(c).isPositive();
            assertThat(layer.get("crs").asString()).isEqualTo("EPSG:4326");
        }
        assertThat(seen.get("shelters").get("fields").toString())
                .contains("capacity")
                .doesNotContain("function");
        assertThat(seen.get("shelter_points").get("geometry").asString()).startsWith("Point (12");
        assertThat(seen.get("works").get("valid").asBoolean()).isFalse();
        assertThat(seen.toString()).doesNotContain(FeatureFixture.SECRET_NAME);
    }

    private static final List<String> PUBLIC =
            List.of("shelters", "shelter_points", "entrances", "parking", "districts", "plan_units", "pois");

    /** QGIS prints warnings around the JSON line. */
    private static String lastLine(String out) {
        return out.lines()
                .filter(l -> l.startsWith("{"))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no JSON in:\n" + out));
    }

    private static String run(String... command) {
        return run(Map.of(), command);
    }

    private static String run(Map<String, String> environment, String... command) {
        return Command.succeeding(environment, command);
    }
}
