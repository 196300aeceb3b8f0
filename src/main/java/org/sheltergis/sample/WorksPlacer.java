package org.sheltergis.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Puts works where people live: locations are drawn with probability rising with population density, each
 * gets a building-sized outline, and outlines keep a street's width apart. Nothing goes near 文亮小学.
 */
final class WorksPlacer {

    /**
     * Density weighting: above 1 crowds works into the centres, below 1 spreads them out. With
     * {@link #CROWDING} it was tuned so that at scale 1 about 65 % of the people live within 200 m of a public
     * shelter's entrance (seeds 1–8 and the default give 64.5–66.5 %); the test checks the 55–80 % band.
     */
    static final double DENSITY_POWER = 1.5;
    /**
     * Each work already within {@link #NEIGHBOUR_M} makes another one there this much less likely: compounds
     * each get their own basement rather than five works landing in one block.
     */
    static final double CROWDING = 0.1;

    private static final double NEIGHBOUR_M = 250.0;
    private static final double GAP_M = 25.0;
    private static final int TRIES_PER_WORK = 4000;

    private final CityArea area;
    private final PeopleMap.Sampler sampler;
    private final double areaScale;
    private final double neighbourRadius;
    private final double gap;
    private final Polygon playground = WenliangSite.playground();
    private final BucketIndex placedSoFar = new BucketIndex();

    /**
     * @param scale     the sample's scale factor: k times the works means each has 1/k of the room, so the
     *                  crowding radius shrinks by √k and the pattern looks the same, only denser
     * @param areaScale shrinks outlines at large scale factors, where realistic sizes would no longer fit
     */
    WorksPlacer(CityArea area, PeopleMap people, int scale, double areaScale) {
        this.area = area;
        this.sampler = people.sampler(DENSITY_POWER);
        this.areaScale = areaScale;
        this.neighbourRadius = NEIGHBOUR_M / Math.sqrt(scale);
        this.gap = GAP_M * Math.sqrt(areaScale);
    }

    List<Polygon> place(Random rnd, int count) {
        List<Polygon> placed = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            Polygon p = null;
            for (int t = 0; t < TRIES_PER_WORK && p == null; t++) {
                Coordinate c = sampler.next(rnd);
                // Ease the crowding rule the longer a work finds no place, so a full city still fills up.
                double crowding = Math.min(1.0, CROWDING * StrictMath.pow(1.5, t / 100));
                int neighbours = placedSoFar.centresWithin(c.x, c.y, neighbourRadius);
                if (rnd.nextDouble() >= StrictMath.pow(crowding, neighbours)) {
                    continue;
                }
                Polygon candidate = Shapes.building(rnd, c.x, c.y, buildingArea(rnd));
                if (fits(candidate)) {
                    p = candidate;
                }
            }
            if (p == null) {
                throw new IllegalStateException("no room left for work " + (n + 1) + " of " + count);
            }
            placedSoFar.add(p);
            placed.add(p);
        }
        return placed;
    }

    /**
     * Building area: lognormal around 820 m² with a long tail, kept within 450–9,000 m² (before scaling). Most works
     * are the 人防 part of a compound's basement — one or two protective units of at most 2,000 m² (GB 50038) — and a
     * few are large garages under newer estates. Tuned (ADR 0008) so that the sheltering area of the personnel shelters
     * in service is about 1.2 m² per staying person city-wide, thinner in the old town.
     */
    private double buildingArea(Random rnd) {
        double a = 820 * StrictMath.exp(0.85 * rnd.nextGaussian());
        return Math.max(450, Math.min(9000, a)) * areaScale;
    }

    private boolean fits(Polygon p) {
        return p.distance(playground) >= WenliangSite.NO_WORK_RADIUS_M
                && area.onLand(p)
                && !placedSoFar.anyWithin(p, gap);
    }
}
