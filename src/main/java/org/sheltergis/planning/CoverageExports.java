package org.sheltergis.planning;

import java.util.ArrayList;
import java.util.List;
import org.sheltergis.common.Spreadsheets;
import org.sheltergis.planning.ExportColumns.Column;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A run as CSV (units), XLSX (units, totals, parameters) and one GeoJSON FeatureCollection. */
@Component
class CoverageExports {

    private final CoverageResults results;
    private final JsonMapper json;

    CoverageExports(CoverageResults results, JsonMapper json) {
        this.results = results;
        this.json = json;
    }

    /** The units, one row each (through the shared writer, which defuses formula-like text). */
    byte[] csv(long run, boolean english) {
        List<List<Object>> records = new ArrayList<>();
        records.add(headings(ExportColumns.UNITS, english));
        records.addAll(cells(ExportColumns.UNITS, results.unitRows(run)));
        return Spreadsheets.csv(records);
    }

    byte[] xlsx(long run, boolean english) {
        JsonNode header = json.readTree(results.header(run));
        List<List<Object>> parameters = new ArrayList<>();
        parameters.add(List.of(english ? "Run" : "分析批次", header.path("id").asString()));
        parameters.add(List.of(
                english ? "Computed at" : "计算时间", header.path("createdAt").asString()));
        parameters.add(List.of(english ? "Label" : "说明", header.path("label").asString("")));
        parameters.add(List.of(
                english ? "Based on run" : "基于批次", header.path("baseRun").asString("")));
        for (var e : header.path("parameters").properties()) {
            parameters.add(List.of(
                    e.getKey(),
                    e.getValue().isNull() ? "" : e.getValue().toString().replace("\"", "")));
        }
        return Spreadsheets.xlsx(List.of(
                table(english ? "Units" : "单元", ExportColumns.UNITS, results.unitRows(run), english),
                table(english ? "Totals" : "汇总", ExportColumns.TOTALS, results.totalRows(run), english),
                new Spreadsheets.Table(english ? "Parameters" : "参数", null, parameters, 0, List.of(20, 40))));
    }

    /** Units (kind "unit"), uncovered areas (kind "uncovered") and hypothetical works (kind "whatIf") together. */
    String geoJson(long run) {
        ArrayNode features = json.createArrayNode();
        add(features, results.unitsGeoJson(run), "unit");
        add(features, results.uncoveredGeoJson(run), "uncovered");
        add(features, json.readTree(results.run(run)).path("whatIf").toString(), "whatIf");
        ObjectNode fc = json.createObjectNode();
        fc.put("type", "FeatureCollection");
        fc.set("features", features);
        return fc.toString();
    }

    private void add(ArrayNode into, String featureCollection, String kind) {
        for (JsonNode f : json.readTree(featureCollection).path("features")) {
            ObjectNode feature = (ObjectNode) f;
            ((ObjectNode) feature.path("properties")).put("kind", kind);
            into.add(feature);
        }
    }

    private Spreadsheets.Table table(String name, List<Column> columns, List<String> rows, boolean english) {
        List<String> headings = columns.stream().map(c -> c.heading(english)).toList();
        return new Spreadsheets.Table(name, headings, cells(columns, rows), 2, List.of(18));
    }

    private static List<Object> headings(List<Column> columns, boolean english) {
        return new ArrayList<>(columns.stream().map(c -> c.heading(english)).toList());
    }

    /** Each JSON row as cells: numeric columns as numbers, the rest as text, missing values empty. */
    private List<List<Object>> cells(List<Column> columns, List<String> rows) {
        List<List<Object>> out = new ArrayList<>(rows.size());
        for (String text : rows) {
            JsonNode row = json.readTree(text);
            List<Object> cells = new ArrayList<>(columns.size());
            for (Column c : columns) {
                JsonNode v = row.path(c.key());
                cells.add(
                        v.isMissingNode() || v.isNull()
                                ? null
                                : c.numeric() && v.isNumber() ? v.numberValue() : v.asString());
            }
            out.add(cells);
        }
        return out;
    }
}
