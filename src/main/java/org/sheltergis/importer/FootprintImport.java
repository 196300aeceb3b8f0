package org.sheltergis.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.SqlFiles;
import org.sheltergis.editing.ConflictException;
import org.sheltergis.editing.WorkEditor;
import org.sheltergis.importer.RegisterReport.Problem;
import org.sheltergis.importer.RegisterReport.RowOutcome;
import org.sheltergis.security.AuditLog;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Footprints of works from CAD drawings (DXF) and Shapefiles, read through ogr2ogr (ADR 0021): each outline is made a
 * polygon where that is safe ({@code importer/footprint_check.sql} says when), matched to a work by its code (an
 * attribute, or a text label of the drawing inside the outline) or by the work's point inside it, and written as the
 * work's footprint through the editor (same checks, one audit row per work). Dry run unless applied; all or nothing.
 */
@Service
public class FootprintImport {

    /** How far apart a drawn line's ends may be for it to be closed (metres): a snapping slip, not a gap. */
    static final double CLOSE_TOLERANCE_M = 0.5;

    /** How much ST_MakeValid may change the area of an outline (share) for the repair to be accepted. */
    static final double AREA_RATIO = 0.01;

    private static final List<String> CODE_FIELDS =
            List.of("code", "工程编号", "编号", "gcbh", "work_code", "text", "name", "layer");

    private final JdbcClient jdbc;
    private final WorkEditor works;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final JsonMapper json;

    FootprintImport(JdbcClient jdbc, WorkEditor works, AuditLog audit, TransactionTemplate tx, JsonMapper json) {
        this.jdbc = jdbc;
        this.works = works;
        this.audit = audit;
        this.tx = tx;
        this.json = json;
    }

    private record Outline(int index, JsonNode geometry, String code) {}

