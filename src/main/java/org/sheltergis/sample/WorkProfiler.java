package org.sheltergis.sample;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Polygon;

/**
 * Gives each placed outline the attributes of a work: function, protection, areas, status, use and names.
 * Most works are personnel shelters built as basements of residential compounds; a few are restricted works.
 */
final class WorkProfiler {

    // Restricted works at scale 1: command, professional teams, supply, medical.
    private static final String[] RESTRICTED = {"command", "professional_team", "supply", "medical"};
    private static final int[] RESTRICTED_AT_SCALE_1 = {10, 8, 10, 6};

    private final Random rnd;
    private final Names names;
    private final int campaignYear;

    WorkProfiler(Random rnd, Names names, int campaignYear) {
        this.rnd = rnd;
        this.names = names;
        this.campaignYear = campaignYear;
    }

    List<WorkRow> profile(List<Polygon> outlines, int scale) {
        List<String> functions = functions(outlines.size(), scale);
        List<WorkRow> works = new ArrayList<>(outlines.size());
        for (int i = 0; i < outlines.size(); i++) {
            WorkRow w = new WorkRow(i + 1, outlines.get(i));
            w.code = String.format("RF320613-%04d", i + 1);
            w.function = functions.get(i);
            fill(w);
            Entrances.add(w, rnd);
            works.add(w);
        }
        return works;
    }

    /** Which outline gets which function: the restricted ones at random positions, the rest shelters. */
    private List<String> functions(int count, int scale) {
        List<String> f = new ArrayList<>(count);
        for (int k = 0; k < RESTRICTED.length; k++) {
            for (int n = 0; n < RESTRICTED_AT_SCALE_1[k] * scale && f.size() < count; n++) {
                f.add(RESTRICTED[k]);
            }
        }
        while (f.size() < count) {
            f.add(Seeds.chance(rnd, 0.12) ? "personnel_1" : "personnel_2");
        }
        Collections.shuffle(f, rnd);
        return f;
    }

    private void fill(WorkRow w) {
        boolean personnel = w.personnel();
        w.constructionMode = standalone(w.function) ? "standalone" : "attached";
        w.status = status();
        w.completionYear = completionYear(w.status);
        protection(w);
        w.protectedArea = round1(w.buildingArea * Seeds.uniform(rnd, 0.85, 0.95));
        w.shelteringArea = round1(w.buildingArea * Seeds.uniform(rnd, 0.60, 0.75));
        // Most capacities are left to the views (sheltering area / m² per person); a few come from drawings.
        if (personnel && Seeds.chance(rnd, 0.06)) {
            w.capacity = (int) Math.floor(w.shelteringArea * Seeds.uniform(rnd, 0.85, 1.0));
        }
        w.publicShelter = personnel && w.inService() && Seeds.chance(rnd, 0.92);
        w.openStatus = openStatus(w);
        w.wheelchairAccessible = w.inService() && Seeds.chance(rnd, accessibleShare(w.completionYear));
        w.peacetimeUse = peacetimeUse(w);
        WorkNaming.name(w, names, rnd);
    }

    private boolean standalone(String function) {
        double share = switch (function) {
            case "command" -> 0.6;
            case "personnel_1", "personnel_2" -> 0.04;
            default -> 0.35;
        };
        return Seeds.chance(rnd, share);
    }

    private String status() {
        double u = rnd.nextDouble();
        return u < 0.02 ? "planned" : u < 0.05 ? "under_construction" : u < 0.08 ? "decommissioned" : "in_service";
    }

    private Integer completionYear(String status) {
        return switch (status) {
            case "planned", "under_construction" -> null;
            case "decommissioned" -> Seeds.between(rnd, 1990, 2005);
            // More works are recent: the basement rule followed the housing boom.
            default -> Math.min(campaignYear - 1, 1990 + (int) ((campaignYear - 1990) * Math.sqrt(rnd.nextDouble())));
        };
    }

    private void protection(WorkRow w) {
        double u = rnd.nextDouble();
        switch (w.function) {
            case "command" -> {
                w.protectionLevel = u < 0.4 ? "n4" : u < 0.7 ? "n4b" : "n5";
                w.chemicalGrade = u < 0.5 ? "a" : "b";
            }
            case "medical", "professional_team" -> {
                w.protectionLevel = u < 0.5 ? "n5" : "n6";
                w.chemicalGrade = "b";
            }
            case "supply" -> {
                w.protectionLevel = u < 0.6 ? "n6" : "c6";
                w.chemicalGrade = u < 0.8 ? "c" : "d";
            }
            default -> {
                w.protectionLevel = u < 0.55 ? "n6" : u < 0.85 ? "c6" : u < 0.93 ? "n6b" : u < 0.97 ? "n5" : "c5";
                double v = rnd.nextDouble();
                w.chemicalGrade = v < 0.9 ? "c" : v < 0.97 ? "d" : "b";
            }
        }
    }

    private String openStatus(WorkRow w) {
        if (!w.inService()) {
            return "closed";
        }
        double u = rnd.nextDouble();
        return u < 0.82 ? "on_alert" : u < 0.97 ? "open" : "closed";
    }

    /** Newer works more often have a ramp or lift. */
    private double accessibleShare(Integer year) {
        return year == null ? 0 : 0.08 + 0.33 * (year - 1990) / (double) (campaignYear - 1990);
    }

    private String peacetimeUse(WorkRow w) {
        if (!w.inService()) {
            return "decommissioned".equals(w.status) ? "idle" : null;
        }
        double u = rnd.nextDouble();
        if (!w.personnel()) {
            return u < 0.4 ? "storage" : u < 0.7 ? "idle" : "other";
        }
        return u < 0.6 ? "parking" : u < 0.7 ? "commercial" : u < 0.82 ? "storage" : u < 0.92 ? "idle" : "other";
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
