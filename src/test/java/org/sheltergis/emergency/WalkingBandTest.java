package org.sheltergis.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sheltergis.shelters.RoadNetwork;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The 5-minute walking band: without roads a circle of 5 min × 75 m/min ÷ 1.3; with a road layer the streets reached
 * within 375 m over the network (pgRouting's driving distance). A U-shaped street: a point 330 m down the street is
 * inside (though outside the circle), the other arm of the U, 335 m away as the crow flies but 2 km on foot, is not.
 */
@IntegrationTest
class WalkingBandTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RoadNetwork roads;

    @AfterEach
    void tearDown() {
        jdbc.sql("TRUNCATE core.roads, core.road_vertices").update();
        roads.refresh();
    }

    @Test
    void aCircleWithoutRoads() {
        JsonNode band =
                new Http(port).get("/api/public/walk-band?lon=121.6&lat=31.85").json();
        assertThat(band.get("method").asString()).isEqualTo("straight_line");
        assertThat(band.get("minutes").asInt()).isEqualTo(5);
        assertThat(band.get("radius_m").asDouble()).isCloseTo(5 * 75 / 1.3, within(0.1));
    }

    @Test
    void theStreetsReachedOverTheNetwork() {
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
        roads.refresh();

        JsonNode band =
                new Http(port).get("/api/public/walk-band?lon=121.6&lat=31.85").json();
        assertThat(band.get("method").asString()).isEqualTo("network");
        String area = band.get("geometry").toString();
        assertThat(covers(area, 121.6035, 31.850)).as("330 m down the street").isTrue();
        assertThat(covers(area, 121.6050, 31.850)).as("470 m down the street").isFalse();
        assertThat(covers(area, 121.6005, 31.853)).as("the other arm of the U").isFalse();
        assertThat(covers(area, 121.6020, 31.8515))
                .as("between the arms, off the street")
                .isFalse();
    }

    @Test
    void aPointOutsideTheCityIsRefusedNamingTheField() {
        Http.Response r = new Http(port).get("/api/public/walk-band?lon=100&lat=31.85");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("parameter").asString()).isEqualTo("lon");
    }

    private boolean covers(String geoJson, double lon, double lat) {
        return jdbc.sql("SELECT ST_Covers(ST_GeomFromGeoJSON(:g), ST_SetSRID(ST_MakePoint(:lon, :lat), 4326))")
                .param("g", geoJson)
                .param("lon", lon)
                .param("lat", lat)
                .query(Boolean.class)
                .single();
    }
}
