package org.sheltergis.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sheltergis.codes.Code;
import org.sheltergis.codes.CodeLists;
import org.sheltergis.common.Spreadsheets;
import org.sheltergis.common.SqlFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The register of works as a workbook with the import's headers ({@link RegisterColumn}) and Chinese labels, points
 * in CGCS2000 degrees: an office edits it in Excel and imports it again, and only the changed cells are applied.
 */
@Service
public class RegisterExport {

    /** The columns written, in order (a work's point as 经度/纬度). */
    static final List<RegisterColumn> COLUMNS = List.of(
            RegisterColumn.CODE,
            RegisterColumn.NAME,
            RegisterColumn.DISTRICT,
            RegisterColumn.ADDRESS,
            RegisterColumn.FUNCTION,
            RegisterColumn.PROTECTION_LEVEL,
            RegisterColumn.CHEMICAL_GRADE,
            RegisterColumn.CONSTRUCTION_MODE,
            RegisterColumn.BUILDING_AREA,
            RegisterColumn.PROTECTED_AREA,
            RegisterColumn.SHELTERING_AREA,
            RegisterColumn.CAPACITY,
            RegisterColumn.COMPLETION_YEAR,
            RegisterColumn.STATUS,
            RegisterColumn.MANAGING_UNIT,
            RegisterColumn.PUBLIC_SHELTER,
            RegisterColumn.WHEELCHAIR,
            RegisterColumn.PEACETIME_USE,
            RegisterColumn.OPEN_STATUS,
            RegisterColumn.PARKING_SPACES,
            RegisterColumn.EV_CHARGERS,
            RegisterColumn.SIGNAGE_STATUS,
            RegisterColumn.SIGNAGE_YEAR,
            RegisterColumn.LON,
            RegisterColumn.LAT);

    private final JdbcClient jdbc;
    private final CodeLists codes;

    RegisterExport(JdbcClient jdbc, CodeLists codes) {
        this.jdbc = jdbc;
        this.codes = codes;
    }

    public byte[] works() {
        Map<String, Map<String, String>> labels = new HashMap<>();
        codes.allLists().forEach((list, cs) -> {
            Map<String, String> m = new HashMap<>();
            for (Code c : cs) {
                m.put(c.code(), c.label().zh());
            }
            labels.put(list, m);
        });
        List<List<?>> rows = new ArrayList<>();
        for (Map<String, Object> w :
                jdbc.sql(SqlFiles.load("importer/register_works.sql")).query().listOfRows()) {
            List<Object> row = new ArrayList<>();
            for (RegisterColumn c : COLUMNS) {
                row.add(cell(c, w, labels));
            }
            rows.add(row);
        }
        return Spreadsheets.xlsx(List.of(new Spreadsheets.Table(
                "工程台账", COLUMNS.stream().map(RegisterColumn::header).toList(), rows, 2, List.of(14, 30, 10, 30, 16))));
    }

    private static Object cell(RegisterColumn c, Map<String, Object> w, Map<String, Map<String, String>> labels) {
        return switch (c) {
            case DISTRICT -> w.get("district_name");
            case FUNCTION,
                    PROTECTION_LEVEL,
                    CHEMICAL_GRADE,
                    CONSTRUCTION_MODE,
                    STATUS,
                    PEACETIME_USE,
                    OPEN_STATUS,
                    SIGNAGE_STATUS -> label(labels, c.field(), (String) w.get(c.field()));
            case PUBLIC_SHELTER, WHEELCHAIR -> Boolean.TRUE.equals(w.get(c.field())) ? "是" : "否";
            default -> w.get(c.field());
        };
    }

    private static String label(Map<String, Map<String, String>> labels, String list, String code) {
        return code == null ? null : labels.getOrDefault(list, Map.of()).getOrDefault(code, code);
    }
}
