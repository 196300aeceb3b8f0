package org.sheltergis.changes;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sheltergis.common.SqlFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What changed in the register, for every outlet that keeps answers: the one public data version (serial and time of
 * the last change, {@code pub.data_version}) and the changed areas the tile-truncation outbox records (V12: the
 * tables and the before ∪ after box of every committed transaction). Held in memory and brought up to date right
 * after every commit in this service ({@link SyncAfterCommit}: an edit through the API shows in the next answer) and
 * every {@code shelter.changes.poll} (changes made elsewhere: an import, SQL by hand). Listeners hear each change once.
 */
@Component
public class RegisterChanges {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterChanges.class);

    /** The register's last change: the serial counts changes, the time is the last one's. */
    public record Version(long serial, Instant changedAt) {}

    /**
     * One committed transaction's change: the register tables it touched and the box of the rows it touched in
     * EPSG:4326 (min lon, min lat, max lon, max lat), or no box when whole layers changed (a TRUNCATE, a setting).
     */
    public record Change(Set<String> tables, double[] box) {
        public boolean wholeLayers() {
            return box == null;
        }

        /** Whether this change can alter an answer drawn from these tables inside this lon/lat box. */
        public boolean touches(Set<String> readTables, double[] area) {
            if (tables.stream().noneMatch(readTables::contains)) {
                return false;
            }
            return box == null
                    || area == null
                    || (box[0] <= area[2] && box[2] >= area[0] && box[1] <= area[3] && box[3] >= area[1]);
        }
    }

    /** Hears every change once, in commit order as far as the outbox tells it, before the version moves on. */
    public interface Listener {
        void changed(List<Change> changes);
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Duration poll;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "register-changes");
        t.setDaemon(true);
        return t;
    });

    private volatile Version version;
    /** The oldest transaction whose outbox row may still be unseen (xid8); null before the first read. */
    private Long floor;
    /** Rows already reported, by id, with their transaction: kept while that transaction is at or above the floor. */
    private final Map<Long, Long> reported = new HashMap<>();

    RegisterChanges(JdbcClient jdbc, JsonMapper json, @Value("${shelter.changes.poll:PT1S}") Duration poll) {
        this.jdbc = jdbc;
        this.json = json;
        this.poll = poll;
    }

    public void listen(Listener listener) {
        listeners.add(listener);
    }

    /** The data version as last read: exact after this service's own commits, at most one poll behind for others. */
    public Version current() {
        Version v = version;
        return v != null ? v : sync();
    }

    /** The data version read now (and every pending change reported first): for rare answers that must be exact. */
    public Version latest() {
        return sync();
    }

    /** Reads the version and the new outbox rows in one snapshot, tells the listeners, then moves the version. */
    public synchronized Version sync() {
        var row = jdbc.sql(SqlFiles.load("changes/sync.sql"))
                .param("floor", floor == null ? null : Long.toString(floor))
                .query((rs, n) -> new Object[] {
                    new Version(
                            rs.getLong("serial"), rs.getTimestamp("changed_at").toInstant()),
                    Long.parseLong(rs.getString("xmin")),
                    rs.getString("changes")
                })
                .single();
        List<Change> changes = new ArrayList<>();
        for (JsonNode c : json.readTree((String) row[2])) {
            long id = c.get("id").asLong();
            if (reported.putIfAbsent(id, Long.parseLong(c.get("xact").asString())) != null) {
                continue;
            }
            Set<String> tables = new HashSet<>();
            c.get("tables").forEach(t -> tables.add(t.asString()));
            JsonNode b = c.get("box");
            double[] box = b == null || b.isNull()
                    ? null
                    : new double[] {
                        b.get(0).asDouble(),
                        b.get(1).asDouble(),
                        b.get(2).asDouble(),
                        b.get(3).asDouble()
                    };
            changes.add(new Change(Set.copyOf(tables), box));
        }
        long xmin = (Long) row[1];
        reported.values().removeIf(xact -> xact < xmin);
        floor = xmin;
        if (!changes.isEmpty()) {
            for (Listener l : listeners) {
                l.changed(changes);
            }
        }
        version = (Version) row[0];
        return version;
    }

    /** The register tables each view of the published schemas reads, and which of them record their changes. */
    public static ViewSources viewSources(JdbcClient jdbc) {
        return ViewSources.read(jdbc);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        long ms = poll.toMillis();
        thread.scheduleWithFixedDelay(this::syncQuietly, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** A sync whose failure (the database briefly away) is only logged: the next one catches up. */
    void syncQuietly() {
        try {
            sync();
        } catch (RuntimeException e) {
            LOG.debug("reading the register's changes failed, will retry: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
