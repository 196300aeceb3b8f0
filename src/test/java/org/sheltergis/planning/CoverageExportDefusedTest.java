package org.sheltergis.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Units named like formulas come out of the coverage exports defused; the figures stay numbers. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoverageExportDefusedTest {

    static final String LINK = "=HYPERLINK(\"http://x\",\"y\")";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void fixture() {
        CoverageFixture.load(jdbc);
        jdbc.sql("UPDATE core.plan_units SET name = CASE code WHEN 'FX-A' THEN :a WHEN 'FX-B' THEN '-2+3' "
                        + "ELSE '@SUM(A1)' END WHERE code IN ('FX-A', 'FX-B', 'FX-C')")
                .param("a", LINK)
                .update();
    }

    @AfterAll
    void removeFixture() {
        CoverageFixture.remove(jdbc);
    }

    @Test
    void csvAndXlsx() throws Exception {
        StaffClient http = StaffClient.admin(port);
        var r = http.postJson("/api/analysis/coverage", "{\"units\":[\"FX-A\",\"FX-B\",\"FX-C\"],\"label\":\"=1+1\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = r.json().path("run").path("id").longValue();

        String[] lines =
                http.get("/api/analysis/coverage/" + id + "/export.csv").body().split("\r\n");
        assertThat(lines[1]).startsWith("FX-A,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",990003,500,");
        assertThat(lines[2]).startsWith("FX-B,'-2+3,990003,");
        assertThat(lines[3]).startsWith("FX-C,'@SUM(A1),990003,").contains(",-8.0,");

        var xlsx = http.getBytes("/api/analysis/coverage/" + id + "/export.xlsx");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var units = book.getSheet("单元");
            String[] names = {LINK, "-2+3", "@SUM(A1)"};
            for (int row = 1; row <= 3; row++) {
                var name = units.getRow(row).getCell(1);
                assertThat(name.getCellType()).isEqualTo(CellType.STRING);
                assertThat(name.getStringCellValue()).isEqualTo(names[row - 1]);
                assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
                assertThat(units.getRow(row).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            }
            assertThat(units.getRow(3).getCell(11).getNumericCellValue()).isEqualTo(-8.0);
            var label = book.getSheet("参数").getRow(2).getCell(1);
            assertThat(label.getStringCellValue()).isEqualTo("=1+1");
            assertThat(label.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }
}
