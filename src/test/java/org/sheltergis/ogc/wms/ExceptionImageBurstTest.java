package org.sheltergis.ogc.wms;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sheltergis.support.Await;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.ServiceProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * A burst of anonymous 4096×4096 INIMAGE / BLANK GetMaps with an unknown layer against a service with a small heap
 * (issue 12: once 118 OutOfMemoryErrors in 15 s): the service must stay alive, log no OutOfMemoryError, and keep
 * answering small maps and health checks during the burst.
 */
@IntegrationTest
class ExceptionImageBurstTest {

    private static final int CLIENTS = 64;
    private static final Duration BURST = Duration.ofSeconds(10);
    private static final int MAX_REQUESTS = 4000;
    private static final String[] HOSTILE = {
        "EXCEPTIONS=INIMAGE&FORMAT=image/png", "EXCEPTIONS=BLANK&FORMAT=image/png",
        "EXCEPTIONS=INIMAGE&FORMAT=image/png8", "EXCEPTIONS=INIMAGE&FORMAT=image/png&TRANSPARENT=TRUE"
    };

    @Autowired
    Environment env;

    record Answer(int status, String contentType, long millis) {}

    @Test
    void hugeExceptionImagesNeitherExhaustMemoryNorStarveMaps() throws Exception {
        long started = System.nanoTime();
        try (ServiceProcess service = ServiceProcess.start(
                env, "exception-burst", List.of("-Xmx384m", "-XX:TieredStopAtLevel=1"), Duration.ofSeconds(150))) {
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            String base = service.base();
            long startup = (System.nanoTime() - started) / 1_000_000;
            String smallMap = base + "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=districts,shelters&STYLES="
                    + "&CRS=EPSG:4326&BBOX=31.95,120.80,32.05,120.95&WIDTH=256&HEIGHT=256&FORMAT=image/png";
            // Once before the burst, so what is measured during it is the burst, not a cold start (styles, fonts).
            assertThat(get(client, smallMap, Duration.ofSeconds(60)).status()).isEqualTo(200);
            AtomicInteger sent = new AtomicInteger();
            AtomicInteger images = new AtomicInteger();
            AtomicInteger reports = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            long end = System.nanoTime() + BURST.toNanos();

            ExecutorService burst = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                int client0 = c;
                burst.submit(() -> {
                    for (int i = 0; System.nanoTime() < end && sent.incrementAndGet() <= MAX_REQUESTS; i++) {
                        String q = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=no_such_layer_" + client0 + "_"
                                + i
                                + "&STYLES=&CRS=EPSG:4326&BBOX=31.9,120.8,32.1,121.0&WIDTH=4096&HEIGHT=4096&"
                                + HOSTILE[(client0 + i) % HOSTILE.length];
                        try {
                            Answer a = get(client, base + q, Duration.ofSeconds(40));
                            if (a.status() != 200) {
                                failures.add(a.status() + " " + q);
                            } else if (a.contentType().startsWith("image/png")) {
                                images.incrementAndGet();
                            } else if (a.contentType().startsWith("text/xml")) {
                                reports.incrementAndGet();
                            } else {
                                failures.add(a.contentType() + " " + q);
                            }
                        } catch (Exception e) {
                            failures.add(e + " " + q);
                        }
                    }
                });
            }

            // Meanwhile an ordinary client: a small map and a health check, over and over.
            List<Answer> maps = new java.util.ArrayList<>();
            List<Answer> health = new java.util.ArrayList<>();
            // The burst first builds up: every client has a huge map under way.
            Await.until("all " + CLIENTS + " burst clients sending", BURST, () -> sent.get() >= CLIENTS);
            while (System.nanoTime() < end) {
                maps.add(get(client, smallMap, Duration.ofSeconds(30)));
                health.add(get(client, base + "/actuator/health", Duration.ofSeconds(30)));
            }
            burst.shutdown();
            assertThat(burst.awaitTermination(60, TimeUnit.SECONDS))
                    .as("the burst's clients finished")
                    .isTrue();

            String log = service.log();
            assertThat(log).as("service log").doesNotContain("OutOfMemoryError");
            assertThat(service.isAlive()).isTrue();
            assertThat(failures)
                    .as("burst answers that were neither an image nor an exception report")
                    .isEmpty();
            assertThat(images.get()).as("exception images drawn").isPositive();
            assertThat(images.get() + reports.get()).as("burst answers").isGreaterThan(CLIENTS);
            assertThat(maps)
                    .as("small maps during the burst")
                    .isNotEmpty()
                    .allSatisfy(
                            a -> assertThat(a.status() + " " + a.contentType()).isEqualTo("200 image/png"));
            assertThat(health)
                    .as("health checks during the burst")
                    .isNotEmpty()
                    .allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
            System.out.printf(
                    "startup %d ms; burst: %d requests, %d exception images, %d XML reports; "
                            + "%d small maps (slowest %d ms), %d health checks (slowest %d ms)%n",
                    startup,
                    Math.min(sent.get(), MAX_REQUESTS),
                    images.get(),
                    reports.get(),
                    maps.size(),
                    maps.stream().mapToLong(Answer::millis).max().orElse(0),
                    health.size(),
                    health.stream().mapToLong(Answer::millis).max().orElse(0));
        }
    }

    private static Answer get(HttpClient client, String url, Duration timeout) throws Exception {
        long start = System.nanoTime();
        HttpResponse<byte[]> r = client.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(
                r.statusCode(),
                r.headers().firstValue("Content-Type").orElse(""),
                (System.nanoTime() - start) / 1_000_000);
    }
}
