package org.sheltergis.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The coverage API over real HTTP, with the hand-worked fixture committed for the class and removed after it. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoverageApiTest {

    private static final String SCOPE = "\"units\":[\"FX-A\",\"FX-B\",\"FX-C\"]";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    StaffClient http;

    @BeforeAll
    void fixture() {
        http = StaffClient.admin(port);
        CoverageFixture.load(jdbc);
    }

    @AfterAll
    void removeFixture() {
        CoverageFixture.remove(jdbc);
    }

    private JsonNode runFixture() {
        var r = http.postJson("/api/analysis/coverage", "{" + SCOPE + ",\"label\":\"api test\"}");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/api/analysis/coverage/"));
        return r.json();
    }

    @Test
    void aRunKeepsItsParametersAndResults() {
        JsonNode created = runFixture();
        long id = created.path("run").path("id").longValue();
        JsonNode run = http.get("/api/analysis/coverage/" + id).json();
        assertThat(run.path("run").path("parameters").path("radiusM").doubleValue())
                .isEqualTo(200.0);
        assertThat(run.path("run").path("parameters").path("stayingShare").doubleValue())
                .isEqualTo(0.4);
        assertThat(run.path("totals").path("city").path("coveredPopulation").longValue())
                .isEqualTo(1080);
        assertThat(run.path("totals")
                        .path("districts")
                        .get(0)
                        .path("districtName")
                        .stringValue())
                .isEqualTo("测试区");
        assertThat(run.path("units").path("type").stringValue()).isEqualTo("FeatureCollection");
        assertThat(run.path("units").path("features")).hasSize(3);
        JsonNode a = run.path("units").path("features").get(0);
        assertThat(a.path("properties").path("unitCode").stringValue()).isEqualTo("FX-A");
        assertThat(a.path("properties").path("coveredShare").doubleValue()).isEqualTo(0.6667);
        assertThat(a.path("geometry").path("type").stringValue()).isEqualTo("MultiPolygon");
        assertThat(run.path("uncovered").path("features")).hasSize(3);
        assertThat(run.path("uncovered")
                        .path("features")
                        .get(0)
                        .path("geometry")
                        .path("type")
                        .stringValue())
                .isEqualTo("MultiPolygon");
        JsonNode list = http.get("/api/analysis/coverage").json();
        assertThat(list.get(0).path("id").longValue()).isEqualTo(id);
        assertThat(http.get("/api/analysis/coverage/" + id + "/supply")
                        .json()
                        .path("features")
                        .size())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void whatIfMakesANewRunThatComparesWithItsBase() {
        long base = runFixture().path("run").path("id").longValue();
        String body = "{\"works\":[{\"name\":\"假设\",\"shelteringArea\":20,\"geometry\":"
                + CoverageFixture.point(jdbc, 100, 1090) + "}]}";
        var r = http.postJson("/api/analysis/coverage/" + base + "/what-if", body);
        assertThat(r.status()).isEqualTo(201);
        JsonNode run = r.json();
        long id = run.path("run").path("id").longValue();
        assertThat(run.path("run").path("baseRun").longValue()).isEqualTo(base);
        assertThat(run.path("whatIf").path("features")).hasSize(1);
        assertThat(run.path("totals").path("city").path("coveredPopulation").longValue())
                .isEqualTo(1100);
        JsonNode cmp =
                http.get("/api/analysis/coverage/" + base + "/compare/" + id).json();
        JsonNode c = cmp.path("units").get(2);
        assertThat(c.path("unitCode").stringValue()).isEqualTo("FX-C");
        assertThat(c.path("changed").booleanValue()).isTrue();
        assertThat(c.path("change").path("coveredPopulation").longValue()).isEqualTo(20);
        assertThat(c.path("change").path("balanceArea").doubleValue()).isEqualTo(20.0);
        assertThat(cmp.path("units").get(0).path("changed").booleanValue()).isFalse();
    }

    @Test
    void exportsAsCsvXlsxAndGeoJson() throws Exception {
        long id = runFixture().path("run").path("id").longValue();
        var csv = http.get("/api/analysis/coverage/" + id + "/export.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).contains("单元编码", "覆盖率");
        assertThat(lines[1]).startsWith("FX-A,测试单元A,990003,500,360,144.0,144.0,300.0,0.0,1,2.083,156.0,240,0.6667,120");
        assertThat(http.get("/api/analysis/coverage/" + id + "/export.csv?lang=en")
                        .body())
                .contains("Unit code");

        HttpResponse<byte[]> xlsx = http.getBytes("/api/analysis/coverage/" + id + "/export.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse(""))
                .contains("coverage-run-" + id + ".xlsx");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var units = book.getSheet("单元");
            assertThat(units.getRow(0).getCell(0).getStringCellValue()).isEqualTo("单元编码");
            assertThat(units.getRow(3).getCell(0).getStringCellValue()).isEqualTo("FX-C");
            assertThat(units.getRow(3).getCell(11).getNumericCellValue()).isEqualTo(-8.0);
            assertThat(book.getSheet("汇总").getRow(1).getCell(15).getNumericCellValue())
                    .isEqualTo(0.7397);
            assertThat(book.getSheet("参数")).isNotNull();
        }

        var geo = http.get("/api/analysis/coverage/" + id + "/export.geojson");
        assertThat(geo.contentType()).startsWith("application/geo+json");
        JsonNode features = geo.json().path("features");
        assertThat(features).hasSize(6);
        assertThat(features.get(0).path("properties").path("kind").stringValue())
                .isEqualTo("unit");
        assertThat(features.get(5).path("properties").path("kind").stringValue())
                .isEqualTo("uncovered");
    }

    @Test
    void badParametersAreProblemsNamingTheField() {
        assertProblem(http.postJson("/api/analysis/coverage", "{\"radiusM\":-5}"), "radiusM");
        assertProblem(http.postJson("/api/analysis/coverage", "{\"stayingShare\":1.5}"), "stayingShare");
        assertProblem(http.postJson("/api/analysis/coverage", "{\"m2PerPerson\":0}"), "m2PerPerson");
        assertProblem(http.postJson("/api/analysis/coverage", "{\"units\":[\"FX-A\",\"NO-SUCH-UNIT\"]}"), "units");
        assertProblem(http.postJson("/api/analysis/coverage", "{\"radiusM\":\"far\"}"), "radiusM");
        assertProblem(http.postJson("/api/analysis/coverage", "{\"populationBasis\":\"guess\"}"), "populationBasis");
        assertProblem(http.postJson("/api/analysis/coverage", "{\"radius\":200}"), "radius");
        assertProblem(
                http.postJson(
                        "/api/analysis/coverage",
                        "{\"whatIf\":[{\"shelteringArea\":-1,\"geometry\":{\"type\":\"Point\",\"coordinates\":[119.5,29]}}]}"),
                "whatIf[0].shelteringArea");
        assertProblem(
                http.postJson(
                        "/api/analysis/coverage",
                        "{\"whatIf\":[{\"shelteringArea\":10,\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}}]}"),
                "whatIf[0].geometry");
        assertProblem(http.postJson("/api/analysis/coverage", "{\"stayingShare\":\"half\"}"), "stayingShare");
        assertProblem(http.postJson("/api/analysis/coverage", "{\"distance\":\"teleport\"}"), "distance");
        assertProblem(http.postJson("/api/analysis/coverage", "{\"label\":\"" + "x".repeat(201) + "\"}"), "label");
        assertProblem(http.postJson("/api/analysis/coverage", "{\"units\":\"FX-A\"}"), "units");
        assertProblem(http.postJson("/api/analysis/coverage", "{\"units\":[\" \"]}"), "units[0]");
        assertProblem(
                http.postJson("/api/analysis/coverage", "{\"whatIf\":[{\"name\":\"x\",\"geometry\":{}}]}"),
                "whatIf[0].shelteringArea");
        assertProblem(
                http.postJson("/api/analysis/coverage", "{\"whatIf\":[{\"shelteringArea\":\"big\"}]}"),
                "whatIf[0].shelteringArea");
        long id = runFixture().path("run").path("id").longValue();
        assertProblem(http.postJson("/api/analysis/coverage/" + id + "/what-if", "{\"works\":[]}"), "works");
        assertProblem(http.postJson("/api/analysis/coverage/" + id + "/what-if", "{}"), "works");
        assertProblem(
                http.postJson(
                        "/api/analysis/coverage/" + id + "/what-if",
                        "{\"works\":[{\"shelteringArea\":2e7,\"geometry\":{\"type\":\"Point\",\"coordinates\":[120.9,32]}}]}"),
                "works[0].shelteringArea");
        assertProblem(http.get("/api/analysis/coverage/" + id + "/export.csv?lang=fr"), "lang");
        assertProblem(http.get("/api/analysis/coverage/abc"), "run");
        var missing = http.get("/api/analysis/coverage/987654321");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    private static void assertProblem(Http.Response r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("parameter").stringValue()).as(r.body()).isEqualTo(field);
    }
}
