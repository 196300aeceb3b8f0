package org.sheltergis.shelters;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the public shelter map (prefix {@code shelter.public-map}).
 *
 * @param detourFactor   walking distance ÷ straight-line distance, used when no road network is loaded. 1.3 is the
 *                       usual circuity of walking in a dense street grid (studies of urban networks find 1.2–1.4);
 *                       assumed, so a setting
 * @param walkingSpeedMpm walking speed in metres per minute (75 ≈ 4.5 km/h, a pace older people keep)
 * @param defaultLimit   shelters returned by the nearest search when no limit is asked for
 * @param maxLimit       the cap on the nearest search's limit
 * @param candidates     entrances fetched by KNN in a first pass before refining per shelter (widened when needed)
 * @param area           the area served (lon/lat); a point outside is a 400
 * @param tiles          the base map
 * @param routing        whether to use the road network with pgRouting when one is loaded
 */
@ConfigurationProperties("shelter.public-map")
public record PublicMapProperties(
        Double detourFactor,
        Double walkingSpeedMpm,
        Integer defaultLimit,
        Integer maxLimit,
        Integer candidates,
        Area area,
        Tiles tiles,
        Routing routing) {

    public PublicMapProperties {
        detourFactor = detourFactor != null ? detourFactor : 1.3;
        walkingSpeedMpm = walkingSpeedMpm != null ? walkingSpeedMpm : 75.0;
        defaultLimit = defaultLimit != null ? defaultLimit : 5;
        maxLimit = maxLimit != null ? maxLimit : 20;
        candidates = candidates != null ? candidates : 60;
        area = area != null ? area : new Area(120.19, 31.63, 121.96, 32.72);
        tiles = tiles != null ? tiles : new Tiles(null, null, null, null, null, null, null);
        routing = routing != null ? routing : new Routing(true, 3000.0, 5);
        if (detourFactor < 1.0) {
            throw new IllegalArgumentException("shelter.public-map.detour-factor must be at least 1");
        }
        if (walkingSpeedMpm <= 0 || defaultLimit < 1 || maxLimit < defaultLimit || candidates < 1) {
            throw new IllegalArgumentException("shelter.public-map: inconsistent speed or limits");
        }
    }

    /** The served area as a lon/lat box (default: Nantong's extent from the district boundaries, rounded out). */
    public record Area(double minLon, double minLat, double maxLon, double maxLat) {
        public boolean contains(double lon, double lat) {
            return lon >= minLon && lon <= maxLon && lat >= minLat && lat <= maxLat;
        }
    }

    /**
     * The base map. {@code source}: osm (default, OpenStreetMap-style XYZ), tianditu (needs {@code tiandituKey}),
     * amap or tencent (GCJ-02: the page shifts all data onto them), or custom ({@code url}, {@code crs},
     * {@code attribution}).
     */
    public record Tiles(
            String source,
            String url,
            String attribution,
            String crs,
            String subdomains,
            Integer maxZoom,
            String tiandituKey) {
        public Tiles {
            source = source != null && !source.isBlank() ? source : "osm";
            maxZoom = maxZoom != null ? maxZoom : 18;
        }
    }

    /**
     * Walking over the road network: {@code enabled} when a road layer is loaded, {@code radiusM} the extent of the
     * network searched around the point, {@code shelters} how many times the limit the straight-line candidates are
     * widened before routing (a network distance is never shorter than the straight line).
     */
    public record Routing(boolean enabled, double radiusM, int widen) {}
}
