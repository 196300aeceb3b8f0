package org.sheltergis.shelters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The nearest-shelter search against a brute-force PostGIS answer over the register itself. */
@IntegrationTest
class PublicNearestTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    Http http;

    /** The fixtures were this class's: the classes after it find the register without them. */
    @AfterAll
    static void removeFixtures(@Autowired DataSource dataSource) {
        PublicMapFixtures.remove(dataSource);
    }

    @BeforeEach
    void setUp() {
        PublicMapFixtures.load(dataSource);
        http = new Http(port);
    }

    /**
     * Reference: every public, in-service, not-closed personnel shelter, geodesic distance (ADR 0016) to its nearest way
     * in (not an emergency exit).
     */
    private List<Object[]> expected(
            double lon, double lat, int limit, boolean accessible, boolean parking, boolean ev) {
        return jdbc.sql("""
                SELECT w.id, min(ST_Distance(e.geom::geography, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography)) AS m
                FROM core.works w
                JOIN core.entrances e ON e.work_id = w.id AND e.kind <> 'emergency'
                LEFT JOIN core.parking p ON p.work_id = w.id
                WHERE w.public_shelter AND w.status = 'in_service' AND w.function IN ('personnel_1', 'personnel_2')
                  AND w.open_status <> 'closed'
                  AND (NOT :accessible OR (e.accessible AND w.wheelchair_accessible))
                  AND (NOT :parking OR p.work_id IS NOT NULL)
                  AND (NOT :ev OR coalesce(p.ev_chargers_in_service, 0) > 0)
                GROUP BY w.id ORDER BY m, w.id LIMIT :limit
                """)
                .param("lon", lon)
                .param("lat", lat)
                .param("limit", limit)
                .param("accessible", accessible)
                .param("parking", parking)
                .param("ev", ev)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getDouble(2)})
                .list();
    }

    private void assertMatches(double lon, double lat, int limit, String flags, boolean a, boolean p, boolean e) {
        JsonNode body = http.get("/api/public/nearest?lon=" + lon + "&lat=" + lat + "&limit=" + limit + flags)
                .json();
        List<Object[]> want = expected(lon, lat, limit, a, p, e);
        JsonNode got = body.get("shelters");
        assertThat(got.size()).as("count at %s,%s%s", lon, lat, flags).isEqualTo(want.size());
        double factor = body.get("detour_factor").asDouble();
        double previous = 0;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < want.size(); i++) {
            JsonNode s = got.get(i);
            ids.add(s.get("id").asLong());
            assertThat(s.get("id").asLong())
                    .as("rank %d at %s,%s%s", i, lon, lat, flags)
                    .isEqualTo(want.get(i)[0]);
            double straight = (double) want.get(i)[1];
            assertThat(s.get("straight_m").asDouble()).isCloseTo(straight, within(0.1));
            assertThat(s.get("distance_m").asDouble()).isCloseTo(straight * factor, within(0.1));
            assertThat(s.get("method").asString()).isEqualTo("straight_line");
            assertThat(s.get("walk_minutes").asInt()).isEqualTo((int) Math.max(1, Math.ceil(straight * factor / 75.0)));
            assertThat(s.get("distance_m").asDouble()).isGreaterThanOrEqualTo(previous);
            previous = s.get("distance_m").asDouble();
        }
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void ordersAndMeasuresLikePostgis() {
        double[][] points = {{120.8951, 32.0102}, {120.86, 31.99}, {120.9, 32.02}, {120.935, 32.045}, {120.88, 32.005}};
        for (double[] p : points) {
            assertMatches(p[0], p[1], 5, "", false, false, false);
        }
        assertMatches(120.9, 32.01, 20, "", false, false, false);
    }

    @Test
    void filtersAccessibleParkingAndEv() {
        assertMatches(120.9, 32.01, 5, "&accessible=true", true, false, false);
        assertMatches(120.9, 32.01, 5, "&parking=true", false, true, false);
        assertMatches(120.9, 32.01, 5, "&ev=true", false, false, true);
        assertMatches(120.9, 32.01, 5, "&accessible=true&parking=true&ev=true", true, true, true);
        JsonNode accessible = http.get("/api/public/nearest?lon=120.9&lat=32.01&accessible=true")
                .json()
                .get("shelters");
        for (JsonNode s : accessible) {
            assertThat(s.get("wheelchair_accessible").asBoolean()).isTrue();
            assertThat(s.get("entrance").get("accessible").asBoolean()).isTrue();
        }
    }

    @Test
    void defaultIsFiveWithEntrancesAndStatus() {
        JsonNode s = http.get("/api/public/nearest?lon=120.9&lat=32.01").json().get("shelters");
        assertThat(s.size()).isEqualTo(5);
        JsonNode first = s.get(0);
        assertThat(first.get("entrances").size()).isGreaterThan(0);
        assertThat(first.get("entrance").get("kind").asString()).isIn("pedestrian", "vehicle");
        assertThat(first.has("capacity")).isTrue();
        assertThat(first.get("open_status").asString()).isIn("open", "on_alert");
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        assertProblem("/api/public/nearest?lon=116.4&lat=39.9", "lon"); // Beijing: outside Nantong
        assertProblem("/api/public/nearest?lon=120.9&lat=33.5", "lat"); // north of Nantong
        assertProblem("/api/public/nearest?lon=120.9&lat=95", "lat"); // not a latitude
        assertProblem("/api/public/nearest?lon=200&lat=32", "lon");
        assertProblem("/api/public/nearest?lon=NaN&lat=32", "lon");
        assertProblem("/api/public/nearest?lon=abc&lat=32", "lon");
        assertProblem("/api/public/nearest?lat=32", "lon");
        assertProblem("/api/public/nearest?lon=120.9&lat=32.01&limit=21", "limit");
        assertProblem("/api/public/nearest?lon=120.9&lat=32.01&limit=0", "limit");
        assertProblem("/api/public/nearest?lon=120.9&lat=32.01&accessible=maybe", "accessible");
    }

    private void assertProblem(String path, String parameter) {
        Http.Response r = http.get(path);
        assertThat(r.status()).as(path).isEqualTo(400);
        assertThat(r.contentType()).as(path).startsWith("application/problem+json");
        assertThat(r.json().get("parameter").asString()).as(path).isEqualTo(parameter);
    }

    @Test
    void mapConfigDescribesTilesAndDistanceRules() {
        JsonNode c = http.get("/api/public/map-config").json();
        assertThat(c.get("tiles").get("crs").asString()).isEqualTo("wgs84");
        assertThat(c.get("tiles").get("layers").get(0).asString()).contains("{z}");
        assertThat(c.get("detour_factor").asDouble()).isEqualTo(1.3);
        assertThat(c.get("area").size()).isEqualTo(4);
        var amap = MapConfig.tiles(new PublicMapProperties.Tiles("amap", null, null, null, null, null, null));
        assertThat(amap.get("crs")).isEqualTo("gcj02");
        var tianditu = MapConfig.tiles(new PublicMapProperties.Tiles("tianditu", null, null, null, null, null, "KEY"));
        assertThat(tianditu.get("crs")).isEqualTo("wgs84");
        assertThat(tianditu.get("layers").toString()).contains("tk=KEY");
    }
}
