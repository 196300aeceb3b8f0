package org.sheltergis.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

/**
 * Hazards of GB 50038-2005 §3.1.3: filling stations and chemical stores (flammable/explosive, 50 m clearance),
 * liquid-chlorine and ammonia tanks (toxic, 100 m). Stations sit among housing; stores and tanks sit where
 * few people live. Each keeps its own clearance (plus a margin) from existing works.
 */
final class HazardPlacer {

    private static final double WORK_MARGIN_M = 25.0;
    private static final double SPACING_M = 400.0;

    private final CityArea area;
    private final PeopleMap people;
    private final BucketIndex works;

    HazardPlacer(CityArea area, PeopleMap people, BucketIndex works) {
        this.area = area;
        this.people = people;
        this.works = works;
    }

    List<HazardRow> place(Random rnd, int scale) {
        List<HazardRow> placed = new ArrayList<>();
        // k times the hazards share the same fringe: keep them 400/√k m apart so they still fit.
        double spacing = SPACING_M / Math.sqrt(scale);
        PeopleMap.Sampler amongHousing = people.sampler(0.5);
        for (int k = 0; k < scale; k++) {
            for (int n = 0; n < 6; n++) {
                String brand = Seeds.chance(rnd, 0.6) ? "中国石化" : "中国石油";
                add(placed, spacing, rnd, place -> brand + place + "加油站", "flammable_explosive", 50, amongHousing);
            }
            for (int n = 0; n < 3; n++) {
                String firm = Seeds.chance(rnd, 0.5) ? "化工物流" : "危险品储运";
                add(placed, spacing, rnd, place -> place + firm + "危化品仓库", "flammable_explosive", 50, null);
            }
            for (int n = 0; n < 2; n++) {
                add(placed, spacing, rnd, place -> place + "水厂液氯储罐", "toxic", 100, null);
            }
            add(placed, spacing, rnd, place -> place + "冷库氨罐", "toxic", 100, null);
        }
        return placed;
    }

    /** Places one hazard; it is named after the neighbourhood it lands in. */
    private void add(
            List<HazardRow> placed,
            double spacing,
            Random rnd,
            Function<String, String> naming,
            String kind,
            double clearance,
            PeopleMap.Sampler sampler) {
        Envelope box = area.envelope();
        for (int t = 0; t < 20000; t++) {
            Coordinate c = sampler != null
                    ? sampler.next(rnd)
                    : new Coordinate(
                            Seeds.uniform(rnd, box.getMinX(), box.getMaxX()),
                            Seeds.uniform(rnd, box.getMinY(), box.getMaxY()));
            // Stores and tanks go to the industrial fringe: land with few residents.
            if (sampler == null && people.uncoveredNear(point(c), 150, null) > 400) {
                continue;
            }
            Point p = point(c);
            if (area.onLand(c.x, c.y)
                    && !works.anyWithin(p, clearance + WORK_MARGIN_M)
                    && p.distance(WenliangSite.playground()) > WenliangSite.OTHER_SITES_RADIUS_M
                    && farFrom(placed, p, spacing)) {
                String name = naming.apply(PlanUnits.neighbourhood(c.x, c.y));
                placed.add(new HazardRow(placed.size() + 1, name, kind, clearance, p));
                return;
            }
        }
        throw new IllegalStateException("no place found for a hazard of kind " + kind);
    }

    private static boolean farFrom(List<HazardRow> placed, Point p, double spacing) {
        for (HazardRow h : placed) {
            if (h.at().distance(p) < spacing) {
                return false;
            }
        }
        return true;
    }

    private static Point point(Coordinate c) {
        return CityArea.METRIC.createPoint(c);
    }
}
