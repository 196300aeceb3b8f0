package org.sheltergis.sample;

import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What every page needs to know at start: whether the register holds the synthetic sample, so the page shows the
 * sample badge (ADR 0008). Public, and the same for every caller.
 */
@RestController
class SampleNoticeController {

    private final SampleNotice notice;

    SampleNoticeController(SampleNotice notice) {
        this.notice = notice;
    }

    @GetMapping("/api/public/config")
    ResponseEntity<Map<String, Object>> config() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)))
                .body(Map.of("sample", notice.shown()));
    }
}
