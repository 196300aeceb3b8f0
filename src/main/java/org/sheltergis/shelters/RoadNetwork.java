package org.sheltergis.shelters;

import java.time.Duration;
import org.sheltergis.common.PublicDatabase;
import org.sheltergis.common.SqlFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a walking network is loaded. Asked on most nearest requests, so the answer is kept for a short while rather
 * than queried every time; a road layer loaded at run time is picked up within that time.
 */
@Component
public class RoadNetwork {

    private static final long TTL_NANOS = Duration.ofSeconds(30).toNanos();

    private final JdbcClient jdbc;
    private volatile boolean loaded;
    private volatile long checkedAt;
    private volatile boolean checked;

    RoadNetwork(PublicDatabase database) {
        this.jdbc = database.jdbc();
    }

    public boolean loaded() {
        long now = System.nanoTime();
        if (!checked || now - checkedAt > TTL_NANOS) {
            loaded = jdbc.sql(SqlFiles.load("shelters/has_roads.sql"))
                    .query(Boolean.class)
                    .single();
            checkedAt = now;
            checked = true;
        }
        return loaded;
    }

    /** Forget the cached answer (after loading roads). */
    public void refresh() {
        checked = false;
    }
}
