package org.sheltergis.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sheltergis.support.Await;
import org.sheltergis.support.Http;
import org.sheltergis.support.TemporaryCluster;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real outage: the service runs on a throw-away cluster of its own, which is stopped and started again. While it is
 * down every outlet answers 503 with Retry-After (problem+json for REST and the OGC API, a ServiceExceptionReport for
 * WMS), fast; once it is back they answer 200 again without a restart of the service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class DatabaseOutageTest {

    private static TemporaryCluster cluster;

    private static final String FEATURES = "/api/layers/shelters/features?limit=1";
    private static final String NEAREST = "/api/public/nearest?lon=120.87&lat=32.01";
    private static final String GET_MAP = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=shelters&STYLES="
            + "&CRS=EPSG:4326&BBOX=32.0,120.85,32.02,120.89&WIDTH=256&HEIGHT=256&FORMAT=image/png";
    private static final String ITEMS = "/ogcapi/collections/shelters/items?limit=1";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        cluster = TemporaryCluster.start();
        cluster.createDatabase("outage", true);
        cluster.serviceProperties("outage").forEach((k, v) -> registry.add(k, () -> v));
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void everyOutletAnswers503WhileTheDatabaseIsDownAndRecoversByItself() throws Exception {
        Http http = new Http(port);
        for (String path : List.of(FEATURES, NEAREST, GET_MAP, ITEMS)) {
            assertThat(http.get(path).status()).as(path).isEqualTo(200);
        }

        cluster.stop();
        try {
            for (String path : List.of(FEATURES, NEAREST, ITEMS)) {
                long start = System.nanoTime();
                Http.Response r = http.get(path);
                assertThat(r.status()).as(path + ": " + r.body()).isEqualTo(503);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).as(path).isLessThan(Duration.ofSeconds(10));
                assertThat(r.headers().firstValue("Retry-After")).as(path).hasValue("5");
                assertThat(r.contentType()).as(path).startsWith("application/problem+json");
                assertThat(r.json().get("status").asInt()).isEqualTo(503);
                assertThat(r.json().get("type").asText()).isEqualTo("urn:sheltergis:problem:database-unavailable");
            }
            Http.Response map = http.get(GET_MAP);
            assertThat(map.status()).as(map.body()).isEqualTo(503);
            assertThat(map.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(map.contentType()).startsWith("text/xml");
            assertThat(map.body()).contains("<ServiceExceptionReport", "NoApplicableCode", "database is not reachable");
        } finally {
            cluster.startServer();
        }

        long back = System.nanoTime();
        for (String path : List.of(FEATURES, NEAREST, GET_MAP, ITEMS)) {
            Duration left = Duration.ofSeconds(10).minusNanos(System.nanoTime() - back);
            Await.until(
                    path + " answering 200 after the database came back",
                    left,
                    () -> http.get(path).status(),
                    status -> status == 200);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - back)).isLessThan(Duration.ofSeconds(10));
    }
}
