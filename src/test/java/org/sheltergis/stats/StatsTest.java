package org.sheltergis.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The sample reproduces the office's 2021 figures (domain.md), and /api/stats computes them. Runs first (see
 * junit-platform.properties), on the sample as loaded: later tests add fixtures of their own.
 */
@IntegrationTest
@org.junit.jupiter.api.Order(1)
class StatsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient register;

    @Test
    void statsReproduceTheCampaignFigures() {
        var r = new Http(port).get("/api/stats");
        assertThat(r.status()).isEqualTo(200);
        JsonNode stats = r.json();
        JsonNode parking = stats.path("parking");
        assertThat(parking.path("year").asInt()).isEqualTo(2026);
        assertThat(parking.path("works_opened_this_year").asInt()).isEqualTo(21);
        assertThat(parking.path("spaces_opened_this_year").asInt()).isEqualTo(2701);
        assertThat(parking.path("plan_spaces").asInt()).isEqualTo(3000);
        assertThat(parking.path("share_of_plan").asDouble()).isEqualTo(0.9003);
        assertThat(stats.path("signage").path("remaining").asInt()).isEqualTo(276);
        assertThat(stats.path("signage").path("none").asInt()
                        + stats.path("signage").path("outdated").asInt())
                .isEqualTo(276);
        assertThat(stats.path("shelters").path("count").asInt()).isPositive();
        assertThat(stats.path("by_district").size()).isPositive();
        assertThat(stats.has("register"))
                .as("restricted figures are not for anonymous callers")
                .isFalse();
    }

    @Test
    void statsAgreeWithTheRegister() {
        JsonNode stats = new Http(port).get("/api/stats").json();
        long remaining = register.sql("SELECT count(*) FROM core.signage WHERE status <> 'upgraded'")
                .query(Long.class)
                .single();
        assertThat(stats.path("signage").path("remaining").asLong()).isEqualTo(remaining);
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
