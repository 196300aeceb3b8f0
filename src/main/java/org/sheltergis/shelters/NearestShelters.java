package org.sheltergis.shelters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sheltergis.common.Geodesic;
import org.sheltergis.common.PublicDatabase;
import org.sheltergis.common.SqlFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds the nearest public shelters, reading only the public views. Straight-line distance (geodesic, to the nearest
 * usable entrance; from the in-memory index, or from the SQL while that is rebuilt) times the detour factor — or, when a road network is loaded, the walking distance over it with
 * pgRouting, computed for a widened straight-line shortlist (a network path is never shorter than the straight line,
 * so a shelter far down the straight-line order cannot win by much; the widening factor is a setting).
 */
@Service
class NearestShelters {

    static final String NETWORK = "network";
    static final String STRAIGHT_LINE = "straight_line";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PublicMapProperties settings;
    private final RoadNetwork roads;
    private final InMemoryShelters memory;

    NearestShelters(
            PublicDatabase database,
            PublicMapProperties settings,
            RoadNetwork roads,
            JsonMapper json,
            InMemoryShelters memory) {
        this.jdbc = database.jdbc();
        this.memory = memory;
        this.json = json;
        this.settings = settings;
        this.roads = roads;
    }

    List<NearestShelter> find(NearestQuery q) {
        return find(q, true);
    }

    /** The search, from memory when the index is current ({@code fromMemory}) or always by SQL (the reference). */
    List<NearestShelter> find(NearestQuery q, boolean fromMemory) {
        boolean network = settings.routing().enabled() && roads.loaded();
        int shortlist = network ? Math.min(q.limit() * settings.routing().widen(), settings.candidates()) : q.limit();
        InMemoryShelters.Snapshot snapshot = fromMemory ? memory.fresh() : null;
        List<NearestShelter> straight = snapshot != null
                ? snapshot.index()
                        .nearest(q, shortlist, snapshot.statuses(), settings.detourFactor(), settings.walkingSpeedMpm())
                : straightLine(q, shortlist);
        if (!network || straight.isEmpty()) {
            return straight.stream().limit(q.limit()).toList();
        }
        return overNetwork(q, straight);
    }

    /**
     * The straight-line answer from the SQL, while the in-memory index is built or rebuilt (the same answer: a test
     * holds them equal). Exact: the KNN cut runs in degrees, so an entrance left out could still be nearer than
     * the last answer by up to the longitude squeeze (cos φ); when the answer reaches beyond what the cut guarantees,
     * the search is repeated with eight times the candidates (up to {@link #MAX_CANDIDATES}).
     */
    private List<NearestShelter> straightLine(NearestQuery q, int limit) {
        int candidates = settings.candidates();
        while (true) {
            Pass pass = straightLinePass(q, limit, candidates);
            if (pass.exact(limit, candidates, q.lat()) || candidates >= MAX_CANDIDATES) {
                return pass.shelters();
            }
            candidates = Math.min(candidates * 8, MAX_CANDIDATES);
        }
    }

    static final int MAX_CANDIDATES = 4000;

    /** One KNN pass: the shelters found, how many entrances were candidates and the farthest one (degrees). */
    record Pass(List<NearestShelter> shelters, long candidateCount, double horizonDeg) {
        boolean exact(int limit, int candidates, double lat) {
            if (candidateCount > 0 && candidateCount < candidates) {
                return true; // every qualifying entrance was a candidate
            }
            if (shelters.size() < limit) {
                return false; // too few passed the filters among the candidates, or none were found at all
            }
            return shelters.get(shelters.size() - 1).straightM() <= guaranteedMetres(horizonDeg, lat);
        }

        /** A lower bound on the geodesic distance of any entrance outside the candidate cut. */
        static double guaranteedMetres(double horizonDeg, double lat) {
            return Geodesic.leastMetres(horizonDeg, lat);
        }
    }

