package org.sheltergis.shelters;

import org.sheltergis.common.PublicDatabase;
import org.sheltergis.common.SqlFiles;
import org.springframework.boot.context.event.ApplicationReadyEvent;
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
class ShelterList {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private volatile Cached cached;

    private record Cached(long version, String json) {
    }

    ShelterList(PublicDatabase database, JsonMapper json) {
        this.jdbc = database.jdbc();
        this.json = json;
    }

    long version() {
        return jdbc.sql(SqlFiles.load("shelters/data_version.sql")).query(Long.class).single();
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
                String raw = jdbc.sql(SqlFiles.load("shelters/shelter_list.sql")).query(String.class).single();
                // PostgreSQL writes JSON with spaces after every colon and comma: a fifth of the bytes, sent to all.
                c = new Cached(version, this.json.writeValueAsString(this.json.readTree(raw)));
                cached = c;
            }
            return c.json();
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        Thread warm = new Thread(() -> {
            try {
                featureCollection();
            } catch (RuntimeException e) {
                // Not fatal: the first request builds it.
            }
        }, "shelter-list-warm");
        warm.setDaemon(true);
        warm.start();
    }
}
