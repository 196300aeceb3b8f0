package org.sheltergis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.MovableClock;
import org.sheltergis.support.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Login is not a free oracle: failures per account and per client address are throttled with a growing refusal (429
 * problem+json, Retry-After) that decays; every attempt is audited with the account and the address, never the
 * password; a password bcrypt cannot read is a 400; every user changes their own password with the current one.
 * Client addresses are set with X-Forwarded-For (the test configuration trusts localhost as a proxy).
 */
@IntegrationTest
class LoginProtectionTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger(10);
    private static final String LONG = "密码".repeat(13); // 26 characters, 78 bytes in UTF-8

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    @Test
    void failuresPerAccountAreRefusedForAGrowingTimeThatDecays() {
        String name = newUser(Role.PLANNER);
        for (int i = 0; i < 5; i++) {
            assertThat(location(login(name, "wrong-password-" + i, freshAddress())))
                    .contains("error");
        }
        // Five failures from five addresses: the account is refused now, even with the right password.
        Http.Response refused = login(name, StaffClient.PASSWORD, freshAddress());
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("status").asInt()).isEqualTo(429);
        long first = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(first).isBetween(1L, 2L);

        clock.advance(Duration.ofSeconds(first)); // the refusal's window passes
        assertThat(location(login(name, "wrong-again", freshAddress()))).contains("error");
        long second = Long.parseLong(login(name, "wrong-again", freshAddress())
                .headers()
                .firstValue("Retry-After")
                .orElseThrow());
        assertThat(second).as("the refusal grows with each failure").isGreaterThan(first);

        // The window passes: the right password from a fresh address works, and clears the account's count.
        clock.advance(Duration.ofSeconds(second));
        assertThat(location(login(name, StaffClient.PASSWORD, freshAddress()))).doesNotContain("error");
        assertThat(location(login(name, "one-more-typo", freshAddress()))).contains("error");
        assertThat(location(login(name, StaffClient.PASSWORD, freshAddress()))).doesNotContain("error");
    }

    @Test
    void failuresPerAddressAreRefusedWhateverTheAccount() {
        String victim = newUser(Role.PLANNER);
        String address = freshAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(location(login("nobody-" + System.nanoTime(), "guess-" + i, address)))
                    .contains("error");
        }
        Http.Response refused = login(victim, StaffClient.PASSWORD, address);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        // Another address is not concerned: the account itself had no failure.
        assertThat(location(login(victim, StaffClient.PASSWORD, freshAddress())))
                .doesNotContain("error");
    }

    @Test
    void loginsAreAuditedWithAccountAndAddressButNoPassword() {
        String name = newUser(Role.EDITOR);
        String address = freshAddress();
        login(name, "not-the-password-xyz", address);
        login(name, StaffClient.PASSWORD, address);
        List<String> rows =
                jdbc.sql("""
                SELECT actor || ' ' || action || ' ' || after::text FROM core.audit
                WHERE object_type = 'login' AND object_id = :name ORDER BY id""").param("name", name).query(String.class).list();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0))
                .startsWith(name + " login_failed ")
                .contains(address)
                .contains("bad_credentials");
        assertThat(rows.get(1)).startsWith(name + " login ").contains(address);
        assertThat(String.join(" ", rows)).doesNotContain("not-the-password").doesNotContain(StaffClient.PASSWORD);
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsA400Everywhere() {
        Http.Response login = login("admin", LONG, freshAddress());
        assertThat(login.status()).isEqualTo(400);
        assertThat(login.contentType()).startsWith("application/problem+json");

        StaffClient admin = StaffClient.admin(port);
        Http.Response create = admin.post(
                "/api/admin/users",
                "{\"username\":\"long-" + System.nanoTime() + "\",\"role\":\"PLANNER\",\"password\":\"" + LONG + "\"}");
        assertThat(create.status()).isEqualTo(400);
        assertThat(create.json().get("parameter").asString()).isEqualTo("password");

        String name = newUser(Role.PLANNER);
        long id = users.findUser(name).orElseThrow().id();
        assertThat(admin.post("/api/admin/users/" + id + "/password", "{\"password\":\"" + LONG + "\"}")
                        .status())
                .isEqualTo(400);

        StaffClient self = login(name);
        Http.Response change = self.post(
                "/api/me/password",
                "{\"currentPassword\":\"" + StaffClient.PASSWORD + "\",\"newPassword\":\"" + LONG + "\"}");
        assertThat(change.status()).isEqualTo(400);
        assertThat(change.contentType()).startsWith("application/problem+json");
    }

    @Test
    void everyUserChangesTheirOwnPasswordWithTheCurrentOne() {
        String name = newUser(Role.PLANNER);
        StaffClient here = login(name);
        StaffClient elsewhere = login(name);
        String body = "{\"currentPassword\":\"" + StaffClient.PASSWORD + "\",\"newPassword\":\"a-new-password-42\"}";

        Http.Response noHeader = here.send(HttpRequest.newBuilder(URI.create(here.base() + "/api/me/password"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(noHeader.status()).isEqualTo(403);

        Http.Response wrong = here.post(
                "/api/me/password", "{\"currentPassword\":\"not-it-at-all\",\"newPassword\":\"a-new-password-42\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("parameter").asString()).isEqualTo("currentPassword");

        Http.Response ok = here.post("/api/me/password", body);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("passwordChanged").asBoolean()).isTrue();
        assertThat(here.get("/api/me").status()).as("this session stays").isEqualTo(200);
        assertThat(elsewhere.get("/api/me").status())
                .as("the other session ends")
                .isEqualTo(401);
        assertThat(location(login(name, StaffClient.PASSWORD, freshAddress()))).contains("error");
        assertThat(location(login(name, "a-new-password-42", freshAddress()))).doesNotContain("error");
        assertThat(jdbc.sql("SELECT count(*) FROM core.audit WHERE action = 'change_password' AND actor = :n")
                        .param("n", name)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private String newUser(Role role) {
        String name = "login-" + role.name().toLowerCase() + "-" + System.nanoTime() % 10_000_000;
        tx.executeWithoutResult(s -> users.create(name, "Login test", role, StaffClient.PASSWORD));
        return name;
    }

    private StaffClient login(String name) {
        StaffClient c = StaffClient.anonymous(port);
        assertThat(location(login(c, name, StaffClient.PASSWORD, freshAddress())))
                .doesNotContain("error");
        return c;
    }

    private Http.Response login(String name, String password, String address) {
        return login(StaffClient.anonymous(port), name, password, address);
    }

    /** The login form as a browser behind the city's proxy sends it, from the given client address. */
    private static Http.Response login(StaffClient c, String name, String password, String address) {
        return c.from(address).login(name, password);
    }

    private static String location(Http.Response r) {
        assertThat(r.status()).as("login answer").isEqualTo(302);
        return r.headers().firstValue("Location").orElse("");
    }

    private static String freshAddress() {
        int n = ADDRESS.incrementAndGet();
        return "198.18." + (n / 250) + "." + (n % 250 + 1);
    }
}
