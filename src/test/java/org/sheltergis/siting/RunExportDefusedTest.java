package org.sheltergis.siting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A candidate site named like a formula comes out of the siting exports defused; the figures stay numbers. */
@IntegrationTest
class RunExportDefusedTest {

    static final String LINK = "=HYPERLINK(\"http://x\",\"y\")";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void csvAndXlsx() throws Exception {
        Fixture fixture = new Fixture(jdbc, "990007", 104.0, 30.0);
        fixture.build();
        try {
            exports();
        } finally {
            fixture.remove();
        }
    }

    private void exports() throws Exception {
        jdbc.sql("UPDATE core.candidate_sites SET name = :n WHERE code = '990007-S1'")
                .param("n", LINK)
                .update();
        StaffClient http = StaffClient.admin(port);
        var r = http.postJson("/api/siting/runs", "{\"district\": \"990007\", \"budget\": \"none\", \"max_sites\": 1}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = r.json().get("id").asLong();

        String csv = http.get("/api/siting/runs/" + id + "/export?format=csv").body();
        assertThat(csv.split("\r\n")[1]).startsWith("1,990007-S1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",2000,");

        var xlsx = http.getBytes("/api/siting/runs/" + id + "/export?format=xlsx");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var row = book.getSheet("选址方案 Plan").getRow(1);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(LINK);
            assertThat(row.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(2000.0);
        }
    }
}
