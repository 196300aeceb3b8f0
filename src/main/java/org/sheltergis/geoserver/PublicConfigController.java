package org.sheltergis.geoserver;

import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the public map needs to know at start: which WMS to draw from (embedded or GeoServer), one setting. */
@RestController
class PublicConfigController {

    private final MapProperties map;

    PublicConfigController(MapProperties map) {
        this.map = map;
    }

    @GetMapping("/api/public/config")
    ResponseEntity<Map<String, Object>> config() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)))
                .body(Map.of("wmsUrl", map.wmsUrl()));
    }
}
