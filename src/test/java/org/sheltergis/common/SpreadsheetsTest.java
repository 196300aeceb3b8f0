package org.sheltergis.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The one CSV/XLSX writer: formula-like text is defused, numbers stay numbers, quoting is RFC 4180. */
class SpreadsheetsTest {

    static final List<String> HOSTILE =
            List.of("=HYPERLINK(\"http://x\",\"y\")", "-2+3", "@SUM(A1)", "+1", "\tx", "\rx");

    @Test
    void csvPrefixesFormulaLikeTextAndKeepsNumbers() {
        String csv = new String(
                Spreadsheets.csv(List.of(
                        List.of("name", "value"),
                        List.of(HOSTILE.get(0), -8.0),
                        List.of(HOSTILE.get(1), 1.5e7),
                        List.of(HOSTILE.get(2), -3),
                        List.of("普通, 名称", 0.6667),
                        Arrays.asList(null, 144.0),
                        List.of(),
                        List.of("\"q\"", "-x"))),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFname,value\r\n");
        assertThat(csv.substring(1).split("\r\n", -1))
                .containsExactly(
                        "name,value",
                        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-8.0",
                        "'-2+3,15000000",
                        "'@SUM(A1),-3",
                        "\"普通, 名称\",0.6667",
                        "\"\",144.0",
                        "",
                        "\"\"\"q\"\"\",'-x",
                        "");
        for (String h : HOSTILE) {
            String one = new String(Spreadsheets.csv(List.of(List.of(h))), StandardCharsets.UTF_8).substring(1);
            assertThat(one.replace("\"", "")).as(h).startsWith("'");
        }
    }

    @Test
    void xlsxWritesFormulaLikeTextAsQuotePrefixedStringsAndNumbersAsNumbers() throws Exception {
        List<List<Object>> rows =
                HOSTILE.stream().map(h -> List.<Object>of(h, -2.5)).toList();
        byte[] book = Spreadsheets.xlsx(List.of(new Spreadsheets.Table("表", List.of("名称", "值"), rows, 1, List.of(18))));
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(book))) {
            var sheet = wb.getSheet("表");
            for (int r = 1; r <= HOSTILE.size(); r++) {
                var text = sheet.getRow(r).getCell(0);
                assertThat(text.getCellType()).isEqualTo(CellType.STRING);
                assertThat(text.getStringCellValue()).isEqualTo(HOSTILE.get(r - 1));
                assertThat(text.getCellStyle().getQuotePrefixed()).isTrue();
                var number = sheet.getRow(r).getCell(1);
                assertThat(number.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(number.getNumericCellValue()).isEqualTo(-2.5);
            }
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getQuotePrefixed())
                    .isFalse();
        }
    }

    @Test
    void readsRfc4180WithHeaderNamesFoldedAndABom() {
        var rows =
                Spreadsheets.readCsv("\uFEFFKind, Project ,amount\r\nreceipt,\"某小区, 二期\",\"1\"\"0\"\n\nallocation\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0))
                .containsEntry("kind", "receipt")
                .containsEntry("project", "某小区, 二期")
                .containsEntry("amount", "1\"0");
        assertThat(rows.get(1)).containsEntry("kind", "allocation").containsEntry("project", null);
        assertThatThrownBy(() -> Spreadsheets.readCsv("a,b\n\"unclosed,1\n")).isInstanceOf(BadRequestException.class);
    }
}
