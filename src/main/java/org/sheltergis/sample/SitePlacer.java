package org.sheltergis.sample;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Candidate sites for new works: the two 文亮 sites, ordinary public land, and a few sites made to fail the
 * exclusion rules (too close to a hazard, over an existing work, too little buildable area).
 *
 * <p>So that a coverage-maximising selection picks the 文亮 playground and then the pocket park, every other
 * site may newly cover at most {@link #GAIN_SHARE} of what the park adds once the playground is chosen.
 */
final class SitePlacer {

    static final double SERVICE_RADIUS_M = 200.0;
    static final double GAIN_SHARE = 0.6;
    private static final int ORDINARY_AT_SCALE_1 = 36;
    private static final double SITE_SPACING_M = 60.0;
    private static final double WORK_SPACING_M = 30.0;
    private static final double HAZARD_MARGIN_M = 30.0;

    private final CityArea area;
    private final PeopleMap people;
    private final BucketIndex works;
    private final List<HazardRow> hazards;
    private final SiteNames names;
    private final boolean[] covered;
    private final BucketIndex sites = new BucketIndex();
    private final SiteShapes shapes;
    private long gainLimit;
    /** 1/√scale: k times the sites and works share the same city, so distances between them shrink. */
    private double room = 1.0;

    SitePlacer(
            CityArea area,
            PeopleMap people,
            BucketIndex works,
            List<HazardRow> hazards,
            SiteNames names,
            boolean[] coveredByPublicShelters) {
        this.area = area;
        this.people = people;
        this.works = works;
        this.hazards = hazards;
        this.names = names;
        this.covered = coveredByPublicShelters;
        this.shapes = new SiteShapes(people);
    }

    List<SiteRow> place(Random rnd, int scale) {
        room = 1.0 / Math.sqrt(scale);
        List<SiteRow> placed = new ArrayList<>();
        Polygon playground = WenliangSite.playground();
        Polygon park = WenliangSite.pocketPark();
        add(placed, "school_playground", "文亮小学操场", playground.getArea() * 0.88, 5200, playground, null, rnd);
        add(placed, "park", "文亮小学旁游园", park.getArea() * 0.9, 4600, park, null, rnd);
        boolean[] withPlayground = covered.clone();
        people.coverNear(withPlayground, playground, SERVICE_RADIUS_M);
        gainLimit = (long) (GAIN_SHARE * people.uncoveredNear(park, SERVICE_RADIUS_M, withPlayground));

        List<String> slots = new ArrayList<>();
        for (int k = 0; k < scale; k++) {
            slots.addAll(Collections.nCopies(ORDINARY_AT_SCALE_1, "ordinary"));
            slots.addAll(Collections.nCopies(3, "near_flammable"));
            slots.addAll(Collections.nCopies(2, "near_toxic"));
            slots.addAll(Collections.nCopies(2, "over_work"));
            slots.addAll(Collections.nCopies(3, "small"));
        }
        // Traps get codes among the ordinary sites rather than all at the end.
        Collections.shuffle(slots, rnd);
        int[] used = new int[3];
        for (String trap : slots) {
            placeOne(placed, trap, rnd, used);
        }
        return placed;
    }

    private void placeOne(List<SiteRow> placed, String trap, Random rnd, int[] used) {
        HazardRow target = null;
        for (int t = 0; t < 50000; t++) {
            // Next hazard of the kind at the start, and again whenever one leaves no room around it.
            if (t % 2000 == 0) {
                target = switch (trap) {
                    case "near_flammable" -> nth(false, used[0]++);
                    case "near_toxic" -> nth(true, used[1]++);
                    default -> null;
                };
            }
            String kind = switch (trap) {
                case "over_work" -> "green_space";
                case "small" -> Seeds.chance(rnd, 0.5) ? "green_space" : "park";
                default -> SiteNames.kind(rnd);
            };
            Polygon p = switch (trap) {
                case "near_flammable", "near_toxic" ->
                    shapes.near(rnd, kind, target.at().getCoordinate());
                case "over_work" ->
                    shapes.over(rnd, works.all().get(rnd.nextInt(works.all().size())));
                case "small" -> shapes.small(rnd, kind);
                default -> shapes.ordinary(rnd, kind);
            };
            if (acceptable(p, trap, target)) {
                // Buildable area leaves room for setbacks, trees and pipes; the small trap stays under 1,500 m².
                double buildable = "small".equals(trap)
                        ? Math.min(1450, p.getArea() * Seeds.uniform(rnd, 0.4, 0.6))
                        : p.getArea() * Seeds.uniform(rnd, 0.6, 0.9);
                Coordinate c = p.getCentroid().getCoordinate();
                String name = names.name(kind, PlanUnits.neighbourhood(c.x, c.y));
                add(placed, kind, name, buildable, 0, p, "ordinary".equals(trap) ? null : trap, rnd);
                return;
            }
        }
        throw new IllegalStateException("no place found for a candidate site (" + trap + ")");
    }

    private boolean acceptable(Polygon p, String trap, HazardRow target) {
        if (!area.onLand(p)
                || sites.anyWithin(p, SITE_SPACING_M * room)
                || p.distance(WenliangSite.playground()) < WenliangSite.OTHER_SITES_RADIUS_M) {
            return false;
        }
        if ("over_work".equals(trap) ? works.within(p, 0).size() != 1 : works.anyWithin(p, WORK_SPACING_M * room)) {
            return false;
        }
        if (target != null) {
            // A trap is made to fail one hazard rule; whether it also fails another does not matter.
            double d = p.distance(target.at());
            if (d < 10 || d > target.clearanceM() - 10) {
                return false;
            }
        } else {
            for (HazardRow h : hazards) {
                if (p.distance(h.at()) <= h.clearanceM() + HAZARD_MARGIN_M) {
                    return false;
                }
            }
        }
        return people.uncoveredNear(p, SERVICE_RADIUS_M, covered) <= gainLimit;
    }

    private HazardRow nth(boolean toxic, int n) {
        List<HazardRow> ofKind =
                hazards.stream().filter(h -> h.toxic() == toxic).toList();
        return ofKind.get(n % ofKind.size());
    }

    /** Adds a site; a unit cost of 0 means "draw one between 3,500 and 6,000 CNY/m²". */
    private void add(
            List<SiteRow> placed,
            String kind,
            String name,
            double buildableArea,
            double unitCost,
            Polygon p,
            String trap,
            Random rnd) {
        double cost = unitCost > 0 ? unitCost : Math.round(Seeds.uniform(rnd, 3500, 6000) / 10) * 10.0;
        double buildable = WorkProfiler.round1(buildableArea);
        // Most sites leave the cost to buildable area × unit cost; a few carry an estimate of their own.
        Double own =
                Seeds.chance(rnd, 0.15) ? (double) Math.round(buildable * cost * Seeds.uniform(rnd, 0.95, 1.12)) : null;
        long id = placed.size() + 1;
        placed.add(new SiteRow(id, String.format("CS-%04d", id), kind, name, buildable, cost, own, p, trap));
        sites.add(p);
    }
}
