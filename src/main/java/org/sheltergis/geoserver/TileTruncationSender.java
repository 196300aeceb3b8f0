package org.sheltergis.geoserver;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sheltergis.changes.RegisterChanges;
import org.sheltergis.common.SqlFiles;
import org.sheltergis.layers.LayerCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's pending truncations to GeoServer on a thread of its own, so an edit never waits for GeoServer
 * and never fails because of it. A row is done only when GeoServer confirmed every request it needs; until then it is
 * retried with exponential back-off, across restarts (the rows are in the database). Truncating twice is harmless, so
 * a row half sent before a failure is simply sent again. On only when shelter.geoserver.tile-truncation.url is set.
 */
@Component
@ConditionalOnExpression("'${shelter.geoserver.tile-truncation.url:}' != ''")
class TileTruncationSender {

    private static final Logger log = LoggerFactory.getLogger(TileTruncationSender.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final LayerCatalog catalog;
    private final GeoServerProperties publication;
    private final TileTruncationProperties settings;
    private final GeoServerRest rest;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tile-truncation");
        t.setDaemon(true);
        return t;
    });

    TileTruncationSender(
            JdbcClient jdbc,
            TransactionTemplate tx,
            LayerCatalog catalog,
            GeoServerProperties publication,
            TileTruncationProperties settings) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.catalog = catalog;
        this.publication = publication;
        this.settings = settings;
        this.rest = new GeoServerRest(
                settings.url(),
                settings.user() == null ? "" : settings.user(),
                settings.password() == null ? "" : settings.password(),
                settings.timeout());
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        long ms = settings.every().toMillis();
        thread.scheduleWithFixedDelay(this::sendSafely, ms, ms, TimeUnit.MILLISECONDS);
        log.info("tile truncation: sending the outbox to {} every {}", rest.base(), settings.every());
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }

    private void sendSafely() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            // The database may be briefly away; the next round tries again.
            log.warn("tile truncation: reading the outbox failed: {}", e.toString());
        }
    }

    /**
     * One round: the due rows, each in its own transaction (its row lock held while it is sent), until one fails —
     * GeoServer is then likely away, and the others wait for their own retry time.
     */
    int sendDue() {
        int sent = 0;
        for (int i = 0; i < settings.batch(); i++) {
            Boolean more = tx.execute(s -> sendOne());
            if (!Boolean.TRUE.equals(more)) {
                break;
            }
            sent++;
        }
        return sent;
    }

    /** Pairs {public view, register table it reads} (one definition: {@link RegisterChanges#viewSources}). */
    static List<String[]> publicViewSources(JdbcClient jdbc) {
        return RegisterChanges.viewSources(jdbc).tablesByView().entrySet().stream()
                .filter(e -> e.getKey().startsWith("pub."))
                .flatMap(e ->
                        e.getValue().stream().map(t -> new String[] {e.getKey().substring(4), t}))
                .toList();
    }

    /** @return null: nothing due; true: sent and done; false: not confirmed (retried later) */
    private Boolean sendOne() {
        var row = jdbc.sql(SqlFiles.load("geoserver/due_truncations.sql"))
                .param("margin", settings.margin())
                .param("limit", 1)
                .query((rs, n) -> new Object[] {
                    rs.getLong("id"),
                    rs.getArray("tables").getArray(),
                    rs.getBoolean("whole_layer")
                            ? null
                            : new double[] {
                                Math.max(rs.getDouble("min_lon") - settings.margin(), -180),
                                Math.max(rs.getDouble("min_lat") - settings.margin(), -90),
                                Math.min(rs.getDouble("max_lon") + settings.margin(), 180),
                                Math.min(rs.getDouble("max_lat") + settings.margin(), 90)
                            },
                    rs.getBoolean("whole_layer")
                            ? null
                            : new double[] {
                                rs.getDouble("min_x"),
                                rs.getDouble("min_y"),
                                rs.getDouble("max_x"),
                                rs.getDouble("max_y")
                            }
                })
                .optional();
        if (row.isEmpty()) {
            return null;
        }
        Object[] r = row.get();
        long id = (Long) r[0];
        List<String> tables = List.of((String[]) r[1]);
        List<String> views = publicViewSources(jdbc).stream()
                .filter(vt -> tables.contains(vt[1]))
                .map(vt -> vt[0])
                .distinct()
                .toList();
        var change = new TileTruncations.Change(views, (double[]) r[2], (double[]) r[3]);
        String error = null;
        for (Request request : TileTruncations.requests(TileTruncations.layers(catalog, publication, views), change)) {
            try {
                GeoServerRest.Answer a = rest.send(request);
                if (a.status() < 200 || a.status() > 299) {
                    error = GeoServerRest.explain(a.status(), a.body(), settings.user()) + " (" + request.line() + ")";
                }
            } catch (GeoServerRest.Failure e) {
                error = e.getMessage();
            }
            if (error != null) {
                break;
            }
        }
        if (error == null) {
            jdbc.sql(SqlFiles.load("geoserver/truncation_done.sql"))
                    .param("id", id)
                    .update();
        } else {
            log.warn("tile truncation {} not confirmed, will retry: {}", id, error);
            jdbc.sql(SqlFiles.load("geoserver/truncation_failed.sql"))
                    .param("id", id)
                    .param("error", error)
                    .param("first_ms", settings.firstRetry().toMillis())
                    .param("max_ms", settings.maxRetry().toMillis())
                    .update();
        }
        return error == null;
    }
}
