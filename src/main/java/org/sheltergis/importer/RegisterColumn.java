package org.sheltergis.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a register workbook (台账): the register field each fills, the header the export writes (the first
 * one) and the other headers district offices use for it, Chinese and English. A mapping file adds headers of its own
 * ({@code 表头 = field} per line). The one list both the import and the export take their headers from.
 */
enum RegisterColumn {
    CODE("code", "工程编号", "编号", "工程代码", "code", "work code"),
    NAME("name", "工程名称", "名称", "项目名称", "name", "work name"),
    DISTRICT("district", "所在区", "所属区", "区县", "行政区", "所在区县", "district"),
    ADDRESS("address", "地址", "详细地址", "工程地址", "address"),
    FUNCTION("function", "战时功能", "战时用途", "工程类别", "function", "wartime function"),
    PROTECTION_LEVEL("protection_level", "防护等级", "抗力等级", "protection level", "protection_level"),
    CHEMICAL_GRADE("chemical_grade", "防化等级", "chemical grade", "chemical_grade"),
    CONSTRUCTION_MODE("construction_mode", "建设方式", "建设类型", "结建/单建", "construction mode", "construction_mode"),
    BUILDING_AREA("building_area", "建筑面积", "建筑面积(m²)", "建筑面积（㎡）", "building area", "building_area"),
    PROTECTED_AREA("protected_area", "防护面积", "防护面积(m²)", "protected area", "protected_area"),
    SHELTERING_AREA("sheltering_area", "掩蔽面积", "掩蔽面积(m²)", "sheltering area", "sheltering_area"),
    CAPACITY("capacity", "掩蔽人数", "容纳人数", "capacity"),
    COMPLETION_YEAR("completion_year", "竣工年份", "建成年份", "竣工年度", "completion year", "completion_year"),
    STATUS("status", "工程状态", "使用状态", "status"),
    MANAGING_UNIT("managing_unit", "管理单位", "使用单位", "managing unit", "managing_unit"),
    DUTY_PHONE("duty_phone", "值班电话", "联系电话", "duty phone", "duty_phone"),
    LAST_VERIFIED("last_verified", "核查日期", "最近核查日期", "last verified", "last_verified"),
    PUBLIC_SHELTER("public_shelter", "公共掩蔽", "向公众开放", "public shelter", "public_shelter"),
    WHEELCHAIR("wheelchair_accessible", "无障碍", "无障碍设施", "wheelchair accessible", "wheelchair_accessible"),
    PEACETIME_USE("peacetime_use", "平时用途", "平时功能", "peacetime use", "peacetime_use"),
    OPEN_STATUS("open_status", "开放状态", "open status", "open_status"),
    PARKING_SPACES("parking_spaces", "车位数", "停车位", "车位", "parking spaces", "total_spaces"),
    EV_CHARGERS("ev_chargers", "充电桩", "充电桩数", "ev chargers", "ev_chargers_installed"),
    SIGNAGE_STATUS("signage_status", "标识状态", "标识标注", "signage", "signage_status"),
    SIGNAGE_YEAR("signage_year", "标识更新年份", "标识年份", "signage year", "signage_year"),
    X("x", "X", "X坐标", "东坐标", "x"),
    Y("y", "Y", "Y坐标", "北坐标", "y"),
    LON("lon", "经度", "longitude", "lon", "lng", "高德经度", "百度经度", "GCJ02经度", "BD09经度"),
    LAT("lat", "纬度", "latitude", "lat", "高德纬度", "百度纬度", "GCJ02纬度", "BD09纬度");

    private final String field;
    private final List<String> headers;

    RegisterColumn(String field, String... headers) {
        this.field = field;
        this.headers = List.of(headers);
    }

    String field() {
        return field;
    }

    /** The header the export writes and the report names when the file did not have the column. */
    String header() {
        return headers.get(0);
    }

    static Optional<RegisterColumn> byField(String field) {
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst();
    }

    /** Header (normalised) → column: the defaults, then a mapping file's lines, which win. */
    static Map<String, RegisterColumn> mapping(Path mappingFile) throws IOException {
        Map<String, RegisterColumn> m = new HashMap<>();
        for (RegisterColumn c : values()) {
            for (String h : c.headers) {
                m.put(normalise(h), c);
            }
        }
        if (mappingFile != null) {
            int n = 0;
            for (String line : Files.readAllLines(mappingFile, StandardCharsets.UTF_8)) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                int eq = t.lastIndexOf('=');
                String field = eq < 0 ? "" : t.substring(eq + 1).strip();
                RegisterColumn c = eq < 0 ? null : byField(field).orElse(null);
                if (c == null) {
                    throw new IllegalArgumentException(mappingFile + " line " + n + ": write 表头 = field, field one of "
                            + fields() + " (not '" + t + "')");
                }
                m.put(normalise(t.substring(0, eq)), c);
            }
        }
        return m;
    }

    static String fields() {
        return String.join(", ", Arrays.stream(values()).map(c -> c.field).toList());
    }

    /** Headers compare without spaces, full-width brackets or case: "建筑面积（㎡）" and "建筑面积(㎡)" are one. */
    static String normalise(String header) {
        return header.strip()
                .replace('（', '(')
                .replace('）', ')')
                .replace("\u3000", "")
                .replace(" ", "")
                .toLowerCase(Locale.ROOT);
    }
}
