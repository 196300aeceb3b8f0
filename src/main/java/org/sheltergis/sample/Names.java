package org.sheltergis.sample;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Real-sounding Nantong names built from parts: compounds, roads, addresses, companies. The parts are
 * ordinary place words of the city; the combinations are invented, so no name points at a real shelter.
 */
final class Names {

    static final String[] PLACES = {
        "濠河", "文峰", "钟秀", "任港", "观音山", "唐闸", "天生港", "秦灶", "新城", "狼山", "五山", "城山", "虹桥", "学田", "和平桥", "新城桥", "永兴", "幸福",
        "陈桥", "北濠", "南川", "紫琅", "星湖", "桃园", "姚港", "城东", "濠东", "濠西", "濠南", "望江", "江景", "滨江", "长桥", "八仙", "芦泾", "中兴",
        "竹行", "小海", "通甲", "端平", "寺街", "西南营", "洪江", "园林", "青年", "工农", "跃龙", "世纪", "锦绣", "翠湖", "金沙", "银杏", "东景", "华侨",
        "盛和", "海港", "江海", "通富", "能达", "苏通",
    };

    private static final String[] COMPOUND_SUFFIXES = {
        "花园", "小区", "苑", "新村", "家园", "名都", "华庭", "雅苑", "嘉园", "公寓", "府", "景苑", "佳园", "尚城", "国际", "湾",
    };

    static final String[] ROADS = {
        "人民路", "青年路", "工农路", "跃龙路", "崇川路", "世纪大道", "钟秀路", "城山路", "桃园路", "南大街", "北大街", "环城西路", "环城南路", "环城东路", "任港路",
        "文峰路", "虹桥路", "濠东路", "濠西路", "濠南路", "濠北路", "姚港路", "洪江路", "园林路", "孩儿巷路", "外环北路", "星湖大道", "江海大道", "通富路", "唐闸路",
        "长江路", "港闸路", "永兴大道", "通沪大道", "工农南路", "紫琅路", "新胜路", "观音山路", "秦灶路", "陈桥路", "幸福路", "太平路", "中南大道", "通京大道", "啬园路",
        "狼山路",
    };

    private static final String[] PHASES = {"一期", "二期", "三期", "四期", "五期"};

    private static final String[] COMPANY_WORDS = {
        "永安", "华茂", "通达", "嘉和", "锦程", "瑞丰", "恒信", "安居", "德润", "正和", "宏图", "益民", "长青", "金港", "世纪", "中天", "万泰", "和润",
    };

    private final Random rnd;
    private final Set<String> usedCompounds = new HashSet<>();

    Names(Random rnd) {
        this.rnd = rnd;
    }

    /** A residential compound name, unique within this generator (phases are added when a name repeats). */
    String compound() {
        for (int t = 0; t < 50; t++) {
            String base = Seeds.pick(rnd, PLACES) + Seeds.pick(rnd, COMPOUND_SUFFIXES);
            if (usedCompounds.add(base)) {
                return base;
            }
            String phased = base + Seeds.pick(rnd, PHASES);
            if (usedCompounds.add(phased)) {
                return phased;
            }
        }
        // Very large scale factors exhaust the combinations: number the rest.
        String numbered = Seeds.pick(rnd, PLACES) + Seeds.pick(rnd, COMPOUND_SUFFIXES) + usedCompounds.size() + "号地块";
        usedCompounds.add(numbered);
        return numbered;
    }

    String place() {
        return Seeds.pick(rnd, PLACES);
    }

    String road() {
        return Seeds.pick(rnd, ROADS);
    }

    /** "崇川区人民路128号" */
    String address() {
        return "崇川区" + road() + Seeds.between(rnd, 1, 399) + "号";
    }

    /** A property-management company, the usual managing unit of a residential basement. */
    String propertyCompany() {
        String kind = Seeds.chance(rnd, 0.5) ? "物业管理有限公司" : "物业服务有限公司";
        return "南通" + Seeds.pick(rnd, COMPANY_WORDS) + kind;
    }

    /** A developer, for the fee ledger. */
    String developer() {
        return "南通" + Seeds.pick(rnd, COMPANY_WORDS) + (Seeds.chance(rnd, 0.6) ? "置业有限公司" : "房地产开发有限公司");
    }
}
