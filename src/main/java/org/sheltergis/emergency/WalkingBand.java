package org.sheltergis.emergency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sheltergis.common.Geodesic;
import org.sheltergis.common.PublicDatabase;
import org.sheltergis.common.SqlFiles;
import org.sheltergis.shelters.PublicMapProperties;
import org.sheltergis.shelters.RoadNetwork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * How far one gets on foot in a few minutes: over the loaded road network the streets reachable within minutes ×
 * walking speed (pgRouting's driving distance); without one, a circle of minutes × walking speed ÷ detour factor — the
 * same rule the nearest search uses the other way round (straight line × detour factor = walking distance).
 */
@Service
class WalkingBand {

    /** Half the width of the band drawn along each reachable street, in metres. */
    private static final double HALF_WIDTH_M = 30;

    private final JdbcClient jdbc;
    private final PublicMapProperties map;
    private final RoadNetwork roads;
    private final JsonMapper json;

    WalkingBand(PublicDatabase database, PublicMapProperties map, RoadNetwork roads, JsonMapper json) {
        this.jdbc = database.jdbc();
        this.map = map;
        this.roads = roads;
        this.json = json;
    }

    Map<String, Object> around(double lon, double lat, int minutes) {
        double metres = minutes * map.walkingSpeedMpm();
        var out = new LinkedHashMap<String, Object>();
        out.put("lon", lon);
        out.put("lat", lat);
        out.put("minutes", minutes);
        out.put("walking_speed_mpm", map.walkingSpeedMpm());
        if (map.routing().enabled() && roads.loaded()) {
            double radiusDeg = Geodesic.longitudeSpan(metres * 1.2, lat);
            List<String> area = jdbc.sql(SqlFiles.load("emergency/walk_band.sql"))
                    .param("lon", lon)
                    .param("lat", lat)
                    .param("metres", metres)
                    .param("radius_deg", radiusDeg)
                    .param("half_width_m", HALF_WIDTH_M)
                    .query(String.class)
                    .list();
            if (!area.isEmpty() && area.get(0) != null) {
                out.put("method", "network");
                out.put("distance_m", metres);
                out.put("geometry", json.readTree(area.get(0)));
                return out;
            }
        }
        out.put("method", "straight_line");
        out.put("detour_factor", map.detourFactor());
        out.put("radius_m", Math.round(metres / map.detourFactor() * 10) / 10.0);
        return out;
    }
}
