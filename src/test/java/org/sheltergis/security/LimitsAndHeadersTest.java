package org.sheltergis.security;

import static org.assertj.core.api.Assertions.assertThat;

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
    void pagesCarryTheSecurityHeaders() {
        Http http = new Http(port);
        for (String path : new String[] {"/login.html", "/", "/api/layers"}) {
            var r = http.get(path, Map.of("Accept", "text/html"));
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp)
                    .as(path)
                    .contains("default-src 'self'")
                    .contains("script-src 'self'")
                    .contains("frame-ancestors 'none'")
                    .doesNotContain("script-src 'self' 'unsafe-inline'");
            assertThat(csp).contains("https://*.tianditu.gov.cn");
            assertThat(r.headers().firstValue("X-Frame-Options").orElse("")).isEqualTo("DENY");
            assertThat(r.headers().firstValue("X-Content-Type-Options").orElse(""))
                    .isEqualTo("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy").orElse("")).isNotEmpty();
        }
    }
}
