package org.sheltergis.siting.runs;

import java.util.ArrayList;
import java.util.List;
import org.sheltergis.common.Spreadsheets;
import tools.jackson.databind.JsonNode;

/** A kept run as a spreadsheet: the chosen sites with their explanation, then the plan's totals. Bilingual headers. */
final class RunExport {

    private static final String[] KEYS = {
        "rank",
        "id",
        "name",
        "newly_covered",
        "cumulative_covered",
        "cost",
        "capacity",
        "nearest_existing_m",
        "parking_demand",
        "lon",
        "lat"
    };
    private static final String[] HEADERS = {
        "次序 Rank",
        "编号 Code",
        "名称 Name",
        "新增覆盖人口 Newly covered",
        "累计覆盖 Cumulative",
        "造价(元) Cost (CNY)",
        "容纳人数 Capacity",
        "距最近现有工程(m) Nearest existing (m)",
        "停车需求 Parking demand",
        "经度 Lon",
        "纬度 Lat"
    };

    private RunExport() {}

    /** The sites, an empty line, then the summary (through the shared writer, which defuses formula-like text). */
    static byte[] csv(JsonNode run) {
        List<List<?>> records = new ArrayList<>();
        records.add(List.of((Object[]) HEADERS));
        records.addAll(sites(run));
        records.add(List.of());
        records.addAll(summary(run));
        return Spreadsheets.csv(records);
    }

    static byte[] xlsx(JsonNode run) {
        return Spreadsheets.xlsx(List.of(
                new Spreadsheets.Table("选址方案 Plan", List.of(HEADERS), sites(run), 0, List.of(18)),
                new Spreadsheets.Table("汇总 Summary", null, summary(run), 0, List.of(40, 30))));
    }

    /** A row per chosen site: numbers as numbers, the rest as text. */
    private static List<List<?>> sites(JsonNode run) {
        List<List<?>> rows = new ArrayList<>();
        for (JsonNode site : run.path("sites")) {
            List<Object> row = new ArrayList<>();
            for (String k : KEYS) {
                JsonNode v = site.get(k);
                row.add(v != null && v.isNumber() ? v.numberValue() : text(v));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Label and value pairs; numeric values stay numbers. */
    private static List<List<?>> summary(JsonNode run) {
        List<List<?>> lines = new ArrayList<>();
        lines.add(List.of("运行编号 Run", value(run.get("id"))));
        lines.add(List.of("求解器 Solver", text(run.get("solver")) + " / " + text(run.get("status"))));
        lines.add(List.of("新增覆盖人口 Newly covered", value(run.get("covered_weight"))));
        lines.add(List.of("上界 Bound", value(run.get("bound"))));
        lines.add(List.of("差距 Gap", value(run.get("gap"))));
        lines.add(List.of("总造价(元) Plan cost (CNY)", value(run.get("cost"))));
        lines.add(List.of("服务半径(m) Radius (m)", value(run.get("radius_m"))));
        JsonNode ledger = run.path("ledger");
        lines.add(List.of("建设费结余(前) Balance before", value(ledger.get("balance_before"))));
        lines.add(List.of("建设费结余(后) Balance after", value(ledger.get("balance_after"))));
        JsonNode next = run.get("next_best");
        if (next != null && !next.isNull()) {
            lines.add(List.of(
                    "次优备选 Next best",
                    text(next.get("id")) + " " + text(next.get("name")) + " (+" + text(next.get("would_add")) + ")"));
        }
        return lines;
    }

    private static Object value(JsonNode v) {
        return v != null && v.isNumber() ? v.numberValue() : text(v);
    }

    private static String text(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode() ? "" : v.isString() ? v.stringValue() : v.toString();
    }
}
