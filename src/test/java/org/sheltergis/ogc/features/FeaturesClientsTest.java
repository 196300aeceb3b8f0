package org.sheltergis.ogc.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

/** The real clients other city systems use: GDAL's OAPIF driver and OWSLib, run against the service. */
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
        assertThat(out).contains("shelters", "shelter_points", "entrances", "parking", "districts", "plan_units", "pois");
        assertThat(out).doesNotContain("works", "hazards", "candidate_sites", "population");
    }

    @Test
    void gdalReadsEveryFeatureOfACollectionAcrossPages() {
        String summary = run("ogrinfo", "-ro", "-al", "-so", "OAPIF:" + service(), "shelters");
        assertThat(summary).contains("Geometry: Multi Polygon").contains("capacity: Integer");
        String[] box = FeatureFixture.BBOX.split(",");
        String features = run("ogrinfo", "-ro", "-al", "-q", "OAPIF:" + service(), "shelters",
                "-spat", box[0], box[1], box[2], box[3]);
        // 25 features at the default page size of 10: GDAL followed the next links twice.
        assertThat(features.split("OGRFeature\\(shelters\\)", -1)).hasSize(FeatureFixture.SHELTERS + 1);
        assertThat(features).contains("测试掩蔽所25").doesNotContain(FeatureFixture.SECRET_NAME);
    }

    @Test
    void owslibReadsCollectionsAndItems() {
        String[] box = FeatureFixture.BBOX.split(",");
        Path script = Path.of("src/test/resources/org/sheltergis/ogc/features/owslib_features.py").toAbsolutePath();
        JsonNode seen = Http.parse(run("/usr/bin/python3", script.toString(), service(), String.join(",", box)));
        assertThat(seen.get("conformsTo").toString()).contains("conf/core", "conf/geojson");
        assertThat(seen.get("collections").toString()).contains("shelters").doesNotContain("works");
        assertThat(seen.get("extent").get(2).asDouble()).isGreaterThan(122.5);
        assertThat(seen.get("matched").asInt()).isEqualTo(FeatureFixture.SHELTERS);
        assertThat(seen.get("returned").asInt()).isEqualTo(5);
        assertThat(seen.get("one").asString()).startsWith("OGCT-");
        assertThat(seen.get("works").asString()).startsWith("refused");
        assertThat(seen.get("api_paths").toString()).contains("/ogcapi/collections/{collectionId}/items");
        assertThat(seen.toString()).doesNotContain(FeatureFixture.SECRET_NAME);
    }

    private static String run(String... command) {
        try {
            Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + String.join(" ", command));
            }
            assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + out).isZero();
            return out;
        } catch (IOException e) {
            throw new AssertionError("could not run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
