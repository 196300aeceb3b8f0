package org.sheltergis.shelters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * With a road layer loaded the search walks the network (pgRouting). A U-shaped street in 启东 far from every other
 * shelter: shelter A is 333 m away as the crow flies but across the U (about 2.2 km on foot); shelter B is 567 m
 * down the street. The straight line ranks A first, the network ranks B first. The roads are removed afterwards.
 */
@IntegrationTest
class PublicRoutingTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    RoadNetwork roads;

    /** The fixtures were this class's: the classes after it find the register without them. */
    @AfterAll
    static void removeFixtures(@Autowired DataSource dataSource) {
        PublicMapFixtures.remove(dataSource);
    }

    @BeforeEach
    void setUp() {
        PublicMapFixtures.load(dataSource);
        jdbc.sql("""
                INSERT INTO core.roads (name, geom)
                SELECT 'south', ST_MakeLine(ST_SetSRID(ST_MakePoint(121.600 + i * 0.001, 31.850), 4326),
                                            ST_SetSRID(ST_MakePoint(121.601 + i * 0.001, 31.850), 4326))
                FROM generate_series(0, 9) i
                UNION ALL
                SELECT 'east', ST_MakeLine(ST_SetSRID(ST_MakePoint(121.610, 31.850 + i * 0.001), 4326),
                                           ST_SetSRID(ST_MakePoint(121.610, 31.851 + i * 0.001), 4326))
                FROM generate_series(0, 2) i
                UNION ALL
                SELECT 'north', ST_MakeLine(ST_SetSRID(ST_MakePoint(121.610 - i * 0.001, 31.853), 4326),
                                            ST_SetSRID(ST_MakePoint(121.609 - i * 0.001, 31.853), 4326))
                FROM generate_series(0, 9) i
                """).update();
        jdbc.sql("SELECT core.build_road_topology()").query(Integer.class).single();
        for (String[] w : new String[][] {{"PM-TEST-RA", "121.600", "31.853"}, {"PM-TEST-RB", "121.606", "31.850"}}) {
            long id = jdbc.sql("""
                    INSERT INTO core.works (code, name, function, construction_mode, district_code, footprint, capacity,
                                            public_shelter, open_status)
                    VALUES (:code, :code, 'personnel_2', 'attached', '320681',
                            ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(:lon::float8, :lat::float8 + 0.0002), 4326), 0.0001)),
                            300, true, 'open')
                    RETURNING id""")
                    .param("code", w[0])
                    .param("lon", w[1])
                    .param("lat", w[2])
                    .query(Long.class)
                    .single();
            jdbc.sql("""
                    INSERT INTO core.entrances (work_id, kind, geom)
                    VALUES (:id, 'pedestrian', ST_SetSRID(ST_MakePoint(:lon::float8, :lat::float8), 4326))""").param("id", id).param("lon", w[1]).param("lat", w[2]).update();
        }
        roads.refresh();
    }

    @AfterEach
    void tearDown() {
        jdbc.sql("TRUNCATE core.roads, core.road_vertices").update();
        jdbc.sql("DELETE FROM core.works WHERE code IN ('PM-TEST-RA', 'PM-TEST-RB')")
                .update();
        roads.refresh();
    }

    @Test
    void walksTheStreetsWhenARoadLayerIsLoaded() {
        JsonNode shelters = new Http(port)
                .get("/api/public/nearest?lon=121.6&lat=31.85&limit=2")
                .json()
                .get("shelters");
        assertThat(shelters.size()).isEqualTo(2);
        JsonNode first = shelters.get(0), second = shelters.get(1);
        assertThat(first.get("code").asString()).isEqualTo("PM-TEST-RB");
        assertThat(first.get("method").asString()).isEqualTo("network");
        double b = jdbc.sql(
                        "SELECT ST_Distance('SRID=4326;POINT(121.6 31.85)'::geography, 'SRID=4326;POINT(121.606 31.85)'::geography)")
                .query(Double.class)
                .single();
        assertThat(first.get("distance_m").asDouble()).isCloseTo(b, within(1.0));
        assertThat(second.get("code").asString()).isEqualTo("PM-TEST-RA");
        double around = jdbc.sql("SELECT sum(cost_m) FROM core.roads")
                .query(Double.class)
                .single();
        assertThat(second.get("distance_m").asDouble()).isCloseTo(around, within(1.0));
        assertThat(second.get("straight_m").asDouble())
                .isLessThan(first.get("straight_m").asDouble());
    }
}
