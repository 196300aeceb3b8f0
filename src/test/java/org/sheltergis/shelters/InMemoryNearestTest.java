package org.sheltergis.shelters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sheltergis.support.Await;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The in-memory nearest search (ADR 0016) against the SQL search it replaces: the same shelters in the same order with
 * the same entrance and distances to the centimetre, with every filter and limit, on the fixtures and on a few hundred
 * random points; and an edit of the register or of the live status shows in the very next answer.
 */
@IntegrationTest
class InMemoryNearestTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    NearestShelters nearest;

    @Autowired
    InMemoryShelters memory;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    Http http;
    final List<Long> statusRows = new ArrayList<>();

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

    @AfterEach
    void cleanUp() {
        if (!statusRows.isEmpty()) {
            jdbc.sql("DELETE FROM core.shelter_status WHERE work_id = ANY(:ids)")
                    .param("ids", statusRows.toArray(Long[]::new))
                    .update();
        }
    }

    /** Waits until the index is current (it is rebuilt in the background after a change). */
    private InMemoryShelters.Snapshot current() {
        return Await.until(
                "the in-memory index to become current", Duration.ofSeconds(30), memory::fresh, s -> s != null);
    }

    private void assertSame(NearestQuery q) {
        current();
        List<NearestShelter> sql = nearest.find(q, false);
        List<NearestShelter> mem = nearest.find(q, true);
        String at = q.toString();
        assertThat(mem).as("count %s", at).hasSameSizeAs(sql);
        for (int i = 0; i < sql.size(); i++) {
            NearestShelter a = sql.get(i), b = mem.get(i);
            assertThat(b.id()).as("rank %d %s", i, at).isEqualTo(a.id());
            assertThat(b.straightM()).as("straight %d %s", i, at).isCloseTo(a.straightM(), within(0.01));
            assertThat(b.distanceM()).as("distance %d %s", i, at).isCloseTo(a.distanceM(), within(0.01));
            assertThat(b.walkMinutes()).isEqualTo(a.walkMinutes());
            assertThat(b.entrance().id())
                    .as("entrance %d %s", i, at)
                    .isEqualTo(a.entrance().id());
            assertThat(b.entrance().lon()).isEqualTo(a.entrance().lon());
            assertThat(b.entrance().lat()).isEqualTo(a.entrance().lat());
            // Everything else the answer says, as the client reads it.
            assertThat(json.writeValueAsString(b)).as("answer %d %s", i, at).isEqualTo(json.writeValueAsString(a));
            assertThat(b.status()).isEqualTo(a.status()).isEqualTo("open");
            assertThat(b.occupants()).isEqualTo(a.occupants());
        }
    }

    @Test
    void answersAsTheSqlOnTheFixturesWithEveryFilterAndLimit() {
        double[][] points = {{120.8951, 32.0102}, {120.86, 31.99}, {120.9, 32.02}, {120.935, 32.045}, {120.88, 32.005}};
        for (double[] p : points) {
            for (int flags = 0; flags < 8; flags++) {
                for (int limit : new int[] {1, 5, 20}) {
                    assertSame(
                            new NearestQuery(p[0], p[1], limit, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0));
                }
            }
        }
    }

    @Test
    void answersAsTheSqlOnRandomPoints() {
        Random random = new Random(15);
        for (int i = 0; i < 300; i++) {
            // Mostly the fixtures' and the city centre's streets, some across the whole served area.
            boolean wide = i % 10 == 0;
            double lon = wide ? 120.3 + random.nextDouble() * 1.5 : 120.84 + random.nextDouble() * 0.12;
            double lat = wide ? 31.7 + random.nextDouble() * 0.9 : 31.97 + random.nextDouble() * 0.09;
            int flags = random.nextInt(8);
            int limit = 1 + random.nextInt(20);
            assertSame(new NearestQuery(lon, lat, limit, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0));
        }
    }

    /** The shelter ids of an answer or a status list, in order. */
    private static List<Long> ids(JsonNode answer) {
        List<Long> out = new ArrayList<>();
        answer.get("shelters").forEach(s -> out.add(s.get("id").asLong()));
        return out;
    }

    private long firstId(JsonNode answer) {
        return answer.get("shelters").get(0).get("id").asLong();
    }

    private JsonNode ask(double lon, double lat) {
        return http.get("/api/public/nearest?lon=" + lon + "&lat=" + lat + "&limit=3")
                .json();
    }

    @Test
    void anEditShowsInTheNextAnswer() {
        current();
        double lon = 120.8805, lat = 32.0035;
        long first = firstId(ask(lon, lat));
        String before = jdbc.sql("SELECT open_status FROM core.works WHERE id = :id")
                .param("id", first)
                .query(String.class)
                .single();
        try {
            jdbc.sql("UPDATE core.works SET open_status = 'closed' WHERE id = :id")
                    .param("id", first)
                    .update();
            JsonNode after = ask(lon, lat);
            assertThat(ids(after)).doesNotContain(first);
            // ... and the index rebuilt for that version answers the same.
            current();
            assertThat(ids(ask(lon, lat))).doesNotContain(first);
        } finally {
            jdbc.sql("UPDATE core.works SET open_status = :s WHERE id = :id")
                    .param("s", before)
                    .param("id", first)
                    .update();
        }
        current();
        assertThat(firstId(ask(lon, lat))).isEqualTo(first);
    }

    @Test
    void fullAndClosedSheltersAreSkippedFromTheNextAnswerAndTheStatusListSaysSo() {
        current();
        double lon = 120.8985, lat = 32.0172;
        JsonNode answer = ask(lon, lat);
        long first = firstId(answer);
        long second = answer.get("shelters").get(1).get("id").asLong();
        int capacity = answer.get("shelters").get(0).get("capacity").asInt();
        assertThat(answer.get("shelters").get(0).get("status").asString()).isEqualTo("open");

        Http.Response list = http.get("/api/public/shelter-status");
        assertThat(list.status()).isEqualTo(200);
        String etag = list.headers().firstValue("ETag").orElseThrow();
        assertThat(http.get("/api/public/shelter-status", java.util.Map.of("If-None-Match", etag))
                        .status())
                .isEqualTo(304);

        // Occupants reaching the capacity make it full, without staff saying so.
        statusRows.add(first);
        jdbc.sql(
                        "INSERT INTO core.shelter_status (work_id, status, occupants, changed_by) VALUES (:id, 'open', :n, 'test')")
                .param("id", first)
                .param("n", capacity)
                .update();
        JsonNode now = ask(lon, lat);
        assertThat(firstId(now)).isEqualTo(second);
        assertThat(ids(now)).doesNotContain(first);
        Http.Response changed = http.get("/api/public/shelter-status", java.util.Map.of("If-None-Match", etag));
        assertThat(changed.status()).isEqualTo(200);
        JsonNode entry = entry(changed.json(), first);
        assertThat(entry.get("status").asString()).isEqualTo("full");
        assertThat(entry.get("occupants").asInt()).isEqualTo(capacity);
        assertThat(entry.get("capacity").asInt()).isEqualTo(capacity);
        assertThat(changed.json().get("version").asString()).isNotBlank();

        // Below capacity again: open; closed by staff: skipped.
        jdbc.sql("UPDATE core.shelter_status SET occupants = 1 WHERE work_id = :id")
                .param("id", first)
                .update();
        JsonNode reopened = ask(lon, lat).get("shelters").get(0);
        assertThat(reopened.get("id").asLong()).isEqualTo(first);
        assertThat(reopened.get("status").asString()).isEqualTo("open");
        assertThat(reopened.get("occupants").asInt()).isEqualTo(1);
        jdbc.sql("UPDATE core.shelter_status SET status = 'closed' WHERE work_id = :id")
                .param("id", first)
                .update();
        assertThat(firstId(ask(lon, lat))).isEqualTo(second);
        assertThat(entry(http.get("/api/public/shelter-status").json(), first)
                        .get("status")
                        .asString())
                .isEqualTo("closed");
        // The SQL search (used while the index is rebuilt) skips it too.
        assertThat(nearest.find(new NearestQuery(lon, lat, 3, false, false, false), false))
                .extracting(NearestShelter::id)
                .doesNotContain(first);
    }

    private static JsonNode entry(JsonNode list, long id) {
        for (JsonNode s : list.get("shelters")) {
            if (s.get("id").asLong() == id) {
                return s;
            }
        }
        throw new AssertionError("shelter " + id + " is not in the status list");
    }

    @Test
    void theStatusListHoldsEveryPublicShelterAndNothingElse() {
        JsonNode list = http.get("/api/public/shelter-status").json();
        List<Long> ids = ids(list);
        List<Long> expected = jdbc.sql("SELECT id FROM pub.shelters ORDER BY id")
                .query(Long.class)
                .list();
        assertThat(ids).isEqualTo(expected);
    }
}
