package org.sheltergis.sample;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/** Names of candidate sites by kind: school playgrounds, parks, squares, green spaces, other public land. */
final class SiteNames {

    private static final String[] SCHOOLS = {"小学操场", "中学操场", "实验学校操场", "初级中学操场"};
    private static final String[] PARKS = {"游园", "公园", "体育公园", "滨河公园"};
    private static final String[] SQUARES = {"广场", "文化广场", "市民广场"};
    private static final String[] GREENS = {"街头绿地", "防护绿地", "带状绿地"};
    private static final String[] OTHERS = {"社会停车场", "体育场", "公共用地", "闲置地块"};

    private final Random rnd;
    private final Set<String> used = new HashSet<>();

    SiteNames(Random rnd) {
        this.rnd = rnd;
        used.add("文亮小学操场");
        used.add("文亮小学旁游园");
    }

    /** A unique name for a site of this kind, after its neighbourhood when that name is still free. */
    String name(String kind, String neighbourhood) {
        String[] suffixes = switch (kind) {
            case "school_playground" -> SCHOOLS;
            case "park" -> PARKS;
            case "square" -> SQUARES;
            case "green_space" -> GREENS;
            default -> OTHERS;
        };
        for (String suffix : suffixes) {
            if (used.add(neighbourhood + suffix)) {
                return neighbourhood + suffix;
            }
        }
        for (int t = 0; t < 100; t++) {
            String first = "green_space".equals(kind) && Seeds.chance(rnd, 0.5)
                    ? Seeds.pick(rnd, Names.ROADS)
                    : Seeds.pick(rnd, Names.PLACES);
            String name = first + Seeds.pick(rnd, suffixes);
            if (used.add(name)) {
                return name;
            }
        }
        String numbered = Seeds.pick(rnd, Names.PLACES) + Seeds.pick(rnd, suffixes) + (used.size() + 1) + "号";
        used.add(numbered);
        return numbered;
    }

    static String kind(Random rnd) {
        double u = rnd.nextDouble();
        return u < 0.3
                ? "school_playground"
                : u < 0.55 ? "park" : u < 0.7 ? "square" : u < 0.9 ? "green_space" : "other";
    }
}
