package org.sheltergis.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sheltergis.changes.RegisterChanges;
import org.sheltergis.security.ApiKeys;
import org.sheltergis.security.Role;
import org.sheltergis.security.Users;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The cache is never stale: an edit through the edit API changes the cached tiles over the edited work on the very next
 * request — WMS GetMap tiles as Leaflet asks them and OGC API vector and map tiles alike — while a tile elsewhere stays
 * cached, with the same bytes and validator.
 */
@IntegrationTest
class TileCacheFreshnessTest {

    /** Two public shelters in the sea east of Qidong (no sample data there), in different tiles at zoom 15. */
    static final double[] HERE = {122.700, 32.700};

    static final double[] ELSEWHERE = {122.800, 32.700};
    static final int Z = 15;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Users users;

    @Autowired
    ApiKeys keys;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    RegisterChanges changes;

    final HttpClient http = HttpClient.newHttpClient();
    long here;
    long elsewhere;

    @BeforeEach
    void setUp() {
        cleanUp();
        here = work("TILE-HERE", HERE);
        elsewhere = work("TILE-ELSEWHERE", ELSEWHERE);
        changes.sync(); // written over JDBC, outside the service's transactions: read the outbox now
    }

    @AfterEach
    void cleanUp() {
        jdbc.sql("DELETE FROM core.works WHERE code LIKE 'TILE-%'").update();
        jdbc.sql("DELETE FROM core.districts WHERE code = '329902'").update();
        changes.sync();
    }

    @Test
    void anEditChangesTheTilesOverItOnTheNextRequestAndNoOther() throws Exception {
        WebMercatorQuad.TileId a = tileAt(HERE);
        WebMercatorQuad.TileId b = tileAt(ELSEWHERE);
        assertThat(a).isNotEqualTo(b);
        // The OGC API map tile and the WMS GetMap of the same cell are one drawing: one cache entry serves both.
        String[] paths = {wms(a), mvt(a), png(a)};
        String[] others = {wms(b), mvt(b), png(b)};
        String[] firstFrom = {"drawn", "drawn", "memory"};

        byte[][] before = new byte[3][];
        byte[][] otherBefore = new byte[3][];
        String[] otherTags = new String[3];
        for (int i = 0; i < 3; i++) {
            assertThat(get(paths[i]).headers().firstValue(TileCache.HEADER))
                    .as(paths[i])
                    .hasValue(firstFrom[i]);
            var again = get(paths[i]);
            assertThat(again.headers().firstValue(TileCache.HEADER))
                    .as(paths[i])
                    .hasValue("memory");
            before[i] = again.body();
            get(others[i]);
            var other = get(others[i]);
            assertThat(other.headers().firstValue(TileCache.HEADER)).hasValue("memory");
            otherBefore[i] = other.body();
            otherTags[i] = other.headers().firstValue("ETag").orElse("");
        }
        assertThat(before[2]).isEqualTo(before[0]);

        StaffClient editor = StaffClient.as(Role.EDITOR, port, users, tx);
        JsonNode state = editor.get("/api/edit/works/" + here).json();
        int version = state.path("work").path("version").asInt();
        // Moved 300 m east, still inside tile a.
        double x = HERE[0] + 0.003;
        double y = HERE[1];
        String moved = String.format(
                Locale.ROOT,
                "{\"version\":%d,\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                        + "[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}}",
                version,
                x,
                y,
                x + 0.002,
                y,
                x + 0.002,
                y + 0.002,
                x,
                y + 0.002,
                x,
                y);
        assertThat(editor.put("/api/edit/works/" + here + "/footprint", moved).status())
                .isEqualTo(200);

