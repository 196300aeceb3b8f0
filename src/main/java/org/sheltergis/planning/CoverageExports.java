package org.sheltergis.planning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sheltergis.planning.ExportColumns.Column;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A run as CSV (units), XLSX (units, totals, parameters) and one GeoJSON FeatureCollection. */
@Component
class CoverageExports {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final CoverageResults results;

    CoverageExports(CoverageResults results) {
        this.results = results;
    }

    /** UTF-8 with a byte-order mark, so Excel opens the Chinese headings correctly. */
    byte[] csv(long run, boolean english) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(",", ExportColumns.UNITS.stream().map(c -> csvField(c.heading(english))).toList()))
                .append("\r\n");
        for (String row : results.unitRows(run)) {
            JsonNode r = JSON.readTree(row);
            out.append(String.join(",", ExportColumns.UNITS.stream()
                    .map(c -> csvField(r.path(c.key()).isNull() ? "" : r.path(c.key()).asString(""))).toList()))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsx(long run, boolean english) {
        List<String> units = results.unitRows(run);
        List<String> totals = results.totalRows(run);
        JsonNode header = JSON.readTree(results.header(run));
        try (var book = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            table(book.createSheet(english ? "Units" : "单元"), ExportColumns.UNITS, units, bold, english);
            table(book.createSheet(english ? "Totals" : "汇总"), ExportColumns.TOTALS, totals, bold, english);
            Sheet p = book.createSheet(english ? "Parameters" : "参数");
            int i = 0;
            pair(p, i++, english ? "Run" : "分析批次", header.path("id").asString());
            pair(p, i++, english ? "Computed at" : "计算时间", header.path("createdAt").asString());
            pair(p, i++, english ? "Label" : "说明", header.path("label").asString(""));
            pair(p, i++, english ? "Based on run" : "基于批次", header.path("baseRun").asString(""));
            for (var e : header.path("parameters").properties()) {
                pair(p, i++, e.getKey(), e.getValue().isNull() ? "" : e.getValue().toString().replace("\"", ""));
            }
            p.setColumnWidth(0, 20 * 256);
            p.setColumnWidth(1, 40 * 256);
            book.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Units (kind "unit"), uncovered areas (kind "uncovered") and hypothetical works (kind "whatIf") together. */
    String geoJson(long run) {
        ArrayNode features = JSON.createArrayNode();
        add(features, results.unitsGeoJson(run), "unit");
        add(features, results.uncoveredGeoJson(run), "uncovered");
        add(features, JSON.readTree(results.run(run)).path("whatIf").toString(), "whatIf");
        ObjectNode fc = JSON.createObjectNode();
        fc.put("type", "FeatureCollection");
        fc.set("features", features);
        return fc.toString();
    }

    private static void add(ArrayNode into, String featureCollection, String kind) {
        for (JsonNode f : JSON.readTree(featureCollection).path("features")) {
            ObjectNode feature = (ObjectNode) f;
            ((ObjectNode) feature.path("properties")).put("kind", kind);
            into.add(feature);
        }
    }

    private static void table(Sheet sheet, List<Column> columns, List<String> rows, CellStyle bold, boolean english) {
        Row head = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            var cell = head.createCell(c);
            cell.setCellValue(columns.get(c).heading(english));
            cell.setCellStyle(bold);
        }
        int r = 1;
        for (String json : rows) {
            JsonNode row = JSON.readTree(json);
            Row line = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                JsonNode v = row.path(columns.get(c).key());
                if (v.isMissingNode() || v.isNull()) {
                    continue;
                }
                if (columns.get(c).numeric() && v.isNumber()) {
                    line.createCell(c).setCellValue(v.doubleValue());
                } else {
                    line.createCell(c).setCellValue(v.asString());
                }
            }
        }
        sheet.createFreezePane(2, 1);
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, 18 * 256);
        }
    }

    private static void pair(Sheet sheet, int row, String key, String value) {
        Row r = sheet.createRow(row);
        r.createCell(0).setCellValue(key);
        r.createCell(1).setCellValue(value);
    }

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
