package org.sheltergis.geoserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sheltergis.security.Role;
import org.sheltergis.security.Users;
import org.sheltergis.support.Await;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.RegisterFixture;
import org.sheltergis.support.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Fresh tiles after every edit, end to end: an editor's change through the API leaves one outbox row in its
 * transaction; the sender turns it into GeoWebCache truncations of the affected layers and box, checked against
 * GeoServer's definitions, against the stand-in; GeoServer away does not slow or fail the edit and the truncation
 * goes once it is back.
 */
@IntegrationTest
class TileTruncationTest {

    static MockGeoServer geoserver = start(0);
    static final int PORT = geoserver.port();

    @DynamicPropertySource
    static void sender(DynamicPropertyRegistry r) {
        r.add("shelter.geoserver.tile-truncation.url", () -> "http://127.0.0.1:" + PORT + "/geoserver");
        r.add("shelter.geoserver.tile-truncation.user", () -> "admin");
        r.add("shelter.geoserver.tile-truncation.password", () -> "geoserver-secret");
        r.add("shelter.geoserver.tile-truncation.every", () -> "100ms");
        r.add("shelter.geoserver.tile-truncation.first-retry", () -> "200ms");
        r.add("shelter.geoserver.tile-truncation.max-retry", () -> "400ms");
        r.add("shelter.geoserver.tile-truncation.timeout", () -> "8s");
    }

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    RegisterFixture fixture;
    StaffClient editor;

    @BeforeEach
    void setUp() {
        fixture = new RegisterFixture(jdbc);
        editor = StaffClient.as(Role.EDITOR, port, users, tx);
    }

    @AfterEach
    void cleanUp() {
        fixture.cleanUp();
    }

    @AfterAll
    static void stop() {
        geoserver.close();
    }

    @Test
    void anEditTruncatesTheAffectedLayersInTheChangedBoxOnce() {
        long id = fixture.publicShelter("切片刷新测试");
        settle();
        double[] before = box(id);
        var f = editor.put("/api/edit/works/" + id + "/footprint", moved(id, 0.003));
        assertThat(f.status()).as(f.body()).isEqualTo(200);
        double[] after = box(id);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM core.tile_truncations WHERE done_at IS NULL OR done_at > now() - interval '1 minute'")
                        .query(Long.class)
                        .single())
                .isPositive();
        waitFor(() -> pending() == 0, "the truncation to be confirmed");

