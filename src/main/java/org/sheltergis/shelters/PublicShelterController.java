package org.sheltergis.shelters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sheltergis.common.BadRequestException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** The public API behind the shelter map: the shelter list, the nearest-shelter search and the page's settings. */
@RestController
@RequestMapping("/api/public")
class PublicShelterController {

    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final NearestShelters nearest;
    private final ShelterList shelters;
    private final PublicMapProperties settings;
    private final MapConfig mapConfig;
    private final ShelterStatusList statuses;

    PublicShelterController(
            NearestShelters nearest,
            ShelterList shelters,
            PublicMapProperties settings,
            MapConfig mapConfig,
            ShelterStatusList statuses) {
        this.nearest = nearest;
        this.statuses = statuses;
        this.shelters = shelters;
        this.settings = settings;
        this.mapConfig = mapConfig;
    }

    /** Every public shelter as a point with its public attributes and entrances (revalidated by ETag). */
    @GetMapping("/shelters")
    ResponseEntity<String> shelters(WebRequest request) {
        // Weak: Tomcat does not gzip a response with a strong ETag, and this one must be compressed.
        String etag = "W/\"shelters-" + shelters.version() + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(GEO_JSON)
                .eTag(etag)
                .cacheControl(CacheControl.noCache())
                .body(shelters.featureCollection());
    }

    /**
     * The live status of every public shelter (open | full | closed, occupants, capacity), revalidated by ETag: the
     * page polls it every few seconds during an emergency.
     */
    @GetMapping("/shelter-status")
    ResponseEntity<String> shelterStatus(WebRequest request) {
        String version = statuses.version();
        String etag = "W/\"status-" + version + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .eTag(etag)
                .cacheControl(CacheControl.noCache())
                .body(statuses.body(version));
    }

    @GetMapping("/nearest")
    Map<String, Object> nearest(
            @RequestParam Double lon,
            @RequestParam Double lat,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false, defaultValue = "false") boolean accessible,
            @RequestParam(required = false, defaultValue = "false") boolean parking,
            @RequestParam(required = false, defaultValue = "false") boolean ev) {
        NearestQuery query = validate(lon, lat, limit, accessible, parking, ev);
        List<NearestShelter> found = nearest.find(query);
        var body = new LinkedHashMap<String, Object>();
        body.put("lon", lon);
        body.put("lat", lat);
        body.put("detour_factor", settings.detourFactor());
        body.put("walking_speed_mpm", settings.walkingSpeedMpm());
        body.put("shelters", found);
        return body;
    }

    @GetMapping("/map-config")
    ResponseEntity<Map<String, Object>> mapConfig() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(mapConfig.describe());
    }

    private NearestQuery validate(
            Double lon, Double lat, Integer limit, boolean accessible, boolean parking, boolean ev) {
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new BadRequestException("lon", "lon must be a longitude between -180 and 180");
        }
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new BadRequestException("lat", "lat must be a latitude between -90 and 90");
        }
        var area = settings.area();
        if (lon < area.minLon() || lon > area.maxLon()) {
            throw new BadRequestException(
                    "lon", "the point is outside Nantong (longitude " + area.minLon() + " to " + area.maxLon() + ")");
        }
        if (lat < area.minLat() || lat > area.maxLat()) {
            throw new BadRequestException(
                    "lat", "the point is outside Nantong (latitude " + area.minLat() + " to " + area.maxLat() + ")");
        }
        int n = limit == null ? settings.defaultLimit() : limit;
        if (n < 1 || n > settings.maxLimit()) {
            throw new BadRequestException("limit", "limit must be between 1 and " + settings.maxLimit());
        }
        return new NearestQuery(lon, lat, n, accessible, parking, ev);
    }
}
