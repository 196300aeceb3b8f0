package org.sheltergis.ogc.wms;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.sheltergis.common.PublicDatabase;
import org.sheltergis.common.SqlFiles;
import org.springframework.stereotype.Component;

/**
 * The register's last change (serial and time), read through the public role and kept for a second so a burst of
 * tile requests costs one query. Maps and capabilities take their ETag and Last-Modified from it.
 */
@Component
class DataVersion {

    record Version(long serial, Instant changedAt) {}

    private record Cached(Version version, long readAtNanos) {}

    private static final long TTL_NANOS = 1_000_000_000L;
    private final PublicDatabase database;
    private final AtomicReference<Cached> cached = new AtomicReference<>();

    DataVersion(PublicDatabase database) {
        this.database = database;
    }

    Version current() {
        Cached c = cached.get();
        long now = System.nanoTime();
        if (c != null && now - c.readAtNanos() < TTL_NANOS) {
            return c.version();
        }
        Version v = database.jdbc()
                .sql(SqlFiles.load("wms/data_version.sql"))
                .query((rs, n) -> new Version(
                        rs.getLong("serial"), rs.getTimestamp("changed_at").toInstant()))
                .single();
        cached.set(new Cached(v, now));
        return v;
    }

    /** Reads the version afresh at the next call: for tests that just changed the register. */
    void forget() {
        cached.set(null);
    }
}
