package org.sheltergis.shelters;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
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

    /** A way in of a public shelter (emergency exits are not in the tree), with its shelter at hand. */
    record WayIn(long id, Shelter shelter, String kind, boolean accessible, double lon, double lat) {}

    /**
     * A shelter as the answer shows it (distance fields still empty) with what the filters need.
     *
     * @param template the answer item without distance and live status
     * @param slot     its position among the index's shelters (a bit per query marks the ones already answered)
     */
    record Shelter(
            NearestShelter template,
            int slot,
            boolean peacetimeClosed,
            boolean wheelchairAccessible,
            boolean hasParking,
            boolean hasEv) {}

    private record Hit(WayIn wayIn, double metres) {}

    /** Hits by metres, then shelter id, then entrance id: the first hit of a shelter is its nearest way in. */
    private static final Comparator<Hit> ORDER = Comparator.comparingDouble(Hit::metres)
            .thenComparingLong(h -> h.wayIn().shelter().template().id())
            .thenComparingLong(h -> h.wayIn().id());

    /** The first search radius; doubled until enough shelters lie within it. */
    static final double FIRST_RADIUS_M = 250;

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
        if (extent.isNull()) {
            return List.of(); // no public way in at all (an empty register): nothing is near
        }
        double radius = FIRST_RADIUS_M;
        while (true) {
            Envelope box = box(q.lon(), q.lat(), radius);
            List<Hit> hits = new ArrayList<>();
            tree.query(box, item -> {
                WayIn w = (WayIn) item;
                if ((!q.accessible() || w.accessible()) && admits(w.shelter(), q, statuses)) {
                    hits.add(new Hit(w, Geodesic.metres(q.lon(), q.lat(), w.lon(), w.lat())));
                }
            });
            hits.sort(ORDER);
            // Half the Earth's circumference reaches every point, whatever the box's degrees say near a pole.
            boolean everything = box.contains(extent) || radius > 20_040_000;
            BitSet answered = new BitSet(shelters.size());
            List<Hit> best = new ArrayList<>(limit);
            for (Hit h : hits) {
                if (best.size() == limit || (!everything && h.metres() > radius)) {
                    break;
                }
                if (!answered.get(h.wayIn().shelter().slot())) {
                    answered.set(h.wayIn().shelter().slot());
                    best.add(h);
                }
            }
            if (best.size() == limit || everything) {
                List<NearestShelter> out = new ArrayList<>(best.size());
                for (Hit h : best) {
                    out.add(answer(h, statuses, detourFactor, speed));
                }
                return out;
            }
            radius *= 2;
        }
    }

    private static boolean admits(Shelter s, NearestQuery q, LiveStatuses statuses) {
        return !s.peacetimeClosed()
                && (!q.accessible() || s.wheelchairAccessible())
                && (!q.parking() || s.hasParking())
                && (!q.ev() || s.hasEv())
                && statuses.isOpen(s.template().id());
    }

    private static NearestShelter answer(Hit h, LiveStatuses statuses, double detourFactor, double speed) {
        WayIn w = h.wayIn();
        NearestShelter template = w.shelter().template();
        var to = new NearestShelter.Entrance(w.id(), w.kind(), w.accessible(), w.lon(), w.lat());
        long id = template.id();
        return template.withStatus(statuses.status(id), statuses.occupants(id))
                .measured(to, h.metres(), h.metres() * detourFactor, NearestShelters.STRAIGHT_LINE, speed);
    }

    /** A lon/lat box holding every point within {@code metres} of the given one (see {@link Geodesic}'s spans). */
    static Envelope box(double lon, double lat, double metres) {
        double dLat = Geodesic.latitudeSpan(metres);
        double dLon = Geodesic.longitudeSpan(metres, lat);
        return new Envelope(lon - dLon, lon + dLon, lat - dLat, lat + dLat);
    }
}
