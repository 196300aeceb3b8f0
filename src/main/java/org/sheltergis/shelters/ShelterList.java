package org.sheltergis.shelters;

import org.sheltergis.common.PublicDatabase;
import org.sheltergis.common.SqlFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The public shelter list the page draws, searches and keeps for offline use. Assembled in PostGIS and kept until the
 * register changes (the data version counter moves), since every visitor asks for the same thing.
 */
@Component
class ShelterList {

    private final JdbcClient jdbc;
    private volatile Cached cached;

    private record Cached(long version, String json) {
    }

    ShelterList(PublicDatabase database) {
        this.jdbc = database.jdbc();
    }

    long version() {
        return jdbc.sql(SqlFiles.load("shelters/data_version.sql")).query(Long.class).single();
    }

    String featureCollection() {
        long version = version();
        Cached c = cached;
        if (c == null || c.version() != version) {
            c = new Cached(version, jdbc.sql(SqlFiles.load("shelters/shelter_list.sql")).query(String.class).single());
            cached = c;
        }
        return c.json();
    }
}
