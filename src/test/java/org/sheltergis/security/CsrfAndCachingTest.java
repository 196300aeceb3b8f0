package org.sheltergis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * CSRF without cookie planting: the token as a request parameter counts only on the login form; every other write
 * needs the X-XSRF-TOKEN header; the ledger import refuses text/plain. Caching: whatever a logged-in caller gets is
 * no-store (or private), anonymous public answers are storable. Forwarded headers from a trusted proxy (the test
 * configuration trusts localhost) make the cookies Secure and name the client; untrusted ones: SessionsAcrossInstancesTest.
 */
@IntegrationTest
class CsrfAndCachingTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTokenAsAParameterIsRefusedOutsideTheLoginForm() {
        StaffClient admin = StaffClient.admin(port); // the login form itself sends _csrf as a field
        String token = admin.csrfToken();
        String key = "{\"name\":\"csrf-test\",\"layers\":[\"works\"]}";

        Http.Response query =
                admin.send(HttpRequest.newBuilder(URI.create(admin.base() + "/api/admin/keys?_csrf=" + token))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(key)));
        assertThat(query.status()).isEqualTo(403);
        assertThat(query.json().get("type").asString()).isEqualTo("urn:sheltergis:problem:csrf");

        Http.Response form = admin.send(HttpRequest.newBuilder(URI.create(admin.base() + "/api/admin/users/1/password"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&password=planted-password-1")));
        assertThat(form.status()).isEqualTo(403);

        Http.Response header = admin.post("/api/admin/keys", key);
        assertThat(header.status()).isEqualTo(201);
        admin.send("DELETE", "/api/admin/keys/" + header.json().get("id").asLong(), null);
    }

    @Test
    void theLedgerImportRefusesPlainText() {
        StaffClient admin = StaffClient.admin(port);
        Http.Response plain =
                admin.send(admin.withCsrf(HttpRequest.newBuilder(URI.create(admin.base() + "/api/ledger/import")))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("a,b\n1,2\n")));
        assertThat(plain.status()).isEqualTo(415);
        assertThat(plain.contentType()).startsWith("application/problem+json");
    }

    @Test
    void staffAnswersAreNoStoreAndAnonymousPublicOnesStorable() {
        StaffClient admin = StaffClient.admin(port);
        for (String path : List.of(
                "/api/me",
                "/admin/",
                "/editor/",
                "/planner/",
                "/dashboard/",
                "/api/layers/works/features?limit=1",
                "/api/layers/districts/features?limit=1",
                "/api/admin/users")) {
            assertThat(admin.get(path).headers().firstValue("Cache-Control").orElse(""))
                    .as(path)
                    .contains("no-store");
        }
        String restrictedMap = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=works&STYLES=&CRS=EPSG:4326"
                + "&BBOX=32.0,120.85,32.02,120.88&WIDTH=64&HEIGHT=64&FORMAT=image/png";
        var wms = admin.getBytes(restrictedMap);
        assertThat(wms.statusCode()).isEqualTo(200);
        assertThat(wms.headers().firstValue("Cache-Control").orElse("")).matches(".*(private|no-store).*");

        Http anonymous = new Http(port);
        for (String path :
                List.of("/", "/js/app.js", "/api/public/shelters", "/api/layers/districts/features?limit=1")) {
            String cc =
                    anonymous.get(path).headers().firstValue("Cache-Control").orElse("");
            assertThat(cc).as(path).doesNotContain("no-store").doesNotContain("private");
        }
    }

    @Test
    void aTrustedProxyMakesCookiesSecureAndNamesTheClient() {
        StaffClient viaProxy = StaffClient.anonymous(port).from("203.0.113.77");
        Http.Response page = viaProxy.send(HttpRequest.newBuilder(URI.create(viaProxy.base() + "/login.html"))
                .header("X-Forwarded-Proto", "https")
                .GET());
        assertThat(cookie(page, "XSRF-TOKEN")).contains("Secure").contains("SameSite=Lax");
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .as("HSTS is off by default")
                .isEmpty();

        // The client talks plain http to the "proxy", so its cookie store keeps the Secure cookie to itself: sent by
        // hand.
        String token = viaProxy.csrfToken();
        String form = "username=admin&password=" + StaffClient.ADMIN_PASSWORD + "&_csrf=" + token;
        Http.Response login = viaProxy.send(HttpRequest.newBuilder(URI.create(viaProxy.base() + "/login"))
                .header("X-Forwarded-Proto", "https")
                .header("Cookie", "XSRF-TOKEN=" + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).startsWith("https://");
        assertThat(cookie(login, "SESSION"))
                .contains("Secure")
                .contains("HttpOnly")
                .contains("SameSite=Lax");
        assertThat(jdbc.sql("""
                SELECT after->>'address' FROM core.audit WHERE object_type = 'login' AND action = 'login' ORDER BY id DESC LIMIT 1""").query(String.class).single()).isEqualTo("203.0.113.77");

        // Over plain http the cookie is not Secure, and still SameSite.
        Http.Response plain = StaffClient.anonymous(port).login("admin", StaffClient.ADMIN_PASSWORD);
        assertThat(cookie(plain, "SESSION")).doesNotContain("Secure").contains("SameSite=Lax");
    }

    static String cookie(Http.Response r, String name) {
        return r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "=") && !c.startsWith(name + "=;"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no " + name + " cookie in " + r.headers().map()));
    }
}
