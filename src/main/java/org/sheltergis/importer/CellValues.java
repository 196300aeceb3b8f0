package org.sheltergis.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sheltergis.codes.Code;

/**
 * Reads workbook cells as register values: code values by their labels in {@code code_labels} (the Chinese label as
 * offices write it, the English label, or the code itself), districts by name or adcode, numbers with thousands
 * separators or units, yes/no in the usual Chinese forms. A cell that cannot be read throws {@link Unreadable} with the
 * reason in Chinese and English.
 */
final class CellValues {

    static final class Unreadable extends Exception {
        final String kind;
        final String zh;
        final String en;

        Unreadable(String kind, String zh, String en) {
            super(en, null, false, false);
            this.kind = kind;
            this.zh = zh;
            this.en = en;
        }
    }

    /** 核6常6, 核5, 常6, 核6常6 防化丙级: the nuclear level (the register's protection level), the grade if written. */
    private static final Pattern NUCLEAR = Pattern.compile("核\\s*([456])\\s*([bB])?");

    private static final Pattern CONVENTIONAL = Pattern.compile("常\\s*([56])");
    private static final Pattern GRADE = Pattern.compile("(?:防化)?([甲乙丙丁])级");

    private final Map<String, Map<String, String>> labels = new HashMap<>();
    private final Map<String, String> districts = new HashMap<>();

    CellValues(Map<String, List<Code>> codeLists, List<String[]> districtRows) {
        codeLists.forEach((list, codes) -> {
            Map<String, String> m = new HashMap<>();
            for (Code c : codes) {
                m.put(key(c.code()), c.code());
                m.put(key(c.label().en()), c.code());
                m.put(key(c.label().zh()), c.code());
                // "配套工程(物资库等)" is also written "配套工程".
                m.putIfAbsent(key(c.label().zh().replaceAll("[(（].*[)）]", "")), c.code());
            }
            labels.put(list, m);
        });
        for (String[] d : districtRows) {
            districts.put(key(d[0]), d[0]);
            districts.put(key(d[1]), d[0]);
            districts.put(key(d[2]), d[0]);
            districts.putIfAbsent(key(d[1].replaceAll("[区县市]$", "")), d[0]);
        }
    }

    private static String key(String s) {
        return RegisterColumn.normalise(s);
    }

    String code(String list, String cell) throws Unreadable {
        if (cell == null) {
            return null;
        }
        String code = labels.getOrDefault(list, Map.of()).get(key(cell));
        if (code == null) {
            throw new Unreadable(
                    "unknown_label",
                    "“" + cell + "”不是代码表中的值（可填：" + String.join("、", zhLabels(list)) + "）",
                    "'" + cell + "' is not a label of the code list " + list);
        }
        return code;
    }

    private List<String> zhLabels(String list) {
        return labels.getOrDefault(list, Map.of()).entrySet().stream()
                .filter(e -> e.getKey().codePoints().anyMatch(cp -> cp > 0x2e80))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    String district(String cell) throws Unreadable {
        if (cell == null) {
            return null;
        }
        String code = districts.get(key(cell));
        if (code == null) {
            throw new Unreadable(
                    "unknown_district",
                    "“" + cell + "”不是南通市的区县（如 崇川区、通州区、海门区、如东县、启东市、如皋市、海安市）",
                    "'" + cell + "' is not a district of Nantong");
        }
        return code;
    }

    /** The protection level (and, when the cell also names it, the chemical grade's label) of a cell like 核6常6. */
    record Protection(String level, String gradeLabel) {}

    Protection protection(String cell) throws Unreadable {
        if (cell == null) {
            return new Protection(null, null);
        }
        String c = cell.strip();
        Matcher n = NUCLEAR.matcher(c);
        Matcher k = CONVENTIONAL.matcher(c);
        Matcher g = GRADE.matcher(c);
        String grade = g.find() ? g.group(1) + "级" : null;
        if (n.find()) {
            // A 甲类 work resists both; the register keeps the nuclear level (the 常 part comes with it).
            return new Protection(code("protection_level", "核" + n.group(1) + (n.group(2) == null ? "" : "B")), grade);
        }
        if (k.find()) {
            return new Protection(code("protection_level", "常" + k.group(1)), grade);
        }
        return new Protection(code("protection_level", c), null);
    }

    static Double number(String cell) throws Unreadable {
        if (cell == null) {
            return null;
        }
        String s = cell.replace(",", "")
                .replace("，", "")
                .replaceAll("(?i)\\s*(m²|m2|㎡|平方米|平米)$", "")
                .strip();
        try {
            double d = Double.parseDouble(s);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new Unreadable("not_a_number", "“" + cell + "”不是数字", "'" + cell + "' is not a number");
        }
    }

    static Integer integer(String cell) throws Unreadable {
        Double d = number(cell);
        if (d == null) {
            return null;
        }
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw new Unreadable("not_a_whole_number", "“" + cell + "”不是整数", "'" + cell + "' is not a whole number");
        }
        return d.intValue();
    }

    static Boolean bool(String cell) throws Unreadable {
        if (cell == null) {
            return null;
        }
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "是", "有", "y", "yes", "true", "1", "√", "✓" -> true;
            case "否", "无", "n", "no", "false", "0", "×", "x" -> false;
            default ->
                throw new Unreadable(
                        "not_yes_no", "“" + cell + "”应填 是 或 否", "'" + cell + "' must be yes (是) or no (否)");
        };
    }
}
