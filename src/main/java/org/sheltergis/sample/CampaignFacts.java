package org.sheltergis.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Parking and signage rows, including the campaign figures of the seed document: this year 21 public shelters
 * opened 2,701 parking spaces (90 % of a 3,000 plan), and 276 public shelters still await new signs in the
 * third and last year of the signage campaign. At scale k both counts are multiplied by k.
 */
final class CampaignFacts {

    static final int PARKING_WORKS_THIS_YEAR = 21;
    static final int PARKING_SPACES_THIS_YEAR = 2701;
    static final int SIGNAGE_REMAINING = 276;

    private static final String[] HOURS = {"00:00-24:00", "07:00-22:00", "06:30-23:00", "07:30-21:30"};
    private static final String[] NOTES_NONE = {"未设置人防标识", "仅入口处有简易标牌", null};
    private static final String[] NOTES_OUTDATED = {"标识褪色,待更新", "旧版标识,待按RFJ 01-2014更换", "缺少方向指示牌", null};
    private static final String[] NOTES_UPGRADED = {"已按RFJ 01-2014更新", "新增小区内方向指示牌", null, null, null};

    private final Random rnd;
    private final int year;

    CampaignFacts(Random rnd, int campaignYear) {
        this.rnd = rnd;
        this.year = campaignYear;
    }

    void apply(List<WorkRow> works, int scale) {
        List<WorkRow> openedNow = pickOpenedThisYear(works, PARKING_WORKS_THIS_YEAR * scale);
        int[] spaces = shareSpaces(openedNow, PARKING_SPACES_THIS_YEAR * scale);
        for (int i = 0; i < openedNow.size(); i++) {
            openedNow.get(i).parking = parking(openedNow.get(i), spaces[i], year);
        }
        for (WorkRow w : works) {
            if ("parking".equals(w.peacetimeUse) && w.parking == null) {
                int from = Math.max(2008, w.completionYear);
                int opened = from >= year - 1 ? year - 1 : Seeds.between(rnd, from, year - 1);
                w.parking = parking(w, naturalSpaces(w), opened);
            }
        }
        signage(works, SIGNAGE_REMAINING * scale);
    }

    /**
     * Public shelters in service used as parking, of a size that gives about 130 spaces each: the large garages,
     * between 3 and 8 times the median size (about 2,900–7,700 m² at scale 1; outlines shrink at large scales).
     */
    private List<WorkRow> pickOpenedThisYear(List<WorkRow> works, int count) {
        List<WorkRow> parkingShelters = new ArrayList<>();
        for (WorkRow w : works) {
            if ("parking".equals(w.peacetimeUse) && w.publicInService()) {
                parkingShelters.add(w);
            }
        }
        double[] sizes = parkingShelters.stream()
                .mapToDouble(w -> w.buildingArea)
                .sorted()
                .toArray();
        double median = sizes.length == 0 ? 0 : sizes[sizes.length / 2];
        List<WorkRow> fitting = new ArrayList<>();
        for (WorkRow w : parkingShelters) {
            if (w.buildingArea >= 3 * median && w.buildingArea <= 8 * median) {
                fitting.add(w);
            }
        }
        if (fitting.size() < count) {
            throw new IllegalStateException("only " + fitting.size() + " works fit the " + count + " parking openings");
        }
        Collections.shuffle(fitting, rnd);
        List<WorkRow> chosen = new ArrayList<>(fitting.subList(0, count));
        chosen.sort((a, b) -> Long.compare(a.id, b.id));
        return chosen;
    }

    /** Splits the exact total in proportion to each work's natural capacity (largest remainder). */
    private int[] shareSpaces(List<WorkRow> works, int total) {
        double[] natural = new double[works.size()];
        double sum = 0;
        for (int i = 0; i < natural.length; i++) {
            natural[i] = naturalSpaces(works.get(i));
            sum += natural[i];
        }
        int[] spaces = new int[natural.length];
        double[] rest = new double[natural.length];
        int given = 0;
        for (int i = 0; i < natural.length; i++) {
            double exact = natural[i] * total / sum;
            spaces[i] = (int) Math.floor(exact);
            rest[i] = exact - spaces[i];
            given += spaces[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < rest.length; i++) {
                best = rest[i] > rest[best] ? i : best;
            }
            spaces[best]++;
            rest[best] = -1;
            given++;
        }
        return spaces;
    }

    /** Underground parking needs roughly 30–38 m² of floor per space, ramps and aisles included. */
    private int naturalSpaces(WorkRow w) {
        return Math.max(10, (int) Math.round(w.buildingArea * 0.85 / Seeds.uniform(rnd, 30, 38)));
    }

    private WorkRow.Parking parking(WorkRow w, int total, int openedYear) {
        int pub = w.publicShelter
                ? (int) Math.round(total * Seeds.uniform(rnd, 0.4, 1.0))
                : (int) Math.round(total * Seeds.uniform(rnd, 0.0, 0.3));
        Integer free = Seeds.chance(rnd, 0.4) ? (int) Math.round(total * Seeds.uniform(rnd, 0.05, 0.5)) : null;
        int installed = Seeds.chance(rnd, 0.25) ? Seeds.between(rnd, 2, 24) : 0;
        int inService = installed == 0 ? 0 : installed - Seeds.between(rnd, 0, Math.min(2, installed));
        return new WorkRow.Parking(total, pub, free, installed, inService, Seeds.pick(rnd, HOURS), openedYear);
    }

    private void signage(List<WorkRow> works, int remaining) {
        // The campaign's remaining works are older public shelters; fall back to any public shelter if short.
        List<WorkRow> older = new ArrayList<>();
        List<WorkRow> newer = new ArrayList<>();
        for (WorkRow w : works) {
            if (w.publicInService()) {
                (w.completionYear <= year - 3 ? older : newer).add(w);
            }
        }
        if (older.size() + newer.size() < remaining) {
            throw new IllegalStateException(
                    "only " + (older.size() + newer.size()) + " public shelters for " + remaining + " signs");
        }
        Collections.shuffle(older, rnd);
        Collections.shuffle(newer, rnd);
        older.addAll(newer);
        for (WorkRow w : older.subList(0, remaining)) {
            boolean none = Seeds.chance(rnd, 0.35);
            w.signage = new WorkRow.Signage(
                    none ? "none" : "outdated",
                    null,
                    between(LocalDate.of(year - 1, 1, 1), LocalDate.of(year, 3, 31)),
                    Seeds.pick(rnd, none ? NOTES_NONE : NOTES_OUTDATED));
        }
        for (WorkRow w : works) {
            if (w.personnel() && w.signage == null) {
                w.signage = upgraded(w);
            }
        }
    }

    /**
     * Signs renewed in the campaign's first two years (never before the work was finished); works not yet
     * built get the new signs with construction.
     */
    private WorkRow.Signage upgraded(WorkRow w) {
        if (w.completionYear == null) {
            return new WorkRow.Signage("upgraded", year - 1, null, "随主体工程同步设置标识");
        }
        int upgradedIn = Seeds.between(rnd, Math.min(year - 1, Math.max(year - 2, w.completionYear)), year - 1);
        LocalDate inspected = between(LocalDate.of(upgradedIn, 1, 1), LocalDate.of(year, 3, 31));
        return new WorkRow.Signage("upgraded", upgradedIn, inspected, Seeds.pick(rnd, NOTES_UPGRADED));
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        return from.plusDays(rnd.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }
}