    public RegisterReport run(Path file, Integer srid, boolean apply) throws IOException {
        byte[] bytes = Files.isDirectory(file) ? new byte[0] : Files.readAllBytes(file);
        String sha256 = RegisterImport.sha256(bytes);
        boolean dxf = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".dxf");
        // A DXF has no coordinate system: keep its numbers and detect the system from their ranges.
        Path converted = Ogr2Ogr.toGeoJson(file, srid, dxf && srid == null);
        JsonNode root;
        try {
            root = json.readTree(Files.readString(converted));
        } finally {
            Files.deleteIfExists(converted);
        }
        List<Outline> outlines = new ArrayList<>();
        List<JsonNode> labels = new ArrayList<>();
        int i = 0;
        for (JsonNode f : root.path("features")) {
            i++;
            JsonNode g = f.path("geometry");
            String type = g.path("type").asString("");
            if (type.equals("Point") && !text(f.path("properties"), "text").isEmpty()) {
                labels.add(f);
            } else if (type.equals("Polygon") || type.equals("MultiPolygon") || type.equals("LineString")) {
                outlines.add(new Outline(i, g, code(f.path("properties"), dxf)));
            }
        }
        int crs = dxf && srid == null ? detect(outlines) : 4326;
        String crsZh = CoordinateSystem.epsg(crs).zh();
        String crsEn = CoordinateSystem.epsg(crs).en();
        List<Problem> problems = new ArrayList<>();
        List<RowOutcome> rows = new ArrayList<>();
        List<Object[]> writes = new ArrayList<>();
        for (Outline o : outlines) {
            String code = o.code() != null ? o.code() : labelInside(o, labels, crs);
            Map<String, Object> r = jdbc.sql(SqlFiles.load("importer/footprint_check.sql"))
                    .param("geojson", o.geometry().toString())
                    .param("srid", crs)
                    .param("tolerance", CLOSE_TOLERANCE_M)
                    .param("area_ratio", AREA_RATIO)
                    .param("code", code)
                    .query()
                    .singleRow();
            String refusal = refusal(r);
            Long work = null;
            if (refusal == null) {
                Long byCode = r.get("code_work") == null ? null : ((Number) r.get("code_work")).longValue();
                long inside = ((Number) r.get("inside_count")).longValue();
                if (code != null && byCode == null) {
                    refusal = "台账中没有编号为 " + code + " 的工程";
                } else if (byCode != null) {
                    work = byCode;
                } else if (inside == 1) {
                    work = ((Number) r.get("inside_work")).longValue();
                } else if (inside == 0) {
                    refusal = "轮廓内没有工程的点位，且未标注工程编号";
                } else {
                    refusal = "轮廓内有 " + inside + " 个工程的点位，请在图中标注工程编号";
                }
            }
            String note = r.get("gap") != null
                    ? "端点相距 " + String.format(Locale.ROOT, "%.2f", ((Number) r.get("gap")).doubleValue()) + " 米，已闭合"
                    : Boolean.FALSE.equals(r.get("valid")) ? "已修复（" + r.get("reason") + "）" : "";
            if (refusal != null) {
                problems.add(new Problem(o.index(), "轮廓", code, "footprint_refused", refusal, refusal));
            } else {
                writes.add(new Object[] {work, r.get("geojson"), o.index(), code});
            }
            rows.add(new RowOutcome(
                    o.index(),
                    code,
                    null,
                    refusal == null ? "update" : "refused",
                    note.isEmpty() ? List.of("轮廓") : List.of("轮廓", note),
                    null,
                    null,
                    null,
                    false,
                    work));
        }
        if (outlines.isEmpty()) {
            problems.add(new Problem(0, "轮廓", null, "no_outlines", "文件中没有轮廓（多边形或多段线）", "no outlines in the file"));
        }
        boolean[] applied = {false};
        tx.executeWithoutResult(status -> {
            for (Object[] w : writes) {
                long id = (Long) w[0];
                Object sp = status.createSavepoint();
                try {
                    int version = works.state(id).path("work").path("version").asInt();
                    works.updateFootprint(id, version, json.readTree((String) w[1]), false);
                    status.releaseSavepoint(sp);
                } catch (BadRequestException | ConflictException | DataAccessException e) {
                    status.rollbackToSavepoint(sp);
                    String d = e instanceof BadRequestException b ? b.getBody().getDetail() : e.getMessage();
                    problems.add(new Problem((Integer) w[2], "轮廓", (String) w[3], "edit_rule", "不符合编辑规则：" + d, d));
                }
            }
            if (apply && problems.isEmpty()) {
                Map<String, Object> summary = new LinkedHashMap<>();
                summary.put("file", file.getFileName().toString());
                summary.put("sha256", sha256);
                summary.put("footprints", writes.size());
                audit.record("import", "footprint_import", sha256, null, summary);
                applied[0] = true;
            } else {
                status.setRollbackOnly();
            }
        });
        problems.sort(java.util.Comparator.comparingInt(Problem::row));
        return new RegisterReport(
                file.getFileName().toString(),
                sha256,
                dxf ? "DXF" : "OGR",
                crsZh,
                crsEn,
                dxf && srid == null ? "detected" : "named",
                applied[0],
                rows,
                List.copyOf(problems),
                List.of());
    }

    private static String refusal(Map<String, Object> r) {
        if (r.get("geojson") != null) {
            return null;
        }
        String type = (String) r.get("drawn_type");
        if (r.get("gap") != null) {
            return "轮廓线未闭合：端点相距 " + String.format(Locale.ROOT, "%.2f", ((Number) r.get("gap")).doubleValue()) + " 米（超过 "
                    + CLOSE_TOLERANCE_M + " 米，不自动闭合）";
        }
        if ("LINESTRING".equals(type)) {
            return "轮廓线顶点太少，不能构成多边形";
        }
        Number pieces = (Number) r.get("pieces");
        return "轮廓无效（" + r.get("reason") + "）：修复后"
                + (pieces != null && pieces.intValue() > 1 ? "分成 " + pieces + " 块" : "面积变化过大") + "，不自动修复";
    }

    /** The system of a DXF's numbers, from its first vertex (Gauss–Krüger metres, as drawings are kept). */
    private static int detect(List<Outline> outlines) {
        for (Outline o : outlines) {
            JsonNode c = o.geometry().path("coordinates");
            while (c.isArray() && c.size() > 0 && c.get(0).isArray()) {
                c = c.get(0);
            }
            if (c.isArray() && c.size() >= 2) {
                CoordinateSystem cs =
                        CoordinateSystem.detect(c.get(0).asDouble(), c.get(1).asDouble(), "epsg");
                if (cs == null || cs.northingFirst()) {
                    throw new IllegalArgumentException("the drawing's coordinates (" + c.get(0) + ", " + c.get(1)
                            + ") are in no system known for Nantong: name it with --srid (e.g. --srid 4549)");
                }
                return cs.srid();
            }
        }
        return 4549;
    }

    private String labelInside(Outline o, List<JsonNode> labels, int srid) {
        for (JsonNode label : labels) {
            Boolean inside = jdbc.sql(SqlFiles.load("importer/label_inside.sql"))
                    .param("p", label.path("geometry").toString())
                    .param("g", o.geometry().toString())
                    .param("srid", srid)
                    .query(Boolean.class)
                    .optional()
                    .orElse(false);
            if (Boolean.TRUE.equals(inside)) {
                return text(label.path("properties"), "text");
            }
        }
        return null;
    }

    private static String code(JsonNode props, boolean dxf) {
        if (dxf) {
            return null; // DXF entities carry layer and handle, not codes: codes are text labels in the drawing
        }
        for (String f : CODE_FIELDS.subList(0, 5)) {
            String v = text(props, f);
            if (!v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    private static String text(JsonNode props, String field) {
        for (var e : props.properties()) {
            if (e.getKey().equalsIgnoreCase(field) && !e.getValue().isNull()) {
                return e.getValue().asString().strip();
            }
        }
        return "";
    }
}
