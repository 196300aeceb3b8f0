package org.sheltergis.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sheltergis.support.Command;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Footprints from a CAD drawing (DXF, written by GDAL from Gauss–Krüger metres) and a Shapefile, through ogr2ogr:
 * outlines closed and repaired only where that is safe, matched by the work's point inside or by code.
 */
@IntegrationTest
class FootprintImportTest {

    @Autowired
    RegisterImport register;

    @Autowired
    FootprintImport footprints;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    /** The works' points in EPSG:4549 (easting, northing). */
    List<double[]> points = new ArrayList<>();

    @BeforeEach
    void fiveWorksFromAWorkbook() throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("drafter-test", null, List.of()));
        var p = jdbc.sql("""
                        SELECT ST_X(ST_PointOnSurface(footprint)), ST_Y(ST_PointOnSurface(footprint))
                        FROM core.works WHERE district_code = '320613' ORDER BY id LIMIT 1""")
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)})
                .single();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            List<Object> row = new ArrayList<>(List.of(
                    "TEST-F" + i, "轮廓测试" + i, "崇川区", "二等人员掩蔽所", "结建", 400, p[0] + 0.002 * (i + 1), p[1] + 0.001));
            rows.add(row);
        }
        byte[] book = RegisterWorkbooks.xlsx(List.of("工程编号", "工程名称", "所在区", "战时功能", "建设方式", "建筑面积", "经度", "纬度"), rows);
        RegisterReport r = register.run("f.xlsx", book, RegisterColumn.mapping(null), null, true);
        assertThat(r.problems()).isEmpty();
        for (int i = 0; i < 5; i++) {
            points.add(jdbc.sql("""
                            SELECT ST_X(g), ST_Y(g) FROM (SELECT ST_Transform(ST_PointOnSurface(footprint), 4549) g
                            FROM core.works WHERE code = :code) x""")
                    .param("code", "TEST-F" + i)
                    .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)})
                    .single());
        }
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        jdbc.sql("DELETE FROM core.works WHERE code LIKE 'TEST-%'").update();
    }

    private String ring(double[] c, double[][] offsets) {
        return java.util.Arrays.stream(offsets)
                .map(o -> "[" + (c[0] + o[0]) + "," + (c[1] + o[1]) + "]")
                .collect(Collectors.joining(","));
    }

    /** Five outlines in metres: good, a line 0.2 m short of closed, a spike, a bow-tie, a line 5 m short of closed. */
    private Path drawing(String code0) throws Exception {
        double[][] square = {{-15, -15}, {15, -15}, {15, 15}, {-15, 15}, {-15, -15}};
        double[][] almost = {{-15, -15}, {15, -15}, {15, 15}, {-15, 15}, {-15, -14.8}};
        double[][] spike = {{-15, -15}, {15, -15}, {15, 0}, {25, 0}, {15, 0}, {15, 15}, {-15, 15}, {-15, -15}};
        double[][] bowtie = {{-15, -15}, {15, 15}, {15, -15}, {-15, 15}, {-15, -15}};
        double[][] gap = {{-15, -15}, {15, -15}, {15, 15}, {-15, 15}, {-15, -10}};
        String props0 = code0 == null ? "{}" : "{\"code\":\"" + code0 + "\"}";
        String features = String.join(
                ",",
                "{\"type\":\"Feature\",\"properties\":" + props0
                        + ",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[" + ring(points.get(0), square)
                        + "]]}}",
                "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":["
                        + ring(points.get(1), almost) + "]}}",
                "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[["
                        + ring(points.get(2), spike) + "]]}}",
                "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[["
                        + ring(points.get(3), bowtie) + "]]}}",
                "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":["
                        + ring(points.get(4), gap) + "]}}");
        Path geojson = dir.resolve("drawing.geojson");
        Files.writeString(geojson, "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}");
        return geojson;
    }

    private static void ogr2ogr(String... args) {
        List<String> cmd = new ArrayList<>(List.of("ogr2ogr"));
        cmd.addAll(List.of(args));
        Command.succeeding(cmd.toArray(String[]::new));
    }

    private Map<String, Object> work(int i) {
        return jdbc.sql("""
                        SELECT footprint_provisional, round(ST_Area(footprint::geography)) AS area
                        FROM core.works WHERE code = :code""").param("code", "TEST-F" + i).query().singleRow();
    }

    @Test
    void aDxfDrawingIsClosedAndRepairedWhereSafeAndRefusedWhereNot() throws Exception {
        Path dxf = dir.resolve("footprints.dxf");
        ogr2ogr("-f", "DXF", dxf.toString(), drawing(null).toString());

        RegisterReport r = footprints.run(dxf, null, true);

        assertThat(r.crs()).contains("EPSG:4549");
        assertThat(r.applied()).isFalse();
        assertThat(r.problems())
                .extracting(RegisterReport.Problem::reason_zh)
                .hasSize(2)
                .anySatisfy(z -> assertThat(z).contains("不自动修复"))
                .anySatisfy(z -> assertThat(z).contains("未闭合").contains("5.00 米"));
        assertThat(r.rows()).filteredOn(o -> o.action().equals("update")).hasSize(3);
        assertThat(r.rows())
                .anySatisfy(o ->
                        assertThat(o.changes()).anySatisfy(c -> assertThat(c).contains("已闭合")));
        assertThat(work(0).get("footprint_provisional")).as("all or nothing").isEqualTo(true);
    }

    @Test
    void aShapefileWithCodesReplacesTheProvisionalFootprints() throws Exception {
        Path shp = dir.resolve("footprints.shp");
        Path good = dir.resolve("good.geojson");
        // Only the outlines that can be used, one matched by code, in a Shapefile with its .prj (EPSG:4549).
        String all = Files.readString(drawing("TEST-F0"));
        var features =
                new tools.jackson.databind.json.JsonMapper().readTree(all).path("features");
        Files.writeString(
                good,
                "{\"type\":\"FeatureCollection\",\"features\":[" + features.get(0) + "," + features.get(2) + "]}");
        ogr2ogr("-f", "ESRI Shapefile", "-a_srs", "EPSG:4549", "-nlt", "POLYGON", shp.toString(), good.toString());
        long audit =
                jdbc.sql("SELECT max(id) FROM core.audit").query(Long.class).single();

        RegisterReport r = footprints.run(shp, null, true);

        assertThat(r.problems()).isEmpty();
        assertThat(r.applied()).isTrue();
        assertThat(r.rows()).extracting(RegisterReport.RowOutcome::code).contains("TEST-F0");
        assertThat(work(0).get("footprint_provisional")).isEqualTo(false);
        assertThat(((Number) work(0).get("area")).doubleValue()).isBetween(890.0, 910.0);
        // The spike was cut off: the square's 900 m², not a sliver more or less.
        assertThat(((Number) work(2).get("area")).doubleValue()).isBetween(890.0, 910.0);
        assertThat(jdbc.sql("SELECT count(*) FROM core.audit WHERE id > :id AND action = 'footprint'")
                        .param("id", audit)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM core.audit WHERE id > :id AND object_type = 'footprint_import'")
                        .param("id", audit)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