    private Pass straightLinePass(NearestQuery q, int limit, int candidates) {
        double factor = settings.detourFactor();
        double speed = settings.walkingSpeedMpm();
        long[] count = {0};
        double[] horizon = {0};
        List<NearestShelter> shelters = jdbc.sql(SqlFiles.load("shelters/nearest.sql"))
                .param("lon", q.lon())
                .param("lat", q.lat())
                .param("accessible", q.accessible())
                .param("parking", q.parking())
                .param("ev", q.ev())
                .param("candidates", candidates)
                .param("limit", limit)
                .query((rs, n) -> {
                    count[0] = rs.getLong("candidate_count");
                    horizon[0] = rs.getDouble("horizon_deg");
                    double straightM = rs.getDouble("straight_m");
                    var entrance = new NearestShelter.Entrance(
                            rs.getLong("entrance_id"),
                            rs.getString("entrance_kind"),
                            rs.getBoolean("entrance_accessible"),
                            rs.getDouble("entrance_lon"),
                            rs.getDouble("entrance_lat"));
                    var shelter = new NearestShelter(
                            rs.getLong("id"),
                            rs.getString("code"),
                            rs.getString("name"),
                            rs.getString("address"),
                            rs.getString("district_name"),
                            (Integer) rs.getObject("capacity"),
                            rs.getString("open_status"),
                            rs.getBoolean("wheelchair_accessible"),
                            rs.getBoolean("has_parking"),
                            (Integer) rs.getObject("parking_spaces"),
                            (Integer) rs.getObject("parking_free"),
                            rs.getInt("ev_chargers"),
                            rs.getString("signage_status"),
                            (Integer) rs.getObject("signage_year"),
                            rs.getDouble("lon"),
                            rs.getDouble("lat"),
                            entrance,
                            json.readTree(rs.getString("entrances")),
                            0,
                            straightM,
                            STRAIGHT_LINE,
                            0,
                            rs.getString("status"),
                            rs.getInt("occupants"),
                            rs.getString("managing_unit"),
                            rs.getString("duty_phone"),
                            rs.getString("last_verified"));
                    return shelter.measured(entrance, straightM, straightM * factor, STRAIGHT_LINE, speed);
                })
                .list();
        return new Pass(shelters, count[0], horizon[0]);
    }

    private List<NearestShelter> overNetwork(NearestQuery q, List<NearestShelter> shortlist) {
        String ids = shortlist.stream().map(s -> Long.toString(s.id())).collect(Collectors.joining(","));
        double radiusDeg = Geodesic.longitudeSpan(settings.routing().radiusM(), q.lat());
        Map<Long, Long> bestEntrance = new HashMap<>();
        Map<Long, Double> bestMetres = new HashMap<>();
        jdbc.sql(SqlFiles.load("shelters/network_distances.sql"))
                .param("lon", q.lon())
                .param("lat", q.lat())
                .param("shelter_ids", ids)
                .param("accessible", q.accessible())
                .param("radius_deg", radiusDeg)
                .query(rs -> {
                    Object metres = rs.getObject("network_m");
                    if (metres == null) {
                        return;
                    }
                    long shelter = rs.getLong("shelter_id");
                    double m = ((Number) metres).doubleValue();
                    if (m < bestMetres.getOrDefault(shelter, Double.MAX_VALUE)) {
                        bestMetres.put(shelter, m);
                        bestEntrance.put(shelter, rs.getLong("entrance_id"));
                    }
                });
        List<NearestShelter> measured = new ArrayList<>();
        for (NearestShelter s : shortlist) {
            Double m = bestMetres.get(s.id());
            if (m == null) {
                // Not reachable in the loaded part of the network: keep the estimate rather than drop a real shelter.
                measured.add(s);
            } else {
                var to = s.entranceById(bestEntrance.get(s.id()));
                double straight = Geodesic.metres(q.lon(), q.lat(), to.lon(), to.lat());
                measured.add(s.measured(to, straight, Math.max(m, straight), NETWORK, settings.walkingSpeedMpm()));
            }
        }
        return measured.stream()
                .sorted(Comparator.comparingDouble(NearestShelter::distanceM).thenComparingLong(NearestShelter::id))
                .limit(q.limit())
                .toList();
    }
}
