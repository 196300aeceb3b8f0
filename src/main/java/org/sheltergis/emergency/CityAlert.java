package org.sheltergis.emergency;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.sheltergis.common.PublicDatabase;
import org.sheltergis.common.SqlFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public alert state, kept in memory: every open page asks for it in a rush, so it is answered without the
 * database. Several service instances share one database, so each one polls the cheap version row (the latest
 * change's id, an index lookup) every {@link AlertProperties#poll()} and rebuilds the document only when it moved;
 * the instance that made a change refreshes at once. New documents go to the open event streams.
 */
@Service
class CityAlert implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CityAlert.class);

    /** One version of the public document and its entity tag. */
    record Snapshot(String key, long version, String json, String etag) {}

    private final JdbcClient jdbc;
    private final AlertProperties settings;
    private final AlertBroadcast broadcast;
    private final JsonMapper json;
    private volatile Snapshot current;
    private ScheduledExecutorService timer;

    CityAlert(PublicDatabase database, AlertProperties settings, AlertBroadcast broadcast, JsonMapper json) {
        this.jdbc = database.jdbc();
        this.json = json;
        this.settings = settings;
        this.broadcast = broadcast;
    }

    /** The current document (read from the database only the first time, if the poller has not yet run). */
    Snapshot current() {
        Snapshot s = current;
        return s != null ? s : refresh();
    }

    /** Re-reads the document if its version moved; publishes a new one to the event streams. */
    synchronized Snapshot refresh() {
        String key = jdbc.sql(SqlFiles.load("emergency/alert_version.sql"))
                .query(String.class)
                .single();
        Snapshot s = current;
        if (s != null && s.key().equals(key)) {
            return s;
        }
        // PostgreSQL writes JSON with a space around every colon: compacted once here, not for every page.
        String json =
                this.json.writeValueAsString(this.json.readTree(jdbc.sql(SqlFiles.load("emergency/alert_state.sql"))
                        .param("siren_test_date", Date.valueOf(settings.sirenTestDate()))
                        .query(String.class)
                        .single()));
        long version = Long.parseLong(key.substring(0, key.indexOf(':')));
        // The version alone would survive a change of the siren test date in the settings; the checksum does not.
        var crc = new CRC32();
        crc.update(json.getBytes(StandardCharsets.UTF_8));
        s = new Snapshot(key, version, json, "\"alert-" + version + "-" + Long.toHexString(crc.getValue()) + "\"");
        boolean changed = current != null;
        current = s;
        if (changed) {
            broadcast.publish(s);
        }
        return s;
    }

    private void poll() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The database is away: keep answering the last known state; the next poll tries again.
            log.debug("alert state poll failed: {}", e.toString());
        }
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "city-alert-poll");
            t.setDaemon(true);
            return t;
        });
        long every = settings.poll().toMillis();
        timer.scheduleWithFixedDelay(this::poll, 0, every, TimeUnit.MILLISECONDS);
        long beat = settings.heartbeat().toMillis();
        timer.scheduleAtFixedRate(broadcast::heartbeat, beat, beat, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
