package org.sheltergis.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sheltergis.codes.CodeLists;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.ShelterProperties;
import org.springframework.stereotype.Component;

/**
 * The rules a work's attributes obey, whoever sets them: an editor through the API (the first broken rule is a 400
 * naming the field) and a register import (every broken rule of every row goes in the clerk's report, in Chinese).
 * One definition, so an import cannot load what an edit would refuse.
 */
@Component
public class WorkRules {

    /** A broken rule: the attribute, a short kind (stable, for tests and reports) and the sentence in both languages. */
    public record Problem(String field, String kind, String zh, String en) {}

    static final int NAME_MAX = 200;
    static final int ADDRESS_MAX = 300;
    static final int UNIT_MAX = 200;
    static final double AREA_MAX = 1e7;
    static final int CAPACITY_MAX = 1_000_000;

    private final CodeLists codes;
    private final double m2PerPerson;

    WorkRules(CodeLists codes, ShelterProperties properties) {
        this.codes = codes;
        this.m2PerPerson = properties.capacity().m2PerPerson();
    }

    public double m2PerPerson() {
        return m2PerPerson;
    }

    /** Every rule the attributes break (empty when they may be saved). */
    public List<Problem> check(WorkAttributes a) {
        List<Problem> out = new ArrayList<>();
        text(out, "name", a.name(), NAME_MAX, true);
        text(out, "address", a.address(), ADDRESS_MAX, false);
        text(out, "managing_unit", a.managingUnit(), UNIT_MAX, false);
        if (a.dutyPhone() != null && !a.dutyPhone().matches("\\+?[0-9][0-9 ()-]{2,30}")) {
            out.add(new Problem(
                    "duty_phone",
                    "phone_format",
                    "值班电话应为电话号码：数字、空格、-、括号，可以 + 开头",
                    "duty_phone must be a phone number: digits, spaces, -, ( ) and a leading +"));
        }
        lastVerified(out, a.lastVerified());
        code(out, "function", a.function(), true);
        code(out, "protection_level", a.protectionLevel(), false);
        code(out, "chemical_grade", a.chemicalGrade(), false);
        code(out, "construction_mode", a.constructionMode(), true);
        code(out, "status", a.status(), true);
        code(out, "peacetime_use", a.peacetimeUse(), false);
        code(out, "open_status", a.openStatus(), true);
        if (a.districtCode() == null) {
            out.add(required("district_code"));
        } else if (!a.districtCode().matches("\\d{6}")) {
            out.add(new Problem(
                    "district_code", "district_format", "行政区代码应为6位数字", "district_code must be a 6-digit adcode"));
        }
        boolean building = range(out, "building_area", a.buildingArea(), 0, AREA_MAX);
        boolean protectedArea = range(out, "protected_area", a.protectedArea(), 0, AREA_MAX);
        boolean sheltering = range(out, "sheltering_area", a.shelteringArea(), 0, AREA_MAX);
        if (building && protectedArea && a.protectedArea() > a.buildingArea()) {
            out.add(new Problem(
                    "protected_area",
                    "area_nesting",
                    "面积嵌套错误：防护面积 " + a.protectedArea() + " 大于建筑面积 " + a.buildingArea(),
                    "protected_area must not exceed building_area"));
        }
        if (protectedArea && sheltering && a.shelteringArea() > a.protectedArea()) {
            out.add(new Problem(
                    "sheltering_area",
                    "area_nesting",
                    "面积嵌套错误：掩蔽面积 " + a.shelteringArea() + " 大于防护面积 " + a.protectedArea(),
                    "sheltering_area must not exceed protected_area"));
        }
        if (range(out, "capacity", a.capacity() == null ? null : a.capacity().doubleValue(), 0, CAPACITY_MAX)
                && sheltering
                && a.capacity() > Math.floor(a.shelteringArea() / m2PerPerson) + 1e-9) {
            out.add(new Problem(
                    "capacity",
                    "capacity_exceeds_area",
                    "掩蔽人数 " + a.capacity() + " 超过掩蔽面积 " + a.shelteringArea() + " m² 按每人 " + m2PerPerson + " m² 可容纳的人数",
                    "capacity " + a.capacity() + " needs more than the sheltering area of " + a.shelteringArea()
                            + " m² at " + m2PerPerson + " m² per person"));
        }
        range(
                out,
                "completion_year",
                a.completionYear() == null ? null : a.completionYear().doubleValue(),
                1950,
                2100);
        if (a.publicShelter() && (a.function() == null || !a.function().startsWith("personnel"))) {
            out.add(new Problem(
                    "public_shelter",
                    "restricted_public",
                    "只有人员掩蔽工程可以向公众开放掩蔽：涉密的战时功能不得标为公共掩蔽",
                    "only personnel shelters can be designated for public sheltering"));
        }
        return out;
    }

    /** The date the work was last verified on site: an ISO date, not in the future. */
    private static void lastVerified(List<Problem> out, String text) {
        if (text == null) {
            return;
        }
        try {
            if (java.time.LocalDate.parse(text)
                    .isAfter(java.time.LocalDate.now().plusDays(1))) {
                out.add(new Problem(
                        "last_verified", "date_in_future", "核查日期不能晚于今天", "last_verified cannot be in the future"));
            }
        } catch (java.time.format.DateTimeParseException e) {
            out.add(new Problem(
                    "last_verified",
                    "date_format",
                    "核查日期应为 年-月-日（YYYY-MM-DD）",
                    "last_verified must be a date (YYYY-MM-DD)"));
        }
    }

    /** For an edit: the first broken rule as a 400 naming its field. */
    void require(WorkAttributes a) {
        List<Problem> problems = check(a);
        if (!problems.isEmpty()) {
            throw new BadRequestException(
                    problems.get(0).field(), problems.get(0).en());
        }
    }

    private static Problem required(String field) {
        return new Problem(field, "required", "必填项为空", field + " is required");
    }

    private static void text(List<Problem> out, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                out.add(required(field));
            }
        } else if (value.length() > max) {
            out.add(new Problem(
                    field, "too_long", "超过 " + max + " 个字符", field + " must be at most " + max + " characters"));
        }
    }

    private void code(List<Problem> out, String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                out.add(required(field));
            }
            return;
        }
        Set<String> allowed = codes.codes(field);
        if (!allowed.contains(value)) {
            out.add(new Problem(
                    field,
                    "unknown_code",
                    "不是代码表中的值：" + value,
                    field + " must be one of "
                            + String.join(", ", allowed.stream().sorted().toList())));
        }
    }

    /** True when the value is present and in range (so the rules comparing values may use it). */
    private static boolean range(List<Problem> out, String field, Double value, double min, double max) {
        if (value == null) {
            return false;
        }
        if (value < min || value > max || !Double.isFinite(value)) {
            out.add(new Problem(
                    field,
                    "out_of_range",
                    "数值超出范围（" + plain(min) + " 至 " + plain(max) + "）：" + plain(value),
                    field + " must be between " + plain(min) + " and " + plain(max)));
            return false;
        }
        return true;
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
