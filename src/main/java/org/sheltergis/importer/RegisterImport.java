package org.sheltergis.importer;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.sheltergis.codes.CodeLists;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.ChineseMapDatums;
import org.sheltergis.common.SqlFiles;
import org.sheltergis.editing.ConflictException;
import org.sheltergis.editing.EditSettings;
import org.sheltergis.editing.ParkingEdit;
import org.sheltergis.editing.ParkingEditor;
import org.sheltergis.editing.SignageEdit;
import org.sheltergis.editing.SignageEditor;
import org.sheltergis.editing.WorkAttributes;
import org.sheltergis.editing.WorkEditor;
import org.sheltergis.editing.WorkRules;
import org.sheltergis.importer.CellValues.Unreadable;
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
 * Imports the register of works from a workbook as district offices keep it (ADR 0021): one row per work, Chinese
 * headers, code values by their labels, coordinates in whatever system the office uses. Rows are matched to works by
 * code, then by name + district; each is checked by the same rules as an edit ({@link WorkRules}) and written through
 * the editors ({@link WorkEditor}, {@link ParkingEditor}, {@link SignageEditor}), so an import cannot load what an edit
 * would refuse and each changed work gets its own audit row. All rows run in one transaction: a dry run (the default)
 * and an import with any problem roll it back; an applied import commits it with one audit row for the file.
 */
@Service
public class RegisterImport {

    private final JdbcClient jdbc;
    private final CodeLists codes;
    private final WorkRules rules;
    private final WorkEditor works;
    private final ParkingEditor parking;
    private final SignageEditor signage;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final double pointMaxDistance;

    RegisterImport(
            JdbcClient jdbc,
            CodeLists codes,
            WorkRules rules,
            WorkEditor works,
            ParkingEditor parking,
            SignageEditor signage,
            AuditLog audit,
            TransactionTemplate tx,
            JsonMapper json,
            EditSettings settings) {
        this.jdbc = jdbc;
        this.codes = codes;
        this.rules = rules;
        this.works = works;
        this.parking = parking;
        this.signage = signage;
        this.audit = audit;
        this.tx = tx;
        this.json = json;
        this.pointMaxDistance = settings.entranceMaxDistanceM();
    }

    /** What one row of the file says, read and typed. {@code present}: the columns the file has. */
    private static final class Row {
        final int number;
        String code;
        String name;
        Map<RegisterColumn, Object> values = new LinkedHashMap<>();
        Double first;
        Double second;
        Double lon;
        Double lat;
        Map<String, Object> existing;
        String action;
        List<String> changes = new ArrayList<>();
        boolean outsideDistrict;
        Long workId;
        boolean refused;
        Map<RegisterColumn, String> headerNames = Map.of();
        /** Columns whose cell could not be read: already reported, so the rules do not report them again. */
        Set<RegisterColumn> unreadable = new HashSet<>();

        Row(int number) {
            this.number = number;
        }
    }

    public RegisterReport run(
            String fileName, byte[] bytes, Map<String, RegisterColumn> mapping, String crs, boolean apply)
            throws IOException {
        String sha256 = sha256(bytes);
        Workbook book = Workbook.read(fileName, bytes);
        List<Problem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        Map<RegisterColumn, Integer> columns = new LinkedHashMap<>();
        Map<RegisterColumn, String> headers = new HashMap<>();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < book.header().size(); i++) {
            String h = book.header().get(i);
            if (h == null || h.isBlank()) {
                continue;
            }
            RegisterColumn c = mapping.get(RegisterColumn.normalise(h));
            if (c == null) {
                ignored.add(h);
            } else if (columns.containsKey(c)) {
                problems.add(new Problem(
                        1,
                        h,
                        null,
                        "duplicate_column",
                        "与“" + headers.get(c) + "”是同一列（" + c.field() + "），请删去一列",
                        "the same column as '" + headers.get(c) + "'"));
            } else {
                columns.put(c, i);
                headers.put(c, h);
            }
        }
        if (!ignored.isEmpty()) {
            warnings.add("未识别的列已忽略（可用映射文件指定）：" + String.join("、", ignored));
        }
        for (RegisterColumn required : List.of(RegisterColumn.NAME)) {
            if (!columns.containsKey(required)) {
                problems.add(new Problem(
                        1,
                        required.header(),
                        null,
                        "missing_column",
                        "缺少“" + required.header() + "”列",
                        "the file has no column " + required.header()));
            }
        }
        boolean metric = columns.containsKey(RegisterColumn.X) && columns.containsKey(RegisterColumn.Y);
        boolean degrees = columns.containsKey(RegisterColumn.LON) && columns.containsKey(RegisterColumn.LAT);
        RegisterColumn firstColumn = degrees ? RegisterColumn.LON : RegisterColumn.X;
        RegisterColumn secondColumn = degrees ? RegisterColumn.LAT : RegisterColumn.Y;