        List<MockGeoServer.Recorded> sent = truncations();
        // A footprint is read by the shelters, their points, their entrances (only public shelters' are public) and
        // the parking views, and the map group draws them all.
        List<String> expected = List.of(
                "shelter:shelters",
                "shelter:shelter_points",
                "shelter:entrances",
                "shelter:parking",
                "shelter:shelter_map");
        assertThat(sent).hasSize(expected.size() * 2);
        for (String layer : expected) {
            for (String grid : List.of("EPSG:4326", "EPSG:900913")) {
                assertThat(sent)
                        .filteredOn(r -> r.body().contains("<layerName>" + layer + "</layerName>")
                                && r.body().contains("<gridSetId>" + grid + "</gridSetId>"))
                        .hasSize(1);
            }
        }
        // The box is the footprint before and after, with the margin, in lon/lat on the WGS 84 grid.
        double m = 0.002;
        String bounds = String.format(
                Locale.ROOT,
                "<coords><double>%.7f</double><double>%.7f</double><double>%.7f</double>"
                        + "<double>%.7f</double></coords>",
                Math.min(before[0], after[0]) - m,
                Math.min(before[1], after[1]) - m,
                Math.max(before[2], after[2]) + m,
                Math.max(before[3], after[3]) + m);
        assertThat(sent)
                .filteredOn(r -> r.body().contains("EPSG:4326"))
                .allMatch(r -> r.body().contains(bounds));
        // … and in metres on the Web Mercator grid.
        assertThat(sent)
                .filteredOn(r -> r.body().contains("EPSG:900913"))
                .allMatch(r -> r.body().matches(".*<double>13[45]\\d{5}\\.\\d+</double>.*"));
        // Every request is one GeoServer's definitions know.
        for (var r : sent) {
            assertThat(RestDefinitions.load().check(r.method(), r.path(), r.contentType(), r.body()))
                    .allMatch(GeoServerDefinitionsTest::knownTruncationGap);
        }
        // Nothing restricted is ever named.
        assertThat(sent).noneMatch(r -> r.body().contains("shelter_staff"));
    }

    @Test
    void whenGeoServerIsDownEditsAreNotSlowedAndTheTruncationGoesWhenItIsBack() throws Exception {
        long id = fixture.publicShelter("停机测试");
        settle();
        geoserver.close();
        try {
            long t0 = System.nanoTime();
            var f = editor.put("/api/edit/works/" + id + "/footprint", moved(id, 0.002));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(f.status()).as(f.body()).isEqualTo(200);
            // Nothing waits for GeoServer (a blocked edit would wait for the sender's requests).
            assertThat(ms).as("edit time with GeoServer down").isLessThan(5000);
            waitFor(
                    () -> jdbc.sql("SELECT coalesce(max(attempts), 0) FROM core.tile_truncations WHERE done_at IS NULL")
                                    .query(Integer.class)
                                    .single()
                            >= 2,
                    "retries while GeoServer is down");
            assertThat(jdbc.sql(
                                    "SELECT last_error FROM core.tile_truncations WHERE done_at IS NULL ORDER BY id DESC LIMIT 1")
                            .query(String.class)
                            .single())
                    .contains("cannot connect");
        } finally {
            geoserver = start(PORT);
        }
        waitFor(() -> pending() == 0, "the truncation once GeoServer is back");
        assertThat(truncations()).hasSize(10);
    }

    @Test
    void aHangingGeoServerDoesNotDelayEdits() {
        long id = fixture.publicShelter("慢速测试");
        settle();
        geoserver.delay = r -> 5000;
        try {
            long worst = 0;
            for (int i = 1; i <= 3; i++) {
                long t0 = System.nanoTime();
                var f = editor.put("/api/edit/works/" + id + "/footprint", moved(id, 0.001));
                worst = Math.max(worst, (System.nanoTime() - t0) / 1_000_000);
                assertThat(f.status()).as(f.body()).isEqualTo(200);
            }
            assertThat(worst)
                    .as("slowest edit while each GeoServer answer takes 5 s")
                    .isLessThan(5000);
        } finally {
            geoserver.delay = r -> 0;
        }
        waitFor(() -> pending() == 0, "the truncations");
    }

    @Test
    void everyRegisterTableThePublicLayersReadQueuesTruncations() {
        List<String> views = new org.sheltergis.layers.LayerCatalog()
                .listLayers().stream()
                        .filter(l -> l.isPublic())
                        .map(l -> l.relation())
                        .toList();
        List<String> read = TileTruncationSender.publicViewSources(jdbc).stream()
                .filter(vt -> views.contains(vt[0]))
                .map(vt -> vt[1])
                .distinct()
                .toList();
        List<String> triggered = jdbc.sql(
                        "SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                + "WHERE t.tgname LIKE '%\\_tiles\\_u' ORDER BY 1")
                .query(String.class)
                .list();
        // core.settings (m² per person) too: its changes truncate whole layers (V17).
        assertThat(triggered).containsAll(read);
    }

    private void settle() {
        // Whatever earlier tests changed is not this test's business.
        jdbc.sql("UPDATE core.tile_truncations SET done_at = now() WHERE done_at IS NULL")
                .update();
        geoserver.requests.clear();
    }

    private long pending() {
        return jdbc.sql("SELECT count(*) FROM core.tile_truncations WHERE done_at IS NULL")
                .query(Long.class)
                .single();
    }

    private List<MockGeoServer.Recorded> truncations() {
        synchronized (geoserver.requests) {
            return geoserver.requests.stream()
                    .filter(r -> r.path().startsWith(TileTruncations.PATH))
                    .toList();
        }
    }

    private double[] box(long id) {
        return jdbc.sql("SELECT ST_XMin(footprint), ST_YMin(footprint), ST_XMax(footprint), ST_YMax(footprint) "
                        + "FROM core.works WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)})
                .single();
    }

    /** A footprint edit moving the work east by dx degrees. */
    private String moved(long id, double dx) {
        JsonNode state = editor.get("/api/edit/works/" + id).json();
        int v = state.path("work").path("version").asInt();
        double[] b = box(id);
        double x = b[0] + dx;
        double y = b[1];
        return String.format(
                Locale.ROOT,
                "{\"version\":%d,\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}}",
                v,
                x,
                y,
                x + 0.0006,
                y,
                x + 0.0006,
                y + 0.0005,
                x,
                y + 0.0005,
                x,
                y);
    }

    private static void waitFor(BooleanSupplier condition, String what) {
        Await.until(what, Duration.ofSeconds(30), condition);
    }

    private static MockGeoServer start(int port) {
        try {
            return new MockGeoServer("admin", "geoserver-secret", port);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
