package org.sheltergis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sheltergis.ShelterApplication;
import org.sheltergis.support.StaffClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of the service on one database, as in a deployment with two nodes: a session made on one is honoured
 * by the other, and disabling, demoting or resetting the password of its user on either ends it on both at once
 * (sessions live in PostgreSQL, Spring Session JDBC). A session outlives the instance it was made on. These instances
 * trust no proxy: forwarded headers from their callers are ignored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsAcrossInstancesTest {

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private ConfigurableApplicationContext a;
    private ConfigurableApplicationContext b;
    private int portA;
    private int portB;
    /** The users this class made, deleted (with their sessions) when it ends. */
    private final java.util.List<String> users = new java.util.ArrayList<>();

    @BeforeAll
    void start() {
        // One after the other: the first runs the migrations. Neither loads the sample (not needed here).
        a = instance();
        b = instance();
        portA = port(a);
        portB = port(b);
    }

    @AfterAll
    void stop() {
        if (a != null && a.isActive() && !users.isEmpty()) {
            String[] names = users.toArray(String[]::new);
            jdbc().sql("DELETE FROM sessions.spring_session WHERE principal_name = ANY(:names)")
                    .param("names", names)
                    .update();
            jdbc().sql("DELETE FROM core.users WHERE username = ANY(:names)")
                    .param("names", names)
                    .update();
        }
        for (var c : new ConfigurableApplicationContext[] {a, b}) {
            if (c != null && c.isActive()) {
                c.close();
            }
        }
    }

    @Test
    void aSessionMadeOnOneInstanceIsHonouredByTheOtherUntilTheUserIsDisabled() throws Exception {
        String name = user(Role.PLANNER);
        String session = login(portA, name, StaffClient.PASSWORD);
        assertThat(me(portA, session)).isEqualTo(200);
        assertThat(me(portB, session)).isEqualTo(200);

        StaffClient admin = StaffClient.admin(portB);
        assertThat(admin.send("PATCH", "/api/admin/users/" + id(name), "{\"enabled\":false}")
                        .status())
                .isEqualTo(200);
        // At once, on both: the next request of the session finds no row.
        assertThat(me(portA, session)).isEqualTo(401);
        assertThat(me(portB, session)).isEqualTo(401);
    }

    @Test
    void aRoleChangeOrAPasswordResetEndsTheSessions() throws Exception {
        String demoted = user(Role.PLANNER);
        String reset = user(Role.EDITOR);
        String demotedSession = login(portA, demoted, StaffClient.PASSWORD);
        String resetSession = login(portB, reset, StaffClient.PASSWORD);
        String bystander = login(portA, user(Role.PLANNER), StaffClient.PASSWORD);

        StaffClient admin = StaffClient.admin(portA);
        assertThat(admin.send("PATCH", "/api/admin/users/" + id(demoted), "{\"role\":\"EDITOR\"}")
                        .status())
                .isEqualTo(200);
        assertThat(admin.post("/api/admin/users/" + id(reset) + "/password", "{\"password\":\"reset-by-admin-1\"}")
                        .status())
                .isEqualTo(200);

        assertThat(me(portB, demotedSession)).isEqualTo(401);
        assertThat(me(portA, resetSession)).isEqualTo(401);
        assertThat(me(portB, bystander)).as("other users keep their sessions").isEqualTo(200);
        assertThat(login(portB, reset, "reset-by-admin-1")).isNotEmpty();
    }

    @Test
    void aSessionOutlivesTheInstanceItWasMadeOn() throws Exception {
        ConfigurableApplicationContext third = instance();
        String name = user(Role.PLANNER);
        String session = login(port(third), name, StaffClient.PASSWORD);
        third.close();
        assertThat(me(portA, session)).isEqualTo(200);
    }

    @Test
    void forwardedHeadersFromAnUntrustedAddressAreIgnored() throws Exception {
        String name = user(Role.PLANNER);
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + portA + "/login.html"))
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-For", "203.0.113.99")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String xsrf = cookie(page, "XSRF-TOKEN");
        String form = "username=" + name + "&password=" + StaffClient.PASSWORD + "&_csrf=" + xsrf;
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + portA + "/login"))
                        .header("Cookie", "XSRF-TOKEN=" + xsrf)
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-For", "203.0.113.99")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).startsWith("http://localhost:");
        String setCookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie).doesNotContain("Secure").contains("SameSite=Lax");
        String address = jdbc().sql("""
                SELECT after->>'address' FROM core.audit WHERE object_type = 'login' AND actor = :n ORDER BY id DESC LIMIT 1""").param("n", name).query(String.class).single();
        assertThat(address).isNotEqualTo("203.0.113.99").matches("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1");
    }

    private static ConfigurableApplicationContext instance() {
        // As arguments: they must win over application.yml (server.port: ${SERVER_PORT:8080}).
        return new SpringApplicationBuilder(ShelterApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--shelter.mode=production",
                        "--shelter.security.trusted-proxies=",
                        "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext c) {
        return ((WebServerApplicationContext) c).getWebServer().getPort();
    }

    private JdbcClient jdbc() {
        return a.getBean(JdbcClient.class);
    }

    private String user(Role role) {
        String name = "node-" + role.name().toLowerCase() + "-" + System.nanoTime() % 10_000_000;
        a.getBean(TransactionTemplate.class)
                .executeWithoutResult(
                        s -> a.getBean(Users.class).create(name, "Two instances", role, StaffClient.PASSWORD));
        users.add(name);
        return name;
    }

    private long id(String name) {
        return a.getBean(Users.class).findUser(name).orElseThrow().id();
    }

    /** A form login on one instance; answers the session cookie's value. */
    private String login(int port, String name, String password) throws Exception {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login.html"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String xsrf = cookie(page, "XSRF-TOKEN");
        String form = "username=" + name + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + xsrf;
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Cookie", "XSRF-TOKEN=" + xsrf)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return cookie(login, "SESSION");
    }

    private int me(int port, String session) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                                .header("Cookie", "SESSION=" + session)
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private static String cookie(HttpResponse<String> r, String name) {
        for (String c : r.headers().allValues("Set-Cookie")) {
            Matcher m = Pattern.compile(Pattern.quote(name) + "=([^;]+)").matcher(c);
            if (m.lookingAt()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no " + name + " cookie: " + r.headers().map());
    }
}