        List<String[]> districtRows = jdbc.sql(SqlFiles.load("importer/districts.sql"))
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
        Map<String, String> districtNames = new HashMap<>();
        districtRows.forEach(d -> districtNames.put(d[0], d[1]));
        CellValues cells = new CellValues(codes.allLists(), districtRows);

        List<Row> rows = new ArrayList<>();
        for (Workbook.Line line : book.lines()) {
            Row row = new Row(line.number());
            row.headerNames = headers;
            for (var e : columns.entrySet()) {
                RegisterColumn c = e.getKey();
                String cell = line.cell(e.getValue());
                try {
                    read(row, c, cell, cells);
                } catch (Unreadable u) {
                    problems.add(new Problem(row.number, headers.get(c), row.code, u.kind, u.zh, u.en));
                    row.unreadable.add(c);
                    row.refused = true;
                }
            }
            rows.add(row);
        }

        // The coordinate system: named, or the one most rows' value ranges fit.
        String degreesDatum = datumHint(headers);
        CoordinateSystem system = null;
        String how;
        if (crs != null && !crs.isBlank()) {
            system = CoordinateSystem.named(crs);
            how = "named";
        } else {
            Map<String, Integer> votes = new TreeMap<>();
            Map<String, CoordinateSystem> byKey = new HashMap<>();
            for (Row r : rows) {
                if (r.first != null && r.second != null) {
                    CoordinateSystem cs = CoordinateSystem.detect(r.first, r.second, degreesDatum);
                    if (cs != null) {
                        votes.merge(cs.zh(), 1, Integer::sum);
                        byKey.put(cs.zh(), cs);
                    }
                }
            }
            String best = votes.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(null);
            system = best == null ? null : byKey.get(best);
            how = system != null && system.degrees() && degreesDatum.equals("epsg") ? "assumed" : "detected";
        }
        for (Row r : rows) {
            boolean hasPair = r.first != null && r.second != null;
            if (!hasPair && (r.first != null || r.second != null)) {
                problems.add(new Problem(
                        r.number,
                        headers.get(r.first == null ? firstColumn : secondColumn),
                        r.code,
                        "missing_coordinate",
                        "坐标只填了一个值",
                        "only one of the two coordinates is given"));
                r.refused = true;
            } else if (hasPair && system != null && crs == null) {
                CoordinateSystem cs = CoordinateSystem.detect(r.first, r.second, degreesDatum);
                if (cs == null || !cs.zh().equals(system.zh())) {
                    problems.add(new Problem(
                            r.number,
                            headers.get(firstColumn),
                            r.code,
                            "point_outside_nantong",
                            "坐标 " + plain(r.first) + ", " + plain(r.second) + " 不在南通范围内，或与其他行的坐标系（" + system.zh()
                                    + "）不一致",
                            "the coordinates lie outside Nantong or are not in the file's system " + system.en()));
                    r.refused = true;
                }
            }
        }
        if (system != null) {
            transform(rows, system);
        }
        CoordinateSystem fileSystem = system;
        if (!metric && !degrees) {
            warnings.add("文件没有坐标列（X/Y 或 经度/纬度）：已有工程的位置不变，新工程无法导入");
        }

        matchAndCheck(rows, headers, cells, problems, districtNames);

