package org.sheltergis.geoserver;

import java.util.Map;
import org.sheltergis.sample.SampleNotice;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What pages need to know at start: which WMS the map draws from (embedded or GeoServer), and whether the register
 * holds the synthetic sample (every page then shows the sample badge, ADR 0008).
 */
@RestController
class PublicConfigController {

    private final MapProperties map;
    private final SampleNotice notice;

    PublicConfigController(MapProperties map, SampleNotice notice) {
        this.map = map;
        this.notice = notice;
    }

    @GetMapping("/api/public/config")
    ResponseEntity<Map<String, Object>> config() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(1)))
                .body(Map.of("wmsUrl", map.wmsUrl(), "sample", notice.shown()));
    }
}
