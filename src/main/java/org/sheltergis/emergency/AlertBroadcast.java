package org.sheltergis.emergency;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open event streams of this instance (Server-Sent Events). Each new alert document is sent to all of them; a
 * stream that fails to take it is dropped (the page reconnects or falls back to polling).
 */
@Component
class AlertBroadcast {

    static final String EVENT = "alert";

    private final Set<SseEmitter> streams = ConcurrentHashMap.newKeySet();
    private final AtomicInteger open = new AtomicInteger();
    private final AlertProperties settings;

    AlertBroadcast(AlertProperties settings) {
        this.settings = settings;
    }

    /** A new stream that first receives the current document; null when this instance holds too many already. */
    SseEmitter open(CityAlert.Snapshot current) {
        if (open.get() >= settings.maxStreams()) {
            return null;
        }
        SseEmitter emitter = new SseEmitter(settings.streamTimeout().toMillis());
        streams.add(emitter);
        open.incrementAndGet();
        Runnable gone = () -> {
            if (streams.remove(emitter)) {
                open.decrementAndGet();
            }
        };
        emitter.onCompletion(gone);
        emitter.onTimeout(() -> {
            gone.run();
            emitter.complete();
        });
        emitter.onError(e -> gone.run());
        send(emitter, current);
        return emitter;
    }

    void publish(CityAlert.Snapshot snapshot) {
        for (SseEmitter emitter : streams) {
            send(emitter, snapshot);
        }
    }

    void heartbeat() {
        for (SseEmitter emitter : streams) {
            try {
                emitter.send(SseEmitter.event().comment("keep-alive"));
            } catch (IOException | IllegalStateException e) {
                drop(emitter);
            }
        }
    }

    int size() {
        return open.get();
    }

    private void send(SseEmitter emitter, CityAlert.Snapshot snapshot) {
        try {
            emitter.send(SseEmitter.event()
                    .name(EVENT)
                    .id(Long.toString(snapshot.version()))
                    .data(snapshot.json(), MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            drop(emitter);
        }
    }

    private void drop(SseEmitter emitter) {
        if (streams.remove(emitter)) {
            open.decrementAndGet();
        }
        // complete(), not completeWithError(): the client has gone, which is no failure of the service to report.
        try {
            emitter.complete();
        } catch (IllegalStateException e) {
            // The container already ended the stream after a network error (Tomcat refuses a dispatch then): nothing
            // is left to close, and the change being published must still reach the other streams.
        }
    }
}
