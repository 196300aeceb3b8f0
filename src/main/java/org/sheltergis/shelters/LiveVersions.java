package org.sheltergis.shelters;

import java.util.concurrent.locks.ReentrantLock;
import org.sheltergis.common.PublicDatabase;
import org.sheltergis.common.SqlFiles;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The public data version (the register's, {@code shelters/data_version.sql}, as the shelter list uses it) and the
 * live status's version, read fresh for every request but shared by the requests that arrive together: a reading
 * answers every request that arrived before it started, so an edit committed before a request shows in its answer,
 * while at thousands of requests per second the database sees one small read per round trip instead of one per
 * request (the in-memory search must not be bound by a query again).
 */
@Component
class LiveVersions {

    record Versions(long data, long status) {}

    private record Reading(long startedNanos, Versions versions) {}

    private final JdbcTemplate jdbc;
    private final ReentrantLock reading = new ReentrantLock();
    private volatile Reading last;

    LiveVersions(PublicDatabase database) {
        this.jdbc = new JdbcTemplate(database.dataSource());
    }

    Versions current() {
        long arrived = System.nanoTime();
        Reading r = last;
        if (r != null && r.startedNanos() - arrived >= 0) {
            return r.versions();
        }
        reading.lock();
        try {
            r = last;
            if (r != null && r.startedNanos() - arrived >= 0) {
                return r.versions(); // read by the request ahead of us, after we arrived
            }
            long started = System.nanoTime();
            Versions v = read();
            last = new Reading(started, v);
            return v;
        } finally {
            reading.unlock();
        }
    }

    private Versions read() {
        return jdbc.execute((ConnectionCallback<Versions>) c -> {
            try (var data = c.createStatement();
                    var status = c.createStatement();
                    var d = data.executeQuery(SqlFiles.load("shelters/data_version.sql"));
                    var s = status.executeQuery(SqlFiles.load("shelters/status_version.sql"))) {
                d.next();
                s.next();
                return new Versions(d.getLong(1), s.getLong(1));
            }
        });
    }
}
