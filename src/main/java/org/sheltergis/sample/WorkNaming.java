package org.sheltergis.sample;

import java.util.Random;

/** Names, addresses and managing units of works, in the style of the office's register. */
final class WorkNaming {

    private WorkNaming() {}

    static void name(WorkRow w, Names names, Random rnd) {
        w.address = names.address();
        switch (w.function) {
            case "command" -> {
                w.name = names.place() + "人防指挥通信工程";
                w.managingUnit = Seeds.chance(rnd, 0.5) ? "南通市人防办" : "崇川区人防办";
            }
            case "professional_team" -> {
                w.name = names.place() + "防空专业队工程";
                w.managingUnit = "崇川区人防办";
            }
            case "supply" -> {
                w.name = names.place() + "人防物资库";
                w.managingUnit = Seeds.chance(rnd, 0.5) ? "南通市人防工程管理中心" : "崇川区人防办";
            }
            case "medical" -> {
                w.name = names.place() + "人防医疗救护工程";
                w.managingUnit = "崇川区人防办";
            }
            default -> shelter(w, names, rnd);
        }
    }

    private static void shelter(WorkRow w, Names names, Random rnd) {
        if ("standalone".equals(w.constructionMode)) {
            String host = Seeds.chance(rnd, 0.5) ? "广场" : "公园";
            w.name = names.place() + host + "单建人防工程";
            w.managingUnit = "崇川区人防办";
            return;
        }
        String compound = names.compound();
        boolean basement = compound.endsWith("小区") || Seeds.chance(rnd, 0.35);
        w.name = compound + (basement ? "地下人防工程" : "人防工程");
        w.managingUnit = names.propertyCompany();
    }
}
