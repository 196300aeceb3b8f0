package org.sheltergis.emergency;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The city alert for every open page: {@code GET /api/public/alert} from memory with an ETag (a page that already has
 * the state gets a 304), and {@code GET /api/public/alert/events}, a Server-Sent Events stream that sends the document
 * now and again on every change.
 */
@RestController
@RequestMapping("/api/public/alert")
class PublicAlertController {

    private final CityAlert alert;
    private final AlertBroadcast broadcast;

    PublicAlertController(CityAlert alert, AlertBroadcast broadcast) {
        this.alert = alert;
        this.broadcast = broadcast;
    }

    @GetMapping
    ResponseEntity<String> current(WebRequest request) {
        CityAlert.Snapshot s = alert.current();
        if (request.checkNotModified(s.etag())) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .eTag(s.etag())
                .cacheControl(CacheControl.noCache())
                .body(s.json());
    }

    @GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<SseEmitter> events() {
        SseEmitter emitter = broadcast.open(alert.current());
        if (emitter == null) {
            // Too many streams on this instance: the page falls back to polling GET /api/public/alert.
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", "30")
                    .build();
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("X-Accel-Buffering", "no")
                .body(emitter);
    }
}