        // The very next requests: the tiles over the work are drawn anew (the map tile then shares the new drawing).
        String[] afterFrom = {"drawn", "drawn", "memory"};
        for (int i = 0; i < 3; i++) {
            var after = get(paths[i]);
            assertThat(after.headers().firstValue(TileCache.HEADER))
                    .as(paths[i])
                    .hasValue(afterFrom[i]);
            assertThat(Arrays.equals(after.body(), before[i])).as(paths[i]).isFalse();
            var other = get(others[i]);
            assertThat(other.headers().firstValue(TileCache.HEADER))
                    .as(others[i])
                    .hasValue("memory");
            assertThat(other.body()).isEqualTo(otherBefore[i]);
            assertThat(other.headers().firstValue("ETag")).hasValue(otherTags[i]);
        }
    }

    @Test
    void aChangeOutsideTheServiceIsSeenOnceTheOutboxIsRead() throws Exception {
        WebMercatorQuad.TileId a = tileAt(HERE);
        get(mvt(a));
        var cached = get(mvt(a));
        assertThat(cached.headers().firstValue(TileCache.HEADER)).hasValue("memory");
        jdbc.sql("UPDATE core.works SET name = 'TILE-RENAMED' WHERE id = :id")
                .param("id", here)
                .update();
        changes.sync(); // what the poll (shelter.changes.poll) does for changes made outside the service
        var r = get(mvt(a));
        assertThat(r.headers().firstValue(TileCache.HEADER)).hasValue("drawn");
        assertThat(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("TILE-RENAMED");
        assertThat(new String(cached.body(), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("TILE-RENAMED");
    }

    @Test
    void restrictedTilesAreForScopedKeysOnlyAndCachedApart() throws Exception {
        WebMercatorQuad.TileId a = tileAt(HERE);
        String path = "/ogcapi/collections/works/tiles/WebMercatorQuad/" + a.path();
        assertThat(get(path).statusCode()).isEqualTo(404);
        assertThat(get("/ogcapi/collections/works/tiles").statusCode()).isEqualTo(404);
        String key = StaffClient.apiKey(keys, tx, "works");
        var r = get(path, Map.of("X-API-Key", key));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control").orElse("")).contains("private");
        assertThat(get(path).statusCode()).isEqualTo(404);
    }

    private WebMercatorQuad.TileId tileAt(double[] lonLat) {
        long n = 1L << Z;
        long x = (long) Math.floor((lonLat[0] + 180) / 360 * n);
        double r = Math.toRadians(lonLat[1]);
        long y = (long) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n);
        return new WebMercatorQuad.TileId(Z, x, y);
    }

    /** The GetMap Leaflet's L.tileLayer.wms sends for that tile. */
    private static String wms(WebMercatorQuad.TileId t) {
        double[] b = WebMercatorQuad.bounds(t);
        return String.format(
                Locale.ROOT,
                "/wms?service=WMS&request=GetMap&version=1.1.1&layers=shelters&styles=&format=image%%2Fpng"
                        + "&transparent=true&width=256&height=256&srs=EPSG%%3A3857&bbox=%s,%s,%s,%s",
                b[0],
                b[1],
                b[2],
                b[3]);
    }

    private static String mvt(WebMercatorQuad.TileId t) {
        return "/ogcapi/collections/shelters/tiles/WebMercatorQuad/" + t.path();
    }

    private static String png(WebMercatorQuad.TileId t) {
        return "/ogcapi/collections/shelters/map/tiles/WebMercatorQuad/" + t.path();
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return get(path, Map.of());
    }

    private HttpResponse<byte[]> get(String path, Map<String, String> headers) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private long work(String code, double[] at) {
        jdbc.sql("""
                INSERT INTO core.districts (code, name_zh, name_en, geom)
                VALUES ('329902', '测试海域二', 'Test sea 2', ST_Multi(ST_MakeEnvelope(122.6, 32.6, 122.9, 32.8, 4326)))
                ON CONFLICT DO NOTHING
                """).update();
        return jdbc.sql("""
                INSERT INTO core.works (code, name, function, construction_mode, district_code, footprint,
                                        sheltering_area, public_shelter, status)
                VALUES (:code, :code, 'personnel_2', 'attached', '329902',
                        ST_Multi(ST_MakeEnvelope(:x, :y, :x + 0.002, :y + 0.002, 4326)), 1000, true, 'in_service')
                RETURNING id
                """)
                .param("code", code)
                .param("x", at[0])
                .param("y", at[1])
                .query(Long.class)
                .single();
    }
}
