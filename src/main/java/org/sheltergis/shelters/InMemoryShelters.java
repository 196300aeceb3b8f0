package org.sheltergis.shelters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sheltergis.common.PublicDatabase;
import org.sheltergis.common.SqlFiles;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The public shelters in memory for the nearest search (ADR 0016), kept equal to the {@code pub} views: every request
 * reads the data version and the live status version ({@link LiveVersions}); a new data version rebuilds the index in
 * the background while the SQL search answers (so an edit shows in the next answer and no request waits for a
 * rebuild), a new status version reloads the few status rows at once. Each load reads its rows and the versions in one
 * repeatable-read transaction as the public role, so a snapshot is exactly one state of the views.
 */
@Component
class InMemoryShelters implements DisposableBean {

    /** An index and the live status, both current at the request's versions. */
    record Snapshot(ShelterIndex index, LiveStatuses statuses) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshotRead;
    private final JsonMapper json;
    private final LiveVersions versions;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "shelter-index-build");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean building = new AtomicBoolean();
    private final Object statusLock = new Object();

    private volatile ShelterIndex index;
    private volatile LiveStatuses statuses;

    InMemoryShelters(PublicDatabase database, JsonMapper json, LiveVersions versions) {
        this.jdbc = new JdbcTemplate(database.dataSource());
        this.snapshotRead = new TransactionTemplate(new DataSourceTransactionManager(database.dataSource()));
        snapshotRead.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshotRead.setReadOnly(true);
        this.json = json;
        this.versions = versions;
    }

    /** The index and status at the current versions, or null while the index is (re)built: then ask the SQL. */
    Snapshot fresh() {
        LiveVersions.Versions v = versions.current();
        ShelterIndex i = index;
        if (i == null || i.version() != v.data()) {
            rebuildInBackground();
            return null;
        }
        LiveStatuses s = statuses;
        if (s == null || !s.current(v)) {
            s = reloadStatuses(v);
        }
        return new Snapshot(i, s);
    }

    private LiveStatuses reloadStatuses(LiveVersions.Versions v) {
        synchronized (statusLock) {
            LiveStatuses s = statuses;
            if (s != null && s.current(v)) {
                return s; // another request reloaded it meanwhile
            }
            s = snapshotRead.execute(tx -> {
                long data = version("shelters/data_version.sql");
                long serial = version("shelters/status_version.sql");
                Map<Long, LiveStatuses.Entry> set = new HashMap<>();
                jdbc.query(SqlFiles.load("shelters/live_status.sql"), rs -> {
                    set.put(rs.getLong("id"), new LiveStatuses.Entry(rs.getString("status"), rs.getInt("occupants")));
                });
                return new LiveStatuses(data, serial, set);
            });
            statuses = s;
            return s;
        }
    }

    private void rebuildInBackground() {
        if (building.compareAndSet(false, true)) {
            try {
                builder.execute(() -> {
                    try {
                        index = load();
                    } catch (RuntimeException e) {
                        // The SQL search keeps answering; the next request tries again.
                    } finally {
                        building.set(false);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                building.set(false); // shutting down
            }
        }
    }

    /** Builds the index now (at start-up, and for tests that must not race the background build). */
    ShelterIndex load() {
        return snapshotRead.execute(tx -> {
            long version = version("shelters/data_version.sql");
            Map<Long, ArrayNode> entrances = new HashMap<>();
            record Row(long id, long shelter, String kind, boolean accessible, double lon, double lat) {}
            List<Row> waysInRows = new ArrayList<>();
            jdbc.query(SqlFiles.load("shelters/index_entrances.sql"), rs -> {
                long id = rs.getLong("id");
                long shelter = rs.getLong("shelter_id");
                String kind = rs.getString("kind");
                boolean accessible = rs.getBoolean("accessible");
                double lon = rs.getDouble("lon");
                double lat = rs.getDouble("lat");
                // As the SQL search lists them: every entrance, coordinates to 7 decimals (about 1 cm).
                entrances
                        .computeIfAbsent(shelter, k -> json.createArrayNode())
                        .addObject()
                        .put("id", id)
                        .put("kind", kind)
                        .put("accessible", accessible)
                        .put("lon", round7(lon))
                        .put("lat", round7(lat));
                if (rs.getBoolean("way_in")) {
                    waysInRows.add(new Row(id, shelter, kind, accessible, lon, lat));
                }
            });
            Map<Long, ShelterIndex.Shelter> shelters = new HashMap<>();
            jdbc.query(SqlFiles.load("shelters/index_shelters.sql"), rs -> {
                long id = rs.getLong("id");
                int ev = rs.getInt("ev_chargers");
                var template = new NearestShelter(
                        id,
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("address"),
                        rs.getString("district_name"),
                        (Integer) rs.getObject("capacity"),
                        rs.getString("open_status"),
                        rs.getBoolean("wheelchair_accessible"),
                        rs.getBoolean("has_parking"),
                        (Integer) rs.getObject("parking_spaces"),
                        (Integer) rs.getObject("parking_free"),
                        ev,
                        rs.getString("signage_status"),
                        (Integer) rs.getObject("signage_year"),
                        rs.getDouble("lon"),
                        rs.getDouble("lat"),
                        null,
                        entrances.getOrDefault(id, json.createArrayNode()),
                        0,
                        0,
                        NearestShelters.STRAIGHT_LINE,
                        0,
                        LiveStatuses.OPEN,
                        0,
                        rs.getString("managing_unit"),
                        rs.getString("duty_phone"),
                        rs.getString("last_verified"));
                shelters.put(
                        id,
                        new ShelterIndex.Shelter(
                                template,
                                shelters.size(),
                                "closed".equals(template.openStatus()),
                                template.wheelchairAccessible(),
                                template.hasParking(),
                                ev > 0));
            });
            List<ShelterIndex.WayIn> waysIn = new ArrayList<>();
            for (Row r : waysInRows) {
                ShelterIndex.Shelter s = shelters.get(r.shelter());
                if (s != null) {
                    waysIn.add(new ShelterIndex.WayIn(r.id(), s, r.kind(), r.accessible(), r.lon(), r.lat()));
                }
            }
            return new ShelterIndex(version, shelters, waysIn);
        });
    }

    private long version(String sqlFile) {
        Long v = jdbc.queryForObject(SqlFiles.load(sqlFile), Long.class);
        return v == null ? 0 : v;
    }

    private static double round7(double v) {
        return Math.round(v * 1e7) / 1e7;
    }

    /** Builds the index once the web server is up (not in a command run of the jar, which closes at once). */
    @EventListener(ApplicationReadyEvent.class)
    void warm(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext) {
            rebuildInBackground();
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        builder.shutdown();
        builder.awaitTermination(15, TimeUnit.SECONDS);
    }
}
