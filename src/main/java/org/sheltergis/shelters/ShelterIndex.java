package org.sheltergis.shelters;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.sheltergis.common.Geodesic;

/**
 * The public shelters and their ways in, in memory, for the straight-line nearest search: the same rows the SQL search
 * reads from {@code pub} (loaded by {@link InMemoryShelters}), an STR tree over the ways in, and distances measured by
 * {@link Geodesic} as PostGIS measures them ({@code geography}). Immutable once built; a new data version builds a new
 * one.
 */
final class ShelterIndex {

    /** A way in of a public shelter (emergency exits are not in the tree). */
    record WayIn(long id, long shelterId, String kind, boolean accessible, double lon, double lat) {}

    /**
     * A shelter as the answer shows it (distance fields still empty) with what the filters need.
     *
     * @param template the answer item without distance and live status
     */
    record Shelter(
            NearestShelter template,
            boolean peacetimeClosed,
            boolean wheelchairAccessible,
            boolean hasParking,
            boolean hasEv) {}

    private record Hit(WayIn wayIn, double metres) {}

    /** The first search radius; doubled until enough shelters lie within it. */
    static final double FIRST_RADIUS_M = 400;

    private final long version;
    private final Map<Long, Shelter> shelters;
    private final List<Long> ids;
    private final STRtree tree;
    private final Envelope extent;

    ShelterIndex(long version, Map<Long, Shelter> shelters, List<WayIn> waysIn) {
        this.version = version;
        this.shelters = Map.copyOf(shelters);
        this.ids = shelters.keySet().stream().sorted().toList();
        this.tree = new STRtree();
        this.extent = new Envelope();
        for (WayIn w : waysIn) {
            Envelope at = new Envelope(w.lon(), w.lon(), w.lat(), w.lat());
            tree.insert(at, w);
            extent.expandToInclude(at);
        }
        tree.build();
    }

    long version() {
        return version;
    }

    /** Public shelter ids in ascending order. */
    List<Long> ids() {
        return ids;
    }

    Shelter shelter(long id) {
        return shelters.get(id);
    }

    /**
     * The {@code limit} nearest shelters that pass the query's filters and are open (live status), each measured to
     * its nearest way in (accessible ones only for an accessible search), in the SQL search's order: metres, then
     * shelter id; per shelter the nearest way in, then the lowest entrance id. Exact: the box searched is widened
     * until {@code limit} shelters lie within its radius, and no way in outside the box can be nearer than that.
     */
    List<NearestShelter> nearest(NearestQuery q, int limit, LiveStatuses statuses, double detourFactor, double speed) {
        double radius = FIRST_RADIUS_M;
        while (true) {
            Envelope box = box(q.lon(), q.lat(), radius);
            Map<Long, Hit> best = new HashMap<>();
            tree.query(box, item -> {
                WayIn w = (WayIn) item;
                if (q.accessible() && !w.accessible()) {
                    return;
                }
                Hit known = best.get(w.shelterId());
                if (known == null && !admits(shelters.get(w.shelterId()), q, statuses)) {
                    return;
                }
                double m = Geodesic.metres(q.lon(), q.lat(), w.lon(), w.lat());
                if (known == null
                        || m < known.metres()
                        || (m == known.metres() && w.id() < known.wayIn().id())) {
                    best.put(w.shelterId(), new Hit(w, m));
                }
            });
            double r = radius;
            long within = best.values().stream().filter(h -> h.metres() <= r).count();
            boolean everything = box.contains(extent);
            if (within >= limit || everything) {
                return best.values().stream()
                        .filter(h -> everything || h.metres() <= r)
                        .sorted(Comparator.comparingDouble(Hit::metres)
                                .thenComparingLong(h -> h.wayIn().shelterId()))
                        .limit(limit)
                        .map(h -> answer(h, statuses, detourFactor, speed))
                        .toList();
            }
            radius *= 4;
        }
    }

    private static boolean admits(Shelter s, NearestQuery q, LiveStatuses statuses) {
        return s != null
                && !s.peacetimeClosed()
                && LiveStatuses.OPEN.equals(statuses.status(s.template().id()))
                && (!q.accessible() || s.wheelchairAccessible())
                && (!q.parking() || s.hasParking())
                && (!q.ev() || s.hasEv());
    }

    private NearestShelter answer(Hit h, LiveStatuses statuses, double detourFactor, double speed) {
        Shelter s = shelters.get(h.wayIn().shelterId());
        WayIn w = h.wayIn();
        var to = new NearestShelter.Entrance(w.id(), w.kind(), w.accessible(), w.lon(), w.lat());
        long id = s.template().id();
        return s.template()
                .withStatus(statuses.status(id), statuses.occupants(id))
                .measured(to, h.metres(), h.metres() * detourFactor, NearestShelters.STRAIGHT_LINE, speed);
    }

    /**
     * A lon/lat box holding every point within {@code metres} of the given one: a degree of latitude is at least
     * 110,574 m on the ellipsoid, a degree of longitude at least 111,319 m × cos φ at the box's far latitude; 1 % is
     * left for the geodesic's bend away from the parallel.
     */
    static Envelope box(double lon, double lat, double metres) {
        double dLat = metres / 110_574 * 1.01;
        double far = Math.min(89.9, Math.abs(lat) + dLat);
        double dLon = Math.min(180, metres / (111_319 * Math.cos(Math.toRadians(far))) * 1.01);
        return new Envelope(lon - dLon, lon + dLon, lat - dLat, lat + dLat);
    }
}
