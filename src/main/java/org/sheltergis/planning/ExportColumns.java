package org.sheltergis.planning;

import java.util.List;

/** The columns of the exports, with their headings in Chinese and English. */
final class ExportColumns {

    record Column(String key, String zh, String en, boolean numeric) {
        String heading(boolean english) {
            return english ? en : zh;
        }
    }

    private static Column text(String key, String zh, String en) {
        return new Column(key, zh, en, false);
    }

    private static Column number(String key, String zh, String en) {
        return new Column(key, zh, en, true);
    }

    /** Sheltering area against the staying population: the same indicators for a unit and for a total. */
    private static final List<Column> AREA_BALANCE = List.of(
            number("plannedPopulation", "规划人口", "Planned population"),
            number("cellPopulation", "网格人口", "Population on cells"),
            number("stayingPopulation", "留城人口", "Staying population"),
            number("requiredArea", "应建掩蔽面积(m²)", "Required sheltering area (m²)"),
            number("providedArea", "已有掩蔽面积(m²)", "Provided sheltering area (m²)"),
            number("whatIfArea", "其中假设工程(m²)", "Of which hypothetical (m²)"),
            number("shelterCount", "人员掩蔽工程数", "Personnel shelters"),
            number("areaPerStaying", "人均掩蔽面积(m²)", "Area per staying person (m²)"),
            number("balanceArea", "盈亏面积(m²)", "Surplus (+) / deficit (-) (m²)"));

    /** Who lives within the service radius: the same for a unit and for a total. */
    private static final List<Column> COVERAGE = List.of(
            number("coveredPopulation", "服务半径内人口", "Population within radius"),
            number("coveredShare", "覆盖率", "Share covered"),
            number("uncoveredPopulation", "未覆盖人口", "Uncovered population"));

    static final List<Column> UNITS = concat(
            List.of(
                    text("unitCode", "单元编码", "Unit code"),
                    text("unitName", "单元名称", "Unit name"),
                    text("districtCode", "行政区代码", "District code")),
            AREA_BALANCE,
            COVERAGE);

    static final List<Column> TOTALS = concat(
            List.of(
                    text("districtCode", "行政区代码", "District code"),
                    text("districtName", "行政区", "District"),
                    number("units", "单元数", "Units")),
            AREA_BALANCE,
            List.of(
                    number("deficitArea", "缺口面积合计(m²)", "Sum of unit deficits (m²)"),
                    number("deficitUnits", "缺口单元数", "Units in deficit")),
            COVERAGE);

    @SafeVarargs
    private static List<Column> concat(List<Column>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }

    private ExportColumns() {}
}
