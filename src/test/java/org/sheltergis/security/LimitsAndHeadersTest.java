package org.sheltergis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** Size limits, the report rate limit and the security headers of pages. */
@IntegrationTest
class LimitsAndHeadersTest {

    @LocalServerPort
    int port;
    @Autowired
    Users users;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    SecuritySettings settings;

    @Test
    void oversizedBodiesAreRefusedWith413() {
        Http http = new Http(port);
        String big = "{\"x\":\"" + "a".repeat((int) settings.maxBodyBytes() + 10) + "\"}";
        var anonymous = http.postJson("/api/public/reports", big);
        assertThat(anonymous.status()).isEqualTo(413);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        StaffClient editor = StaffClient.as(Role.EDITOR, port, users, tx);
        assertThat(editor.put("/api/edit/signage", big).status()).isEqualTo(413);
    }

    @Test
    void publicReportsAreRateLimitedPerAddress() {
        Http http = new Http(port);
        int limit = settings.reportRateLimit().requests();
        String address = "203.0.113." + (System.nanoTime() % 200 + 1);
        int refused = 0;
        for (int i = 0; i < limit + 2; i++) {
            var r = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/public/reports"))
                    .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                    .POST(HttpRequest.BodyPublishers.ofString("{}")));
            if (r.status() == 429) {
                refused++;
                assertThat(r.headers().firstValue("Retry-After")).isPresent();
                assertThat(r.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(refused).isEqualTo(2);
        // Another address is not affected.
        var other = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/public/reports"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", "203.0.113.250")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(other.status()).isNotEqualTo(429);
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        Http http = new Http(port);
        for (String path : new String[] {"/login.html", "/", "/api/layers"}) {
            var r = http.get(path, Map.of("Accept", "text/html"));
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(path).contains("default-src 'self'").contains("script-src 'self'")
                    .contains("frame-ancestors 'none'").doesNotContain("script-src 'self' 'unsafe-inline'");
            assertThat(csp).contains("https://*.tianditu.gov.cn");
            assertThat(r.headers().firstValue("X-Frame-Options").orElse("")).isEqualTo("DENY");
            assertThat(r.headers().firstValue("X-Content-Type-Options").orElse("")).isEqualTo("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy").orElse("")).isNotEmpty();
        }
    }

    @Test
    void theRateLimiterCountsAFixedWindow() {
        var clock = new java.util.concurrent.atomic.AtomicLong(0);
        var limiter = new ReportRateLimitFilter(new SecuritySettings.RateLimit(2, java.time.Duration.ofMinutes(1)),
                new java.time.Clock() {
                    public java.time.ZoneId getZone() {
                        return java.time.ZoneOffset.UTC;
                    }

                    public java.time.Clock withZone(java.time.ZoneId zone) {
                        return this;
                    }

                    public java.time.Instant instant() {
                        return java.time.Instant.ofEpochMilli(clock.get());
                    }
                });
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(60_000);
        assertThat(limiter.acquire("b")).isZero();
        clock.set(60_000);
        assertThat(limiter.acquire("a")).isZero();
    }
}
