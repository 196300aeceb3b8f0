package org.sheltergis.siting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.JsonNode;

/** A kept run as a spreadsheet: the chosen sites with their explanation, then the plan's totals. Bilingual headers. */
final class RunExport {

    private static final String[] KEYS = {"rank", "id", "name", "newly_covered", "cumulative_covered", "cost",
        "capacity", "nearest_existing_m", "parking_demand", "lon", "lat"};
    private static final String[] HEADERS = {"次序 Rank", "编号 Code", "名称 Name", "新增覆盖人口 Newly covered",
        "累计覆盖 Cumulative", "造价(元) Cost (CNY)", "容纳人数 Capacity", "距最近现有工程(m) Nearest existing (m)",
        "停车需求 Parking demand", "经度 Lon", "纬度 Lat"};

    private RunExport() {
    }

    static byte[] csv(JsonNode run) {
        StringBuilder out = new StringBuilder("\uFEFF"); // Excel opens UTF-8 CSV correctly only with a BOM
        out.append(String.join(",", HEADERS)).append("\r\n");
        for (JsonNode site : run.path("sites")) {
            List<String> cells = new ArrayList<>();
            for (String k : KEYS) {
                cells.add(Csv.cell(text(site.get(k))));
            }
            out.append(String.join(",", cells)).append("\r\n");
        }
        out.append("\r\n");
        for (String[] line : summary(run)) {
            out.append(Csv.cell(line[0])).append(',').append(Csv.cell(line[1])).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(JsonNode run) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet plan = book.createSheet("选址方案 Plan");
            Row head = plan.createRow(0);
            for (int k = 0; k < HEADERS.length; k++) {
                head.createCell(k).setCellValue(HEADERS[k]);
                head.getCell(k).setCellStyle(bold);
            }
            int r = 1;
            for (JsonNode site : run.path("sites")) {
                Row row = plan.createRow(r++);
                for (int k = 0; k < KEYS.length; k++) {
                    JsonNode v = site.get(KEYS[k]);
                    if (v != null && v.isNumber()) {
                        row.createCell(k).setCellValue(v.doubleValue());
                    } else {
                        row.createCell(k).setCellValue(text(v));
                    }
                }
            }
            for (int k = 0; k < HEADERS.length; k++) {
                plan.setColumnWidth(k, 18 * 256);
            }
            Sheet totals = book.createSheet("汇总 Summary");
            int t = 0;
            for (String[] line : summary(run)) {
                Row row = totals.createRow(t++);
                row.createCell(0).setCellValue(line[0]);
                row.createCell(1).setCellValue(line[1]);
            }
            totals.setColumnWidth(0, 40 * 256);
            totals.setColumnWidth(1, 30 * 256);
            book.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> summary(JsonNode run) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"运行编号 Run", text(run.get("id"))});
        lines.add(new String[] {"求解器 Solver", text(run.get("solver")) + " / " + text(run.get("status"))});
        lines.add(new String[] {"新增覆盖人口 Newly covered", text(run.get("covered_weight"))});
        lines.add(new String[] {"上界 Bound", text(run.get("bound"))});
        lines.add(new String[] {"差距 Gap", text(run.get("gap"))});
        lines.add(new String[] {"总造价(元) Plan cost (CNY)", text(run.get("cost"))});
        lines.add(new String[] {"服务半径(m) Radius (m)", text(run.get("radius_m"))});
        JsonNode ledger = run.path("ledger");
        lines.add(new String[] {"建设费结余(前) Balance before", text(ledger.get("balance_before"))});
        lines.add(new String[] {"建设费结余(后) Balance after", text(ledger.get("balance_after"))});
        JsonNode next = run.get("next_best");
        if (next != null && !next.isNull()) {
            lines.add(new String[] {"次优备选 Next best", text(next.get("id")) + " " + text(next.get("name"))
                    + " (+" + text(next.get("would_add")) + ")"});
        }
        return lines;
    }

    private static String text(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode() ? "" : v.isString() ? v.stringValue() : v.toString();
    }
}
