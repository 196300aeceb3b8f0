package org.sheltergis.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sheltergis.common.ChineseMapDatums;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The register workbook import against the real PostGIS: workbooks made here with POI, with the headers and values
 * district offices use, in each coordinate system; a workbook of bad rows; and the round trip through the export.
 */
@IntegrationTest
class RegisterImportTest {

    static final List<String> HEADER = List.of(
            "序号", "工程编号", "工程名称", "所在区", "地址", "战时功能", "防护等级", "建设方式", "建筑面积", "防护面积", "掩蔽面积", "掩蔽人数", "竣工年份", "公共掩蔽",
            "平时用途", "车位数", "充电桩", "标识状态", "经度", "纬度");

    /** 1 cm in degrees of latitude (and, at 32°N, a little less than 1 cm of longitude: a strict bound). */
    static final double CENTIMETRE = 0.01 / 111_000;

    @Autowired
    RegisterImport importer;

    @Autowired
    RegisterExport export;

    @Autowired
    JdbcClient jdbc;

    double lon;
    double lat;

    @BeforeEach
    void pointInChongchuan() {
        // A point well inside 崇川区: a work of the register there.
        var p = jdbc.sql("""
                        SELECT ST_X(ST_PointOnSurface(footprint)) AS lon, ST_Y(ST_PointOnSurface(footprint)) AS lat
                        FROM core.works WHERE district_code = '320613' ORDER BY id LIMIT 1""")
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)})
                .single();
        lon = p[0];
        lat = p[1];
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("clerk-test", null, List.of()));
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        jdbc.sql("DELETE FROM core.works WHERE code LIKE 'TEST-%'").update();
    }

    private static List<Object> good(String code, String name, double lon, double lat) {
        return new ArrayList<>(Arrays.asList(
                1,
                code,
                name,
                "崇川区",
                "南通市崇川区测试路1号",
                "二等人员掩蔽所",
                "核6常6",
                "结建",
                1200,
                1000,
                800,
                700,
                2015,
                "是",
                "停车",
                20,
                2,
                "已更新",
                lon,
                lat));
    }

    private RegisterReport run(byte[] file, String name, String crs, boolean apply) throws Exception {
        return importer.run(name, file, RegisterColumn.mapping(null), crs, apply);
    }

    private double[] transformed(int srid) {
        return jdbc.sql(
                        "SELECT ST_X(g), ST_Y(g) FROM (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(:lon, :lat), 4490), :srid) g) x")
                .param("lon", lon)
                .param("lat", lat)
                .param("srid", srid)
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)})
                .single();
    }

    @Test
    void everyCoordinateSystemIsDetectedAndLandsOnThePointToTheCentimetre() throws Exception {
        record Case(String xHeader, String yHeader, double x, double y, String crs, String detected) {}
        double[] gk120 = transformed(4549);
        double[] zone40 = transformed(4528);
        double[] gk123 = transformed(4510);
        var gcj = ChineseMapDatums.wgs84ToGcj02(lon, lat);
        var bd = ChineseMapDatums.wgs84ToBd09(lon, lat);
        List<Case> cases = List.of(
                new Case("X", "Y", gk120[0], gk120[1], null, "EPSG:4549"),
                // The surveying habit: X is the northing.
                new Case("X", "Y", gk120[1], gk120[0], null, "X 列为北坐标"),
                new Case("东坐标", "北坐标", zone40[0], zone40[1], null, "EPSG:4528"),
                new Case("X", "Y", gk123[0], gk123[1], null, "EPSG:4510"),
                new Case("经度", "纬度", lon, lat, null, "CGCS2000 经纬度"),
                new Case("高德经度", "高德纬度", gcj.lon(), gcj.lat(), null, "GCJ-02"),
                new Case("百度经度", "百度纬度", bd.lon(), bd.lat(), null, "BD-09"),
                new Case("经度", "纬度", gcj.lon(), gcj.lat(), "gcj02", "GCJ-02"));
        int i = 0;
        for (Case c : cases) {
            i++;
            List<String> header = new ArrayList<>(HEADER);
            header.set(18, c.xHeader());
            header.set(19, c.yHeader());
            byte[] book = RegisterWorkbooks.xlsx(header, List.of(good("TEST-C" + i, "坐标测试" + i, c.x(), c.y())));
            RegisterReport r = run(book, "crs.xlsx", c.crs(), false);
            assertThat(r.problems()).as(c.toString()).isEmpty();
            assertThat(r.crs()).as(c.toString()).contains(c.detected());
            RegisterReport.RowOutcome row = r.rows().get(0);
            assertThat(row.action()).isEqualTo("create");
            // Baidu's published inverse is good to a few centimetres (ChineseMapDatums): 10 cm for BD-09 (and the
            // value must be exactly the one definition's), 1 cm for every other system.
            double tolerance = c.detected().equals("BD-09") ? 10 * CENTIMETRE : CENTIMETRE;
            assertThat(row.lon()).as(c.toString()).isCloseTo(lon, within(tolerance));
            assertThat(row.lat()).as(c.toString()).isCloseTo(lat, within(tolerance));
            if (c.detected().equals("BD-09")) {
                var known = ChineseMapDatums.bd09ToWgs84(c.x(), c.y());
                assertThat(row.lon()).isEqualTo(known.lon());
                assertThat(row.lat()).isEqualTo(known.lat());
            }
        }
        // The web-map datums really were converted: their raw degrees lie hundreds of metres off.
        assertThat(Math.hypot((gcj.lon() - lon) * 94_000, (gcj.lat() - lat) * 111_000))
                .isBetween(300.0, 900.0);
        assertThat(jdbc.sql("SELECT count(*) FROM core.works WHERE code LIKE 'TEST-C%'")
                        .query(Long.class)
                        .single())
                .as("a dry run writes nothing")
                .isZero();
    }

    @Test
    void anAppliedWorkbookCreatesWorksWithParkingSignageAndOneImportAuditRow() throws Exception {
        byte[] book = RegisterWorkbooks.xlsx(
                HEADER, List.of(good("TEST-A1", "文亮小学人防工程", lon, lat), good("TEST-A2", "测试二号掩蔽所", lon + 0.0005, lat)));
        RegisterReport dry = run(book, "register.xlsx", null, false);
        assertThat(dry.problems()).isEmpty();
        assertThat(dry.applied()).isFalse();
        long audit = jdbc.sql("SELECT coalesce(max(id), 0) FROM core.audit")
                .query(Long.class)
                .single();
        RegisterReport r = run(book, "register.xlsx", null, true);
        assertThat(r.problems()).isEmpty();
        assertThat(r.applied()).isTrue();
        assertThat(r.count("create")).isEqualTo(2);
        var w = jdbc.sql("""
                        SELECT w.function, w.protection_level, w.construction_mode, w.public_shelter, w.footprint_provisional,
                               p.total_spaces, p.ev_chargers_installed, s.status, round(ST_Area(w.footprint::geography)) AS area,
                               ST_Distance(ST_PointOnSurface(w.footprint)::geography, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography) AS off
                        FROM core.works w LEFT JOIN core.parking p ON p.work_id = w.id LEFT JOIN core.signage s ON s.work_id = w.id
                        WHERE w.code = 'TEST-A1'""").param("lon", lon).param("lat", lat).query().singleRow();
        assertThat(w.get("function")).isEqualTo("personnel_2");
        assertThat(w.get("protection_level")).isEqualTo("n6");
        assertThat(w.get("construction_mode")).isEqualTo("attached");
        assertThat(w.get("public_shelter")).isEqualTo(true);
        assertThat(w.get("footprint_provisional")).isEqualTo(true);
        assertThat(w.get("total_spaces")).isEqualTo(20);
        assertThat(w.get("ev_chargers_installed")).isEqualTo(2);
        assertThat(w.get("status")).isEqualTo("upgraded");
        assertThat(((Number) w.get("area")).doubleValue()).isCloseTo(1200, within(15.0));
        assertThat(((Number) w.get("off")).doubleValue()).isLessThan(0.01);
        var rows = jdbc.sql(
                        "SELECT actor, action, object_type, object_id, after->>'sha256' AS sha FROM core.audit WHERE id > :id ORDER BY id")
                .param("id", audit)
                .query()
                .listOfRows();
        assertThat(rows).allSatisfy(a -> assertThat(a.get("actor")).isEqualTo("clerk-test"));
        var imports =
                rows.stream().filter(a -> a.get("action").equals("import")).toList();
        assertThat(imports).hasSize(1);
        assertThat(imports.get(0).get("object_id")).isEqualTo(RegisterImport.sha256(book));
        assertThat(rows.stream()
                        .filter(a -> a.get("object_type").equals("work")
                                && a.get("action").equals("create")))
                .hasSize(2);
        // Imported again unchanged: nothing to do.
        RegisterReport again = run(book, "register.xlsx", null, false);
        assertThat(again.count("unchanged")).isEqualTo(2);
    }

    @Test
    void csvInGb18030IsReadAsWellAsUtf8() throws Exception {
        String csv = String.join(",", HEADER) + "\r\n"
                + good("TEST-G1", "港闸区掩蔽所", lon, lat).stream()
                        .map(String::valueOf)
                        .collect(Collectors.joining(","))
                + "\r\n";
        for (Charset cs : List.of(Charset.forName("GB18030"), Charset.forName("UTF-8"))) {
            RegisterReport r = run(csv.getBytes(cs), "register.csv", null, false);
            assertThat(r.encoding()).isEqualTo(cs.name().equals("UTF-8") ? "UTF-8" : "GB18030");
            assertThat(r.problems()).isEmpty();
            assertThat(r.rows().get(0).name()).isEqualTo("港闸区掩蔽所");
            assertThat(r.rows().get(0).action()).isEqualTo("create");
        }
    }

    @Test
    void twentyKindsOfBadRowsGetTwentyNamedProblemsAndNothingIsWritten() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(good("TEST-B00", "正常工程", lon, lat));
        Map<Integer, String> expected = new HashMap<>(); // spreadsheet row → column and kind
        int[] n = {2};
        java.util.function.BiConsumer<List<Object>, String> bad = (row, what) -> {
            rows.add(row);
            expected.put(++n[0], what);
        };
        double d = 0.0002;
        bad.accept(set(good("TEST-B01", "功能错误", lon + d, lat), 5, "三等人员掩蔽所"), "战时功能 unknown_label");
        bad.accept(set(good("TEST-B02", "等级错误", lon, lat + d), 6, "核9"), "防护等级 unknown_label");
        bad.accept(set(good("TEST-B03", "方式错误", lon - d, lat), 7, "半建"), "建设方式 unknown_label");
        bad.accept(set(good("TEST-B04", "区县错误", lon, lat - d), 3, "北京区"), "所在区 unknown_district");
        bad.accept(set(good("TEST-B05", "防护面积过大", lon + d, lat + d), 9, 1500), "防护面积 area_nesting");
        bad.accept(set(good("TEST-B06", "掩蔽面积过大", lon - d, lat - d), 10, 1100), "掩蔽面积 area_nesting");
        bad.accept(set(good("TEST-B07", "人数过多", lon + d, lat - d), 11, 5000), "掩蔽人数 capacity_exceeds_area");
        bad.accept(set(good("TEST-B08", "面积非数字", lon - d, lat + d), 8, "约1200"), "建筑面积 not_a_number");
        bad.accept(set(good("TEST-B09", "人数非整数", lon + 2 * d, lat), 11, 12.5), "掩蔽人数 not_a_whole_number");
        bad.accept(set(good("TEST-B10", "面积为负", lon, lat + 2 * d), 8, -5), "建筑面积 out_of_range");
        bad.accept(set(good("TEST-B11", "年份错误", lon - 2 * d, lat), 12, 1890), "竣工年份 out_of_range");
        bad.accept(good("TEST-B12", "北京的点", 116.404, 39.915), "经度 point_outside_nantong");
        bad.accept(set(good("TEST-B13", "不在所填区", lon, lat - 2 * d), 3, "海安市"), "经度 point_outside_district");
        bad.accept(good("TEST-B00", "编号重复", lon + 2 * d, lat + 2 * d), "工程编号 duplicate_code");
        bad.accept(set(good("TEST-B15", "指挥所公开", lon - 2 * d, lat - 2 * d), 5, "指挥通信工程"), "公共掩蔽 restricted_public");
        bad.accept(set(good("TEST-B16", "是否不清", lon + 3 * d, lat), 13, "也许"), "公共掩蔽 not_yes_no");
        bad.accept(set(good("TEST-B17", null, lon, lat + 3 * d), 2, null), "工程名称 required");
        bad.accept(set(good(null, "没有编号的新工程", lon - 3 * d, lat), 1, null), "工程编号 code_required");
        bad.accept(set(set(good("TEST-B19", "没有坐标", 0, 0), 18, null), 19, null), "经度/纬度 missing_coordinate");
        bad.accept(set(good("TEST-B20", "充电桩多于车位", lon, lat - 3 * d), 16, 30), "充电桩 edit_rule");
        byte[] book = RegisterWorkbooks.xlsx(HEADER, rows);
        long works =
                jdbc.sql("SELECT count(*) FROM core.works").query(Long.class).single();
        long audit =
                jdbc.sql("SELECT count(*) FROM core.audit").query(Long.class).single();

        RegisterReport r = run(book, "bad.xlsx", null, true);

        Map<Integer, String> got = new HashMap<>();
        r.problems().forEach(p -> got.merge(p.row(), p.column() + " " + p.kind(), (a, b) -> a + " | " + b));
        assertThat(got).isEqualTo(expected);
        assertThat(r.problems())
                .hasSize(20)
                .allSatisfy(p -> assertThat(p.reason_zh()).isNotBlank());
        assertThat(r.applied()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM core.works").query(Long.class).single())
                .isEqualTo(works);
        assertThat(jdbc.sql("SELECT count(*) FROM core.audit").query(Long.class).single())
                .isEqualTo(audit);

        // The report workbook has one row per problem, in Chinese, with the row number and the column.
        try (XSSFWorkbook report = new XSSFWorkbook(new ByteArrayInputStream(RegisterReportWriter.xlsx(r)))) {
            Sheet problems = report.getSheet("问题");
            assertThat(problems.getRow(0).getCell(0).getStringCellValue()).isEqualTo("行号");
            assertThat(problems.getLastRowNum()).isEqualTo(20);
            assertThat(problems.getRow(1).getCell(3).getStringCellValue()).contains("三等人员掩蔽所");
        }
    }

    private static List<Object> set(List<Object> row, int column, Object value) {
        row.set(column + 0, value);
        return row;
    }

    @Test
    void aRoundTripThroughExcelAppliesExactlyTheThreeChangedCells() throws Exception {
        byte[] original = export.works();
        List<Map<String, Object>> before = register();
        byte[] edited;
        List<String> codes = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(original))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            Row a = sheet.getRow(1);
            Row b = sheet.getRow(2);
            Row c = sheet.getRow(3);
            for (Row r : List.of(a, b, c)) {
                codes.add(r.getCell(header.indexOf("工程编号")).getStringCellValue());
            }
            cell(a, header.indexOf("地址")).setCellValue("南通市崇川区改过的地址88号");
            cell(b, header.indexOf("管理单位")).setCellValue("南通市人防工程管理中心（改）");
            Cell year = cell(c, header.indexOf("竣工年份"));
            int newYear = year.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            && year.getNumericCellValue() == 2001
                    ? 2002
                    : 2001;
            year.setCellValue(newYear);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            edited = out.toByteArray();
        }
        long audit = jdbc.sql("SELECT coalesce(max(id), 0) FROM core.audit")
                .query(Long.class)
                .single();

        RegisterReport r = run(edited, "台账.xlsx", null, true);
        try {
            assertThat(r.problems()).isEmpty();
            assertThat(r.applied()).isTrue();
            assertThat(r.count("update")).isEqualTo(3);
            assertThat(r.count("create")).isZero();
            assertThat(r.rows().stream()
                            .filter(o -> o.action().equals("update"))
                            .map(RegisterReport.RowOutcome::changes))
                    .containsExactlyInAnyOrder(List.of("地址"), List.of("管理单位"), List.of("竣工年份"));

            List<Map<String, Object>> after = register();
            Map<String, List<String>> changed = new HashMap<>();
            for (int i = 0; i < before.size(); i++) {
                Map<String, Object> x = before.get(i);
                Map<String, Object> y = after.get(i);
                for (String k : x.keySet()) {
                    if (!List.of("version", "changed_at", "changed_by").contains(k)
                            && !java.util.Objects.equals(x.get(k), y.get(k))) {
                        changed.computeIfAbsent((String) x.get("code"), z -> new ArrayList<>())
                                .add(k);
                    }
                }
            }
            assertThat(changed)
                    .isEqualTo(Map.of(
                            codes.get(0), List.of("address"),
                            codes.get(1), List.of("managing_unit"),
                            codes.get(2), List.of("completion_year")));
            var rows = jdbc.sql("""
                            SELECT a.action, a.object_type, w.code FROM core.audit a
                            LEFT JOIN core.works w ON a.object_type = 'work' AND w.id::text = a.object_id
                            WHERE a.id > :id ORDER BY a.id""").param("id", audit).query().listOfRows();
            assertThat(rows.stream()
                            .filter(x -> x.get("object_type").equals("work"))
                            .map(x -> x.get("code")))
                    .containsExactlyInAnyOrderElementsOf(codes);
            assertThat(rows.stream().filter(x -> x.get("action").equals("import")))
                    .hasSize(1);
            assertThat(rows).hasSize(4);
        } finally {
            // Put the sample back as it was, through the same import: the other tests count on its values.
            RegisterReport back = run(original, "台账.xlsx", null, true);
            assertThat(back.problems()).isEmpty();
            assertThat(back.count("update")).isEqualTo(3);
        }
    }

    private static Cell cell(Row row, int column) {
        Cell c = row.getCell(column);
        return c != null ? c : row.createCell(column);
    }

    private List<Map<String, Object>> register() {
        return jdbc.sql("SELECT w.*, ST_AsText(footprint) AS footprint FROM core.works w ORDER BY id")
                .query()
                .listOfRows();
    }
}
