package org.sheltergis.sample;

import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** Outlines of candidate sites (local metres) and where to try them. */
final class SiteShapes {

    private final PeopleMap.Sampler whereTheyLive;

    SiteShapes(PeopleMap people) {
        // Parks and schools follow housing, but less tightly than basements do.
        this.whereTheyLive = people.sampler(0.6);
    }

    Polygon ordinary(Random rnd, String kind) {
        Coordinate c = whereTheyLive.next(rnd);
        return outline(rnd, kind, c.x, c.y, Seeds.uniform(rnd, 2600, 14500));
    }

    Polygon small(Random rnd, String kind) {
        Coordinate c = whereTheyLive.next(rnd);
        return outline(rnd, kind, c.x, c.y, Seeds.uniform(rnd, 2000, 2500));
    }

    /** A site of ordinary size whose centre lies 40–170 m from the given point. */
    Polygon near(Random rnd, String kind, Coordinate hazard) {
        double r = Seeds.uniform(rnd, 40, 170);
        double a = rnd.nextDouble() * 2 * StrictMath.PI;
        return outline(
                rnd,
                kind,
                hazard.x + r * StrictMath.cos(a),
                hazard.y + r * StrictMath.sin(a),
                Seeds.uniform(rnd, 2600, 9000));
    }

    /** A green space laid over part of an existing work's outline. */
    Polygon over(Random rnd, Geometry work) {
        Coordinate c = work.getCentroid().getCoordinate();
        double r = Seeds.uniform(rnd, 20, 60);
        double a = rnd.nextDouble() * 2 * StrictMath.PI;
        return outline(
                rnd,
                "green_space",
                c.x + r * StrictMath.cos(a),
                c.y + r * StrictMath.sin(a),
                Seeds.uniform(rnd, 2600, 6000));
    }

    private static Polygon outline(Random rnd, String kind, double x, double y, double area) {
        double angle = rnd.nextDouble() * StrictMath.PI;
        boolean irregular = ("park".equals(kind) || "green_space".equals(kind)) && Seeds.chance(rnd, 0.3);
        if (irregular) {
            return Shapes.lShape(
                    x,
                    y,
                    area,
                    Seeds.uniform(rnd, 1.2, 2.2),
                    Seeds.uniform(rnd, 0.3, 0.5),
                    Seeds.uniform(rnd, 0.3, 0.5),
                    angle);
        }
        return Shapes.rectangle(x, y, area, Seeds.uniform(rnd, 1.1, 2.2), angle);
    }
}
