package org.sheltergis.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** /api/stats computes the campaigns' figures from the register, in any test order. */
@IntegrationTest
class StatsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient register;

    @Test
    void statsCountTheCampaignsOfTheRegister() {
        var r = new Http(port).get("/api/stats");
        assertThat(r.status()).isEqualTo(200);
        JsonNode stats = r.json();
        JsonNode parking = stats.path("parking");
        int year = parking.path("year").asInt();
        assertThat(year).isEqualTo(2026);
        // Counted here from the public views the answer is drawn from, so the test holds whatever other tests
        // have added to the register; the sample's own figures (21 works, 2701 spaces, 276 signs left) are
        // SampleGeneratorTest's, on a database of its own.
        long opened = count("SELECT count(*) FROM pub.parking WHERE opened_year = :year", year);
        long spaces = count("SELECT coalesce(sum(total_spaces), 0) FROM pub.parking WHERE opened_year = :year", year);
        assertThat(parking.path("works_opened_this_year").asLong()).isEqualTo(opened);
        assertThat(parking.path("spaces_opened_this_year").asLong()).isEqualTo(spaces);
        assertThat(parking.path("plan_spaces").asInt()).isEqualTo(3000);
        assertThat(parking.path("share_of_plan").asDouble()).isEqualTo(Math.round(spaces / 3000.0 * 10_000) / 10_000.0);
        long remaining = count("SELECT count(*) FROM pub.shelters WHERE signage_status <> 'upgraded'", year);
        assertThat(stats.path("signage").path("remaining").asLong()).isEqualTo(remaining);
        assertThat(stats.path("signage").path("none").asInt()
                        + stats.path("signage").path("outdated").asInt())
                .isEqualTo((int) remaining);
        assertThat(stats.path("shelters").path("count").asInt()).isPositive();
        assertThat(stats.path("by_district").size()).isPositive();
        assertThat(stats.has("register"))
                .as("restricted figures are not for anonymous callers")
                .isFalse();
    }

    private long count(String sql, int year) {
        var statement = register.sql(sql);
        if (sql.contains(":year")) {
            statement = statement.param("year", year);
        }
        return statement.query(Long.class).single();
    }

    @Test
    void statsAgreeWithTheRegister() {
        long works = register.sql("SELECT count(*) FROM core.works")
                .query(Long.class)
                .single();
        assertThat(works).isGreaterThanOrEqualTo(800);
        long population = register.sql("SELECT sum(population) FROM core.population")
                .query(Long.class)
                .single();
        assertThat(population).isBetween(1_000_000L, 1_500_000L);
        assertThat(register.sql("SELECT count(*) FROM core.plan_units")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(30);
        assertThat(register.sql("SELECT count(*) FROM core.candidate_sites")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(40);
        assertThat(register.sql("SELECT count(*) FROM core.candidate_sites WHERE name LIKE '文亮小学%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(register.sql("SELECT count(*) FROM core.pois WHERE name IN ('郭里园小学', '五山小学')")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }
}
