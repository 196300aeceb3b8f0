package org.sheltergis.importer;

import java.util.ArrayList;
import java.util.List;
import org.sheltergis.common.Spreadsheets;

/** The register import's report for the clerk, in Chinese: as lines of text and as an XLSX (one row per problem). */
final class RegisterReportWriter {

    private RegisterReportWriter() {}

    static String action(String action) {
        return switch (action) {
            case "create" -> "新增";
            case "update" -> "更新";
            case "unchanged" -> "无变化";
            default -> "拒绝";
        };
    }

    static List<String> summary(RegisterReport r) {
        List<String> out = new ArrayList<>();
        out.add("文件：" + r.file() + "（SHA-256 " + r.sha256() + "，编码 " + r.encoding() + "）");
        String how = switch (r.crsHow()) {
            case "named" -> "按指定";
            case "assumed" -> "按数值范围判断为经纬度，假定为 CGCS2000（如取自高德/百度地图，请用 --crs gcj02 或 bd09 指明）";
            case "detected" -> "按数值范围检测";
            default -> "";
        };
        out.add("坐标系：" + r.crs() + (how.isEmpty() ? "" : "（" + how + "）"));
        out.add("新增 " + r.count("create") + "，更新 " + r.count("update") + "，无变化 " + r.count("unchanged") + "，拒绝 "
                + r.count("refused") + "；问题 " + r.problems().size() + " 个");
        r.warnings().forEach(w -> out.add("提示：" + w));
        if (r.applied()) {
            out.add("已导入：全部变更已写入台账，并作为一次导入记入审计日志。");
        } else if (r.clean()) {
            out.add("试运行：未写入任何数据。确认无误后加 --apply 导入。");
        } else {
            out.add("未写入任何数据：请按下列问题修改文件后重新导入。");
        }
        return out;
    }

    static List<String> lines(RegisterReport r) {
        List<String> out = new ArrayList<>(summary(r));
        for (RegisterReport.Problem p : r.problems()) {
            out.add("  第 " + p.row() + " 行  [" + nz(p.column()) + "]  " + p.reason_zh());
        }
        for (RegisterReport.RowOutcome o : r.rows()) {
            if (o.action().equals("create") || o.action().equals("update")) {
                out.add("  第 " + o.row() + " 行  " + action(o.action()) + "  " + nz(o.code()) + " " + nz(o.name())
                        + (o.changes().isEmpty() ? "" : "：" + String.join("、", o.changes())));
            }
        }
        return out;
    }

    static byte[] xlsx(RegisterReport r) {
        List<List<?>> problems = new ArrayList<>();
        for (RegisterReport.Problem p : r.problems()) {
            problems.add(java.util.Arrays.asList(p.row(), p.column(), p.code(), p.reason_zh(), p.kind()));
        }
        List<List<?>> rows = new ArrayList<>();
        for (RegisterReport.RowOutcome o : r.rows()) {
            rows.add(java.util.Arrays.asList(
                    o.row(),
                    o.code(),
                    o.name(),
                    action(o.action()),
                    String.join("、", o.changes()),
                    o.lon(),
                    o.lat(),
                    o.outside_district() ? "是" : "否"));
        }
        List<List<?>> summary = new ArrayList<>();
        summary(r).forEach(s -> summary.add(List.of(s)));
        return Spreadsheets.xlsx(List.of(
                new Spreadsheets.Table(
                        "问题", List.of("行号", "列", "工程编号", "原因", "问题类型"), problems, 1, List.of(8, 16, 16, 80, 24)),
                new Spreadsheets.Table(
                        "逐行结果",
                        List.of("行号", "工程编号", "工程名称", "处理", "变更的列", "经度", "纬度", "点位不在所填区内"),
                        rows,
                        1,
                        List.of(8, 16, 30, 8, 40, 14, 14, 16)),
                new Spreadsheets.Table("汇总", null, summary, 0, List.of(120))));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