        boolean[] applied = {false};
        String actor = audit.actor();
        tx.executeWithoutResult(status -> {
            for (Row r : rows) {
                if (r.refused || r.action.equals("unchanged")) {
                    continue;
                }
                Object savepoint = status.createSavepoint();
                try {
                    write(r);
                    status.releaseSavepoint(savepoint);
                } catch (BadRequestException | ConflictException | DataAccessException e) {
                    status.rollbackToSavepoint(savepoint);
                    problems.add(editProblem(r, e, headers));
                    r.refused = true;
                    r.action = "refused";
                }
            }
            if (apply && problems.isEmpty()) {
                Map<String, Object> summary = new LinkedHashMap<>();
                summary.put("file", fileName);
                summary.put("sha256", sha256);
                summary.put("crs", fileSystem == null ? null : fileSystem.en());
                summary.put(
                        "created",
                        rows.stream().filter(r -> r.action.equals("create")).count());
                summary.put(
                        "updated",
                        rows.stream().filter(r -> r.action.equals("update")).count());
                summary.put(
                        "unchanged",
                        rows.stream().filter(r -> r.action.equals("unchanged")).count());
                audit.record("import", "register_import", sha256, null, summary);
                applied[0] = true;
            } else {
                status.setRollbackOnly();
            }
        });
        problems.sort(java.util.Comparator.comparingInt(Problem::row));
        List<RowOutcome> outcomes = rows.stream()
                .map(r -> new RowOutcome(
                        r.number,
                        r.code,
                        r.name,
                        r.refused ? "refused" : r.action,
                        List.copyOf(r.changes),
                        r.lon,
                        r.lat,
                        (String) r.values.get(RegisterColumn.DISTRICT),
                        r.outsideDistrict,
                        r.workId))
                .toList();
        return new RegisterReport(
                fileName,
                sha256,
                book.encoding(),
                system == null ? "无坐标" : system.zh(),
                system == null ? "no coordinates" : system.en(),
                system == null ? "none" : how,
                applied[0],
                outcomes,
                List.copyOf(problems),
                warnings);
    }

    /** A header naming 高德/GCJ or 百度/BD says the degrees were picked from that web map. */
    private static String datumHint(Map<RegisterColumn, String> headers) {
        String h = String.join(" ", headers.values()).toLowerCase(java.util.Locale.ROOT);
        if (h.contains("百度") || h.contains("bd09") || h.contains("baidu")) {
            return "bd09";
        }
        if (h.contains("高德") || h.contains("gcj") || h.contains("amap") || h.contains("腾讯")) {
            return "gcj02";
        }
        return "epsg";
    }

    private static void read(Row row, RegisterColumn c, String cell, CellValues cells) throws Unreadable {
        Object v = switch (c) {
            case CODE -> {
                row.code = cell;
                yield cell;
            }
            case NAME -> {
                row.name = cell;
                yield cell;
            }
            case ADDRESS, MANAGING_UNIT, DUTY_PHONE, LAST_VERIFIED -> cell;
            case DISTRICT -> cells.district(cell);
            case FUNCTION -> cells.code("function", cell);
            case PROTECTION_LEVEL -> {
                CellValues.Protection p = cells.protection(cell);
                if (p.gradeLabel() != null && !row.values.containsKey(RegisterColumn.CHEMICAL_GRADE)) {
                    row.values.put(RegisterColumn.CHEMICAL_GRADE, cells.code("chemical_grade", p.gradeLabel()));
                }
                yield p.level();
            }
            case CHEMICAL_GRADE -> cells.code("chemical_grade", cell);
            case CONSTRUCTION_MODE -> cells.code("construction_mode", cell);
            case STATUS -> cells.code("status", cell);
            case PEACETIME_USE -> cells.code("peacetime_use", cell);
            case OPEN_STATUS -> cells.code("open_status", cell);
            case SIGNAGE_STATUS -> cells.code("signage_status", cell);
            case BUILDING_AREA, PROTECTED_AREA, SHELTERING_AREA -> CellValues.number(cell);
            case CAPACITY, COMPLETION_YEAR, PARKING_SPACES, EV_CHARGERS, SIGNAGE_YEAR -> CellValues.integer(cell);
            case PUBLIC_SHELTER, WHEELCHAIR -> CellValues.bool(cell);
            case X, LON -> {
                row.first = CellValues.number(cell);
                yield null;
            }
            case Y, LAT -> {
                row.second = CellValues.number(cell);
                yield null;
            }
        };
        if (c != RegisterColumn.X && c != RegisterColumn.Y && c != RegisterColumn.LON && c != RegisterColumn.LAT) {
            // A grade written into 防护等级 (核6常6 防化丙级) counts only when the file has no 防化等级 column value.
            if (c == RegisterColumn.CHEMICAL_GRADE && v == null && row.values.containsKey(c)) {
                return;
            }
            row.values.put(c, v);
        }
    }

    /** Every row's point in CGCS2000 degrees: by PostGIS for EPSG systems, by ChineseMapDatums for GCJ-02 / BD-09. */
    private void transform(List<Row> rows, CoordinateSystem system) {
        List<Row> with = rows.stream()
                .filter(r -> r.first != null && r.second != null && !r.refused)
                .toList();
        if (with.isEmpty()) {
            return;
        }
        Double[] xs = new Double[with.size()];
        Double[] ys = new Double[with.size()];
        for (int i = 0; i < with.size(); i++) {
            Row r = with.get(i);
            xs[i] = system.northingFirst() ? r.second : r.first;
            ys[i] = system.northingFirst() ? r.first : r.second;
        }
        if (!system.datum().equals("epsg")) {
            for (int i = 0; i < with.size(); i++) {
                ChineseMapDatums.LonLat p = system.datum().equals("gcj02")
                        ? ChineseMapDatums.gcj02ToWgs84(xs[i], ys[i])
                        : ChineseMapDatums.bd09ToWgs84(xs[i], ys[i]);
                with.get(i).lon = p.lon();
                with.get(i).lat = p.lat();
            }
            return;
        }
        List<double[]> out = jdbc.sql(SqlFiles.load("importer/transform_points.sql"))
                .param("xs", xs)
                .param("ys", ys)
                .param("srid", system.srid())
                .query((rs, n) -> new double[] {rs.getDouble("lon"), rs.getDouble("lat")})
                .list();
        for (int i = 0; i < with.size(); i++) {
            with.get(i).lon = out.get(i)[0];
            with.get(i).lat = out.get(i)[1];
        }
    }

    private void matchAndCheck(
            List<Row> rows,
            Map<RegisterColumn, String> headers,
            CellValues cells,
            List<Problem> problems,
            Map<String, String> districtNames) {
        List<Map<String, Object>> register =
                jdbc.sql(SqlFiles.load("importer/register_works.sql")).query().listOfRows();
        Map<String, Map<String, Object>> byCode = new HashMap<>();
        Map<String, List<Map<String, Object>>> byNameDistrict = new HashMap<>();
        for (Map<String, Object> w : register) {
            byCode.put((String) w.get("code"), w);
            byNameDistrict
                    .computeIfAbsent(w.get("name") + "|" + w.get("district_code"), k -> new ArrayList<>())
                    .add(w);
        }
        Set<String> seenCodes = new HashSet<>();
        Set<String> seenNames = new HashSet<>();
        for (Row r : rows) {
            String district = (String) r.values.get(RegisterColumn.DISTRICT);
            if (r.code != null) {
                if (!seenCodes.add(r.code)) {
                    problems.add(new Problem(
                            r.number,
                            headers.get(RegisterColumn.CODE),
                            r.code,
                            "duplicate_code",
                            "工程编号 " + r.code + " 在文件中重复出现",
                            "the code " + r.code + " appears twice in the file"));
                    r.refused = true;
                }
                r.existing = byCode.get(r.code);
                if (r.existing == null && r.name != null && district != null) {
                    var same = byNameDistrict.getOrDefault(r.name + "|" + district, List.of());
                    if (!same.isEmpty()) {
                        problems.add(new Problem(
                                r.number,
                                headers.get(RegisterColumn.CODE),
                                r.code,
                                "code_conflict",
                                "台账中已有同区同名工程（编号 " + same.get(0).get("code") + "），编号不一致：请核对编号",
                                "a work of the same name and district has the code "
                                        + same.get(0).get("code")));
                        r.refused = true;
                    }
                }
            } else if (r.name != null) {
                var same = district == null
                        ? List.<Map<String, Object>>of()
                        : byNameDistrict.getOrDefault(r.name + "|" + district, List.of());
                if (same.size() > 1) {
                    problems.add(new Problem(
                            r.number,
                            headers.get(RegisterColumn.NAME),
                            null,
                            "ambiguous_name",
                            "同区有 " + same.size() + " 个同名工程，请填写工程编号",
                            "several works of this name in the district"));
                    r.refused = true;
                } else if (same.size() == 1) {
                    r.existing = same.get(0);
                    r.code = (String) r.existing.get("code");
                } else {
                    problems.add(new Problem(
                            r.number,
                            RegisterColumn.CODE.header(),
                            null,
                            "code_required",
                            "新工程须填写工程编号",
                            "a new work needs a code"));
                    r.refused = true;
                }
                if (!seenNames.add(r.name + "|" + district)) {
                    problems.add(new Problem(
                            r.number,
                            headers.get(RegisterColumn.NAME),
                            r.code,
                            "duplicate_name",
                            "同区同名工程在文件中重复出现",
                            "the same name and district appear twice in the file"));
                    r.refused = true;
                }
            }
            if (r.existing != null) {
                r.workId = ((Number) r.existing.get("id")).longValue();
            }
            WorkAttributes a = attributes(r);
            for (WorkRules.Problem p : rules.check(a)) {
                RegisterColumn c = column(p.field());
                boolean followsFromUnreadable = r.unreadable.contains(c)
                        || (c == RegisterColumn.PUBLIC_SHELTER && r.unreadable.contains(RegisterColumn.FUNCTION));
                if (followsFromUnreadable) {
                    continue;
                }
                String header = headers.getOrDefault(c, c.header());
                String zh = p.kind().equals("required") ? "“" + header + "”为必填项" : p.zh();
                problems.add(new Problem(r.number, header, r.code, p.kind(), zh, p.en()));
                r.refused = true;
            }
            if (r.existing == null && r.lon == null && !r.refused) {
                problems.add(new Problem(
                        r.number,
                        coordinateHeaders(headers),
                        r.code,
                        "missing_coordinate",
                        "新工程须填写坐标",
                        "a new work needs coordinates"));
                r.refused = true;
            }
            r.action = r.existing == null ? "create" : "update";
            if (r.existing != null) {
                diff(r, a, headers);
            }
        }
        checkPoints(rows, headers, problems, districtNames);
    }

    private static String coordinateHeaders(Map<RegisterColumn, String> headers) {
        if (headers.containsKey(RegisterColumn.X)) {
            return headers.get(RegisterColumn.X) + "/" + headers.get(RegisterColumn.Y);
        }
        return headers.getOrDefault(RegisterColumn.LON, RegisterColumn.LON.header()) + "/"
                + headers.getOrDefault(RegisterColumn.LAT, RegisterColumn.LAT.header());
    }

    private void checkPoints(
            List<Row> rows, Map<RegisterColumn, String> headers, List<Problem> problems, Map<String, String> names) {
        List<Row> with = rows.stream().filter(r -> r.lon != null).toList();
        if (with.isEmpty()) {
            return;
        }
        Double[] lons = with.stream().map(r -> r.lon).toArray(Double[]::new);
        Double[] lats = with.stream().map(r -> r.lat).toArray(Double[]::new);
        Long[] ids = with.stream().map(r -> r.workId).toArray(Long[]::new);
        List<Object[]> out = jdbc.sql(SqlFiles.load("importer/point_checks.sql"))
                .param("lons", lons)
                .param("lats", lats)
                .param("work_ids", ids)
                .query((rs, n) -> new Object[] {rs.getString("district_code"), (Double) rs.getObject("distance_m")})
                .list();
        String column = headers.getOrDefault(
                RegisterColumn.X, headers.getOrDefault(RegisterColumn.LON, RegisterColumn.LON.header()));
        for (int i = 0; i < with.size(); i++) {
            Row r = with.get(i);
            String inside = (String) out.get(i)[0];
            Double distance = (Double) out.get(i)[1];
            String district = (String) r.values.get(RegisterColumn.DISTRICT);
            if (district == null && r.existing != null) {
                district = (String) r.existing.get("district_code");
            }
            if (inside == null) {
                if (problems.stream()
                        .noneMatch(p -> p.row() == r.number && p.kind().equals("point_outside_nantong"))) {
                    problems.add(new Problem(
                            r.number,
                            column,
                            r.code,
                            "point_outside_nantong",
                            "点位不在南通市范围内（请核对坐标及坐标系）",
                            "the point lies outside Nantong"));
                }
                r.outsideDistrict = true;
                r.refused = true;
            } else if (district != null && !inside.equals(district)) {
                problems.add(new Problem(
                        r.number,
                        column,
                        r.code,
                        "point_outside_district",
                        "点位落在" + names.get(inside) + "，不在所填的" + names.getOrDefault(district, district) + "内",
                        "the point lies in " + inside + ", not in the district " + district));
                r.outsideDistrict = true;
                r.refused = true;
            }
            boolean provisional = r.existing != null && Boolean.TRUE.equals(r.existing.get("footprint_provisional"));
            if (r.existing != null && !provisional && distance != null && distance > pointMaxDistance) {
                problems.add(new Problem(
                        r.number,
                        column,
                        r.code,
                        "point_far_from_work",
                        "坐标距台账中该工程轮廓 " + Math.round(distance) + " 米（超过 " + Math.round(pointMaxDistance)
                                + " 米）：移动工程请在编辑器中修改轮廓，或导入轮廓图",
                        "the point is " + Math.round(distance) + " m from the work's footprint"));
                r.refused = true;
            }
            if (provisional && moved(r)) {
                r.changes.add(column);
                if (r.action.equals("unchanged")) {
                    r.action = "update";
                }
            }
        }
    }

    private static boolean moved(Row r) {
        double dLon = (r.lon - ((Number) r.existing.get("lon")).doubleValue()) * 94_000;
        double dLat = (r.lat - ((Number) r.existing.get("lat")).doubleValue()) * 111_000;
        return Math.hypot(dLon, dLat) > 0.05;
    }

    /** The row's attributes over the work's current ones (a column the file lacks keeps its value; DB defaults). */
    private WorkAttributes attributes(Row r) {
        Map<String, Object> w = r.existing == null ? Map.of() : r.existing;
        return new WorkAttributes(
                (String) pick(r, RegisterColumn.NAME, w.get("name")),
                (String) pick(r, RegisterColumn.ADDRESS, w.get("address")),
                (String) pick(r, RegisterColumn.FUNCTION, w.get("function")),
                (String) pick(r, RegisterColumn.PROTECTION_LEVEL, w.get("protection_level")),
                (String) pick(r, RegisterColumn.CHEMICAL_GRADE, w.get("chemical_grade")),
                (String) pick(r, RegisterColumn.CONSTRUCTION_MODE, w.get("construction_mode")),
                (String) pick(r, RegisterColumn.DISTRICT, w.get("district_code")),
                dbl(pick(r, RegisterColumn.BUILDING_AREA, w.get("building_area"))),
                dbl(pick(r, RegisterColumn.PROTECTED_AREA, w.get("protected_area"))),
                dbl(pick(r, RegisterColumn.SHELTERING_AREA, w.get("sheltering_area"))),
                (Integer) pick(r, RegisterColumn.CAPACITY, w.get("capacity")),
                (Integer) pick(r, RegisterColumn.COMPLETION_YEAR, w.get("completion_year")),
                Objects.requireNonNullElse((String) pick(r, RegisterColumn.STATUS, w.get("status")), "in_service"),
                (String) pick(r, RegisterColumn.MANAGING_UNIT, w.get("managing_unit")),
                (String) pick(r, RegisterColumn.DUTY_PHONE, w.get("duty_phone")),
                isoDate(pick(r, RegisterColumn.LAST_VERIFIED, w.get("last_verified"))),
                Boolean.TRUE.equals(pick(r, RegisterColumn.PUBLIC_SHELTER, w.get("public_shelter"))),
                Boolean.TRUE.equals(pick(r, RegisterColumn.WHEELCHAIR, w.get("wheelchair_accessible"))),
                (String) pick(r, RegisterColumn.PEACETIME_USE, w.get("peacetime_use")),
                Objects.requireNonNullElse(
                        (String) pick(r, RegisterColumn.OPEN_STATUS, w.get("open_status")), "on_alert"));
    }

    private static Object pick(Row r, RegisterColumn c, Object current) {
        return r.values.containsKey(c) ? r.values.get(c) : current;
    }

    /** A date cell (POI gives a date, a text cell or the register a java.sql.Date) as ISO text for the rules. */
    private static String isoDate(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.util.Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate().toString();
        }
        return o.toString().trim();
    }

    private static Double dbl(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }

    /** The columns whose value differs from the register's (numbers compared as numbers). */
    private static void diff(Row r, WorkAttributes a, Map<RegisterColumn, String> headers) {
        Map<String, Object> w = r.existing;
        for (var e : r.values.entrySet()) {
            RegisterColumn c = e.getKey();
            Object current = w.get(existingKey(c));
            Object given = e.getValue();
            if (c == RegisterColumn.PUBLIC_SHELTER || c == RegisterColumn.WHEELCHAIR) {
                given = Boolean.TRUE.equals(given);
            }
            if (c == RegisterColumn.STATUS && given == null) {
                given = "in_service";
            }
            if (c == RegisterColumn.OPEN_STATUS && given == null) {
                given = "on_alert";
            }
            if (c == RegisterColumn.PARKING_SPACES && given == null) {
                continue; // a blank never removes a parking record (an edit cannot either)
            }
            if (c == RegisterColumn.EV_CHARGERS && given == null && current != null) {
                continue;
            }
            if (c == RegisterColumn.SIGNAGE_STATUS && given == null) {
                continue;
            }
            if (c == RegisterColumn.SIGNAGE_YEAR && (given == null || !"upgraded".equals(effectiveSignage(r)))) {
                continue;
            }
            if (!same(current, given)) {
                r.changes.add(headers.getOrDefault(c, c.header()));
            }
        }
        r.action = r.changes.isEmpty() ? "unchanged" : "update";
    }

    private static String effectiveSignage(Row r) {
        return (String) pick(r, RegisterColumn.SIGNAGE_STATUS, r.existing.get("signage_status"));
    }

    private static String existingKey(RegisterColumn c) {
        return switch (c) {
            case DISTRICT -> "district_code";
            default -> c.field();
        };
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Math.abs(x.doubleValue() - y.doubleValue()) < 1e-6;
        }
        return Objects.equals(a, b);
    }

    private static RegisterColumn column(String ruleField) {
        return switch (ruleField) {
            case "district_code" -> RegisterColumn.DISTRICT;
            case "wheelchair_accessible" -> RegisterColumn.WHEELCHAIR;
            default -> RegisterColumn.byField(ruleField).orElse(RegisterColumn.NAME);
        };
    }

    private static boolean changed(Row r, RegisterColumn... cs) {
        for (RegisterColumn c : cs) {
            if (r.action.equals("create") ? r.values.get(c) != null : r.changes.contains(headerOf(r, c))) {
                return true;
            }
        }
        return false;
    }

    private static String headerOf(Row r, RegisterColumn c) {
        return r.headerNames.getOrDefault(c, c.header());
    }

    /** Writes one row through the editors (inside the import's transaction). */
    private void write(Row r) {
        WorkAttributes a = attributes(r);
        JsonNode state;
        if (r.existing == null) {
            state = works.create(r.code, a, provisionalFootprint(r.lon, r.lat, a.buildingArea()), true);
            r.workId = state.path("work").path("id").asLong();
        } else {
            int version = ((Number) r.existing.get("version")).intValue();
            state = null;
            boolean attributesChanged = r.changes.stream().anyMatch(h -> isWorkColumn(r, h));
            if (attributesChanged) {
                state = works.updateAttributes(r.workId, version, a);
                version = state.path("work").path("version").asInt();
            }
            if (Boolean.TRUE.equals(r.existing.get("footprint_provisional")) && r.lon != null && moved(r)) {
                works.updateFootprint(r.workId, version, provisionalFootprint(r.lon, r.lat, a.buildingArea()), true);
            }
        }
        writeParking(r);
        writeSignage(r);
    }

    private static boolean isWorkColumn(Row r, String header) {
        for (RegisterColumn c : RegisterColumn.values()) {
            if (headerOf(r, c).equals(header)) {
                return switch (c) {
                    case PARKING_SPACES, EV_CHARGERS, SIGNAGE_STATUS, SIGNAGE_YEAR, X, Y, LON, LAT, CODE -> false;
                    default -> true;
                };
            }
        }
        return false;
    }

    private void writeParking(Row r) {
        Integer spaces = (Integer) r.values.get(RegisterColumn.PARKING_SPACES);
        Integer chargers = (Integer) r.values.get(RegisterColumn.EV_CHARGERS);
        boolean has = r.existing != null && r.existing.get("parking_version") != null;
        if (!changed(r, RegisterColumn.PARKING_SPACES, RegisterColumn.EV_CHARGERS) || (spaces == null && !has)) {
            return;
        }
        JsonNode current = works.state(r.workId).path("parking");
        int total = spaces != null ? spaces : current.path("total_spaces").asInt();
        int installed = chargers != null
                ? chargers
                : current.path("ev_chargers_installed").asInt(0);
        boolean exists = current.isObject();
        parking.update(
                r.workId,
                new ParkingEdit(
                        exists ? current.path("version").asInt() : 0,
                        total,
                        exists ? Math.min(total, current.path("public_spaces").asInt(0)) : null,
                        null,
                        installed,
                        Math.min(
                                installed,
                                current.path("ev_chargers_in_service").asInt(installed)),
                        exists && !current.path("opening_hours").isNull()
                                ? current.path("opening_hours").asString()
                                : null,
                        exists && !current.path("opened_year").isNull()
                                ? current.path("opened_year").asInt()
                                : null));
    }

    private void writeSignage(Row r) {
        String status = (String) r.values.get(RegisterColumn.SIGNAGE_STATUS);
        if (status == null || !changed(r, RegisterColumn.SIGNAGE_STATUS, RegisterColumn.SIGNAGE_YEAR)) {
            return;
        }
        JsonNode current = works.state(r.workId).path("signage");
        Integer year = (Integer) r.values.get(RegisterColumn.SIGNAGE_YEAR);
        int version = current.isObject() ? current.path("version").asInt() : 0;
        signage.update(new SignageEdit(status, year, null, null, List.of(new SignageEdit.Item(r.workId, version))));
    }

    /** The square drawn around a workbook point until a drawing replaces it: of the building area, 10–200 m a side. */
    private JsonNode provisionalFootprint(double lon, double lat, Double buildingArea) {
        double side = buildingArea == null ? 20 : Math.max(10, Math.min(200, Math.sqrt(buildingArea)));
        String geojson = jdbc.sql(SqlFiles.load("importer/provisional_footprint.sql"))
                .param("lon", lon)
                .param("lat", lat)
                .param("side", side)
                .query(String.class)
                .single();
        return json.readTree(geojson);
    }

    private static Problem editProblem(Row r, RuntimeException e, Map<RegisterColumn, String> headers) {
        String field = e instanceof BadRequestException b ? b.parameter() : null;
        RegisterColumn c = field == null
                ? RegisterColumn.NAME
                : switch (field) {
                    case "total_spaces", "public_spaces" -> RegisterColumn.PARKING_SPACES;
                    case "ev_chargers_installed", "ev_chargers_in_service" -> RegisterColumn.EV_CHARGERS;
                    case "status", "year", "items" -> RegisterColumn.SIGNAGE_STATUS;
                    case "geometry", "footprint" ->
                        headers.containsKey(RegisterColumn.X) ? RegisterColumn.X : RegisterColumn.LON;
                    default -> column(field);
                };
        String detail = e instanceof BadRequestException b
                ? b.getBody().getDetail()
                : e instanceof ConflictException ? "工程已被他人修改" : e.getMessage();
        return new Problem(
                r.number, headers.getOrDefault(c, c.header()), r.code, "edit_rule", "不符合编辑规则：" + detail, detail);
    }

    private static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
