package org.sheltergis.shelters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

/** No restricted work, and no restricted attribute, ever reaches a public response. */
@IntegrationTest
class PublicExposureTest {

    /**
     * Attributes of the register that are not public (protection details, function, construction). The managing
     * unit, its duty phone and the last-verified date are public for public shelters since V16 (issue 17: the unit
     * that maintains each work is what a citizen calls); DataProtectionTest checks they never appear for others.
     */
    private static final List<String> RESTRICTED_FIELDS = List.of(
            "function",
            "protection_level",
            "protectionLevel",
            "chemical_grade",
            "chemicalGrade",
            "construction_mode",
            "building_area",
            "protected_area",
            "sheltering_area",
            "completion_year",
            "changed_by");

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

    private Set<Long> restrictedIds() {
        return new HashSet<>(jdbc.sql("""
                SELECT id FROM core.works
                WHERE NOT public_shelter OR status <> 'in_service' OR function NOT IN ('personnel_1', 'personnel_2')
                """).query(Long.class).list());
    }

    @Test
    void theShelterListHoldsExactlyThePublicShelters() {
        Http.Response r = http.get("/api/public/shelters");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/geo+json");
        Set<Long> listed = new HashSet<>();
        for (JsonNode f : r.json().get("features")) {
            listed.add(f.get("id").asLong());
            for (String field : RESTRICTED_FIELDS) {
                assertThat(f.get("properties").has(field)).as(field).isFalse();
            }
        }
        Set<Long> expected = new HashSet<>(jdbc.sql("""
                SELECT id FROM core.works
                WHERE public_shelter AND status = 'in_service' AND function IN ('personnel_1', 'personnel_2')
                """).query(Long.class).list());
        assertThat(listed).isEqualTo(expected);
        for (String code : PublicMapFixtures.RESTRICTED_CODES) {
            assertThat(r.body()).doesNotContain(code);
        }
        assertThat(r.body()).doesNotContain("测试指挥所", "测试物资库", "测试非公共掩蔽所", "测试已报废掩蔽所", "机密");
    }

    @Test
    void theShelterListRevalidatesByEtag() {
        Http.Response first = http.get("/api/public/shelters");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(http.get("/api/public/shelters", java.util.Map.of("If-None-Match", etag))
                        .status())
                .isEqualTo(304);
    }

    @Test
    void theNearestSearchNeverAnswersWithARestrictedWork() {
        Set<Long> restricted = restrictedIds();
        assertThat(restricted).isNotEmpty();
        for (double[] p : PublicMapFixtures.RESTRICTED_POINTS) {
            for (String flags : List.of("", "&accessible=true", "&limit=20")) {
                Http.Response r = http.get("/api/public/nearest?lon=" + p[0] + "&lat=" + p[1] + flags);
                assertThat(r.status()).isEqualTo(200);
                for (JsonNode s : r.json().get("shelters")) {
                    assertThat(restricted).doesNotContain(s.get("id").asLong());
                    for (String field : RESTRICTED_FIELDS) {
                        assertThat(s.has(field)).as(field).isFalse();
                    }
                }
                for (String code : PublicMapFixtures.RESTRICTED_CODES) {
                    assertThat(r.body()).doesNotContain(code);
                }
            }
        }
    }
}
