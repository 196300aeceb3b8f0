package org.sheltergis.shelters;

import org.sheltergis.changes.RegisterChanges;
import org.sheltergis.common.PublicDatabase;
import org.sheltergis.common.SqlFiles;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public shelter list the page draws, searches and keeps for offline use. Assembled in PostGIS and kept until the
 * register changes (the data version counter moves), since every visitor asks for the same thing; built once at
 * start-up so the first visitor does not wait for it.
 */
@Component
class ShelterList implements DisposableBean {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RegisterChanges changes;
    private static final java.time.Duration WARM_UP_WAIT = java.time.Duration.ofSeconds(15);

    private volatile Cached cached;
    private volatile Thread warming;

    private record Cached(long version, String json) {}

    ShelterList(PublicDatabase database, JsonMapper json, RegisterChanges changes) {
        this.jdbc = database.jdbc();
        this.json = json;
        this.changes = changes;
    }

    /** The public data version, read now: the list is asked for rarely and must never lag an edit. */
    long version() {
        return changes.latest().serial();
    }

    String featureCollection() {
        long version = version();
        Cached c = cached;
        if (c != null && c.version() == version) {
            return c.json();
        }
        synchronized (this) {
            c = cached;
            if (c == null || c.version() != version) {
                // The version is read before the list: a change in between only causes one more rebuild later.
                String raw = jdbc.sql(SqlFiles.load("shelters/shelter_list.sql"))
                        .query(String.class)
                        .single();
                // PostgreSQL writes JSON with spaces after every colon and comma: a fifth of the bytes, sent to all.
                c = new Cached(version, this.json.writeValueAsString(this.json.readTree(raw)));
                cached = c;
            }
            return c.json();
        }
    }

    /**
     * Builds the list in the background once the web server is up. Only then: a command run of the jar (import,
     * sample, geoserver) is "ready" after its work is done and closes at once, and a warm-up racing that shutdown died
     * with a "Socket closed" trace. The shutdown waits for a warm-up still running, before the pool closes.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warm(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext)) {
            return;
        }
        Thread thread = new Thread(
                () -> {
                    try {
                        featureCollection();
                    } catch (RuntimeException e) {
                        // Not fatal: the first request builds it.
                    }
                },
                "shelter-list-warm");
        thread.setDaemon(true);
        warming = thread;
        thread.start();
    }

    @Override
    public void destroy() throws InterruptedException {
        Thread thread = warming;
        if (thread != null) {
            thread.join(WARM_UP_WAIT.toMillis());
        }
    }
}
