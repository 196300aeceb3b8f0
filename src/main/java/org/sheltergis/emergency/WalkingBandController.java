package org.sheltergis.emergency;

import java.util.Map;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.shelters.PublicMapProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/public/walk-band?lon=&lat=}: the area one reaches on foot in the band's minutes. */
@RestController
class WalkingBandController {

    private final WalkingBand band;
    private final PublicMapProperties map;
    private final AlertProperties settings;

    WalkingBandController(WalkingBand band, PublicMapProperties map, AlertProperties settings) {
        this.band = band;
        this.map = map;
        this.settings = settings;
    }

    @GetMapping("/api/public/walk-band")
    ResponseEntity<Map<String, Object>> walkBand(@RequestParam Double lon, @RequestParam Double lat) {
        var area = map.area();
        if (lon == null || !Double.isFinite(lon) || lon < area.minLon() || lon > area.maxLon()) {
            throw new BadRequestException(
                    "lon", "lon must be a longitude inside Nantong (" + area.minLon() + " to " + area.maxLon() + ")");
        }
        if (lat == null || !Double.isFinite(lat) || lat < area.minLat() || lat > area.maxLat()) {
            throw new BadRequestException(
                    "lat", "lat must be a latitude inside Nantong (" + area.minLat() + " to " + area.maxLat() + ")");
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noCache())
                .body(band.around(lon, lat, settings.walkBandMinutes()));
    }
}
