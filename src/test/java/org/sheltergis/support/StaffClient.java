package org.sheltergis.support;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.sheltergis.security.ApiKeys;
import org.sheltergis.security.Role;
import org.sheltergis.security.Users;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A logged-in staff member for integration tests: a real form login (POST /login with the CSRF cookie's token), then
 * every call with the session cookie and, for unsafe methods, the X-XSRF-TOKEN header — as staff-fetch.js does.
 * Also makes users and API keys through the services, so a test can have any role or key it needs.
 */
public final class StaffClient {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    public static final String PASSWORD = "correct-horse-battery";
    /** The test administrator's password, as application-test.yml sets it. */
    public static final String ADMIN_PASSWORD = "test-admin-password-not-for-production";

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;
    private final String username;
    /**
     * The client's own address, sent as X-Forwarded-For (the test configuration trusts localhost as a proxy), so one
     * test's failed logins never count against another's address in the login throttle.
     */
    private String address = addressFor(SEQUENCE.incrementAndGet());

    private StaffClient(int port, String username) {
        this.base = "http://localhost:" + port;
        this.username = username;
    }

    /** Creates a user with this role (a fresh name) and logs in as it. */
    public static StaffClient as(Role role, int port, Users users, TransactionTemplate tx) {
        String name =
                role.name().toLowerCase() + "-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
        tx.executeWithoutResult(s -> users.create(name, "Test " + role, role, PASSWORD));
        StaffClient c = new StaffClient(port, name);
        Http.Response r = c.login(name, PASSWORD);
        if (r.status() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException(
                    "login failed: " + r.status() + " " + r.headers().map());
        }
        return c;
    }

    /** The administrator of the test database (its password is set in application-test.yml), logged in. */
    public static StaffClient admin(int port) {
        StaffClient c = new StaffClient(port, "admin");
        Http.Response r = c.login("admin", ADMIN_PASSWORD);
        if (r.status() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("admin login failed: " + r.status());
        }
        return c;
    }

    public String base() {
        return base;
    }

    /** A GET whose body is bytes (exports: XLSX, PNG), with the session. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .setHeader("X-Forwarded-For", address)
                            .timeout(Duration.ofSeconds(60))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Http.Response postJson(String path, String json) {
        return post(path, json);
    }

    /** A client with no session yet (to try logins that should fail). */
    public static StaffClient anonymous(int port) {
        return new StaffClient(port, null);
    }

    /** An API key scoped to these layers, created through the service; the token is returned once. */
    public static String apiKey(ApiKeys keys, TransactionTemplate tx, String... layers) {
        return tx.execute(s -> keys.create("test key " + SEQUENCE.incrementAndGet(), java.util.List.of(layers)))
                .token();
    }

    public String username() {
        return username;
    }

    /** The form login as a browser does it: fetch the login page (sets XSRF-TOKEN), post the form with the token. */
    public Http.Response login(String user, String password) {
        send(HttpRequest.newBuilder(URI.create(base + "/login.html")).GET());
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrfToken());
        return send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public Http.Response logout() {
        return send(withCsrf(HttpRequest.newBuilder(URI.create(base + "/logout")))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Http.Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .GET());
    }

    public Http.Response send(String method, String path, String json) {
        return send(withCsrf(HttpRequest.newBuilder(URI.create(base + path)))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json)));
    }

    public Http.Response put(String path, String json) {
        return send("PUT", path, json);
    }

    public Http.Response post(String path, String json) {
        return send("POST", path, json);
    }

    /** A request without the CSRF header, to check that it is refused. */
    public Http.Response putWithoutCsrf(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** This client speaks from another address (X-Forwarded-For) from now on. */
    public StaffClient from(String clientAddress) {
        this.address = clientAddress;
        return this;
    }

    public Http.Response send(HttpRequest.Builder request) {
        request.setHeader("X-Forwarded-For", address);
        try {
            HttpResponse<String> r =
                    client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Http.Response(r.statusCode(), r.body(), r.headers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The current XSRF-TOKEN cookie value (the CSRF token), or "" when none was set. */
    public String csrfToken() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(java.net.HttpCookie::getValue)
                .reduce((a, b) -> b)
                .orElse("");
    }

    public HttpRequest.Builder withCsrf(HttpRequest.Builder b) {
        String token = csrfToken();
        if (token.isEmpty()) {
            send(HttpRequest.newBuilder(URI.create(base + "/login.html")).GET());
            token = csrfToken();
        }
        return b.header("X-XSRF-TOKEN", token);
    }

    private static String addressFor(int n) {
        return "10.77." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
