package org.sheltergis.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sheltergis.support.Command;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ImportTest {

    @Autowired
    GeoJsonImporter importer;

    @Autowired
    ImportCommand command;

    @Autowired
    JdbcClient register;

    @AfterEach
    void cleanUp() {
        register.sql("DELETE FROM core.hazards WHERE name LIKE 'TEST-%'").update();
        register.sql("DELETE FROM core.works WHERE code LIKE 'TEST-%'").update();
    }

    private static String hazard(String name, String coordinates) {
        return "{\"type\":\"Feature\",\"properties\":{\"name\":\"" + name
                + "\",\"kind\":\"toxic\",\"clearance_m\":100}," + "\"geometry\":{\"type\":\"Point\",\"coordinates\":"
                + coordinates + "}}";
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private ImportReport run(String layer, String geojson) {
        return importer.importGeoJson(layer, new ByteArrayInputStream(geojson.getBytes(StandardCharsets.UTF_8)), null);
    }

    private long hazards() {
        return register.sql("SELECT count(*) FROM core.hazards")
                .query(Long.class)
                .single();
    }

    @Test
    void goodFileIsWrittenWhole() {
        long before = hazards();
        ImportReport report =
                run("hazards", collection(hazard("TEST-a", "[120.87, 32.01]"), hazard("TEST-b", "[120.88, 32.02]")));
        assertThat(report.errors()).isEmpty();
        assertThat(report.written()).isEqualTo(2);
        assertThat(hazards()).isEqualTo(before + 2);
    }

    @Test
    void oneBadFeatureChangesNothingAndEveryProblemIsReportedByIndex() {
        long before = hazards();
        String polygonForPoint =
                "{\"type\":\"Feature\",\"properties\":{\"name\":\"TEST-c\"},\"geometry\":{\"type\":\"Polygon\","
                        + "\"coordinates\":[[[120.8,32.0],[120.81,32.0],[120.81,32.01],[120.8,32.0]]]}}";
        ImportReport report = run(
                "hazards",
                collection(
                        hazard("TEST-ok", "[120.87, 32.01]"),
                        hazard("TEST-beijing", "[116.40, 39.90]"),
                        polygonForPoint,
                        "{\"type\":\"Feature\",\"properties\":{\"name\":\"TEST-d\",\"kind\":\"radioactive\",\"clearance_m\":100},"
                                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[120.87,32.01]}}",
                        "{\"type\":\"Feature\",\"properties\":{\"name\":\"TEST-e\"},\"geometry\":null}"));
        assertThat(report.succeeded()).isFalse();
        assertThat(report.written()).isZero();
        assertThat(report.errors()).extracting(ImportReport.FeatureError::index).containsExactly(2, 3, 4, 5);
        assertThat(report.errors().get(0).reason()).contains("outside Nantong");
        assertThat(report.errors().get(1).reason()).contains("Polygon").contains("Point");
        assertThat(report.errors().get(2).reason()).contains("hazards_kind_check");
        assertThat(report.errors().get(3).reason()).contains("no geometry");
        assertThat(hazards()).isEqualTo(before);
    }

    @Test
    void invalidPolygonIsRefusedWithItsReason() {
        String bowtie =
                "{\"type\":\"Feature\",\"properties\":{\"code\":\"TEST-1\",\"name\":\"T\",\"function\":\"personnel_2\","
                        + "\"construction_mode\":\"attached\",\"district_code\":\"320613\"},\"geometry\":{\"type\":\"Polygon\","
                        + "\"coordinates\":[[[120.86,32.01],[120.87,32.02],[120.87,32.01],[120.86,32.02],[120.86,32.01]]]}}";
        ImportReport report = run("works", collection(bowtie));
        assertThat(report.written()).isZero();
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.index()).isEqualTo(1);
            assertThat(e.reason()).containsIgnoringCase("self-intersection");
        });
    }

    @Test
    void declaredCrsIsTransformed() {
        // EPSG:4549 (CGCS2000 / 3-degree GK CM 120E), about 120.87E 32.01N.
        String geojson =
                "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::4549\"}},"
                        + "\"features\":[" + hazard("TEST-gk", "[582070, 3542200]") + "]}";
        ImportReport report = run("hazards", geojson);
        assertThat(report.errors()).isEmpty();
        List<Double> lonLat = register.sql(
                        "SELECT unnest(ARRAY[ST_X(geom), ST_Y(geom)]) FROM core.hazards WHERE name = 'TEST-gk'")
                .query(Double.class)
                .list();
        assertThat(lonLat.get(0)).isBetween(120.8, 121.0);
        assertThat(lonLat.get(1)).isBetween(31.9, 32.1);
    }

    @Test
    void notGeoJsonAndUnknownLayersAreRefused() {
        assertThat(run("hazards", "not json").errors().get(0).reason()).contains("not valid JSON");
        assertThat(run("hazards", "{\"type\":\"Point\",\"coordinates\":[1,2]}")
                        .errors()
                        .get(0)
                        .reason())
                .contains("FeatureCollection");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run("nonesuch", collection()))
                .hasMessageContaining("unknown layer");
    }

    @Test
    void commandLineImportsAFileAndExitsNonZeroOnProblems(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.geojson");
        Files.writeString(good, collection(hazard("TEST-cli", "[120.87, 32.01]")));
        assertThat(command.run(List.of(good.toString(), "--layer", "hazards"))).isZero();
        Path bad = dir.resolve("bad.geojson");
        Files.writeString(bad, collection(hazard("TEST-cli2", "[10, 10]")));
        assertThat(command.run(List.of(bad.toString(), "--layer", "hazards"))).isEqualTo(1);
        assertThat(command.run(List.of(good.toString()))).isEqualTo(2);
    }

    @Test
    void shapefileGoesThroughOgr2ogr(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("in.geojson");
        Files.writeString(source, collection(hazard("TEST-shp", "[120.87, 32.01]")));
        Path shp = dir.resolve("hazards.shp");
        Command.succeeding(
                "ogr2ogr", "-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8", shp.toString(), source.toString());
        assertThat(command.run(List.of(shp.toString(), "--layer", "hazards"))).isZero();
        assertThat(register.sql("SELECT count(*) FROM core.hazards WHERE name = 'TEST-shp'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
