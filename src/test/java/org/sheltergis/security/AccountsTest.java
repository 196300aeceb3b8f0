package org.sheltergis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sheltergis.support.Http;
import org.sheltergis.support.IntegrationTest;
import org.sheltergis.support.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Login, roles, CSRF, API keys and the first admin, through real HTTP. */
@IntegrationTest
class AccountsTest {

    @LocalServerPort
    int port;

    @Autowired
    Users users;

    @Autowired
    ApiKeys keys;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void formLoginOpensASessionAndLogoutEndsIt() {
        StaffClient planner = StaffClient.as(Role.PLANNER, port, users, tx);
        var me = planner.get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("name").asString()).isEqualTo(planner.username());
        assertThat(me.json().path("role").asString()).isEqualTo("PLANNER");
        assertThat(me.json().path("canReadRestricted").asBoolean()).isTrue();

        var out = planner.logout();
        assertThat(out.status()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElse("")).contains("/login.html?logout");
        assertThat(planner.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void wrongPasswordAndDisabledUsersCannotLogIn() {
        StaffClient editor = StaffClient.as(Role.EDITOR, port, users, tx);
        var wrong = StaffClient.anonymous(port).login(editor.username(), "not-the-password");
        assertThat(wrong.status()).isEqualTo(302);
        assertThat(wrong.headers().firstValue("Location").orElse("")).contains("/login.html?error");

        long id = users.findUser(editor.username()).orElseThrow().id();
        tx.executeWithoutResult(s -> users.update(id, false, null, null));
        var disabled = StaffClient.anonymous(port).login(editor.username(), StaffClient.PASSWORD);
        assertThat(disabled.headers().firstValue("Location").orElse("")).contains("error");
    }

    @Test
    void loginWithoutTheCsrfTokenIsRefused() {
        var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=admin&password=whatever")));
        assertThat(r.status()).isEqualTo(403);
    }

    @Test
    void rolesIncludeTheOnesBelowAndRefuseTheOnesAbove() {
        StaffClient planner = StaffClient.as(Role.PLANNER, port, users, tx);
        StaffClient editor = StaffClient.as(Role.EDITOR, port, users, tx);
        StaffClient admin = StaffClient.as(Role.ADMIN, port, users, tx);

        assertThat(planner.get("/api/campaigns/signage").status()).isEqualTo(200);
        assertProblem(planner.get("/api/edit/works?q=x"), 403);
        assertProblem(planner.get("/api/admin/users"), 403);

        assertThat(editor.get("/api/campaigns/signage").status()).isEqualTo(200);
        assertThat(editor.get("/api/edit/works?q=x").status()).isEqualTo(200);
        assertProblem(editor.get("/api/admin/users"), 403);

        assertThat(admin.get("/api/campaigns/signage").status()).isEqualTo(200);
        assertThat(admin.get("/api/edit/works?q=x").status()).isEqualTo(200);
        assertThat(admin.get("/api/admin/users").status()).isEqualTo(200);

        assertProblem(http.get("/api/campaigns/signage"), 401);
        assertProblem(http.get("/api/edit/works"), 401);
        assertProblem(http.get("/api/admin/users"), 401);
    }

    @Test
    void sessionWritesNeedTheCsrfHeader() {
        StaffClient admin = StaffClient.as(Role.ADMIN, port, users, tx);
        var r = admin.putWithoutCsrf("/api/edit/signage", "{}");
        assertProblem(r, 403);
        assertThat(r.json().path("type").asString()).contains("csrf");
        // With the header the same request reaches the service (and fails there on its content).
        assertProblem(admin.put("/api/edit/signage", "{}"), 400);
    }

    @Test
    void pagesRedirectBrowsersToTheLoginPage() {
        for (String page : new String[] {"/editor/", "/dashboard/", "/admin/", "/planner/"}) {
            var r = http.get(page, Map.of("Accept", "text/html"));
            assertThat(r.status()).as(page).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).as(page).endsWith("/login.html");
        }
    }

    @Test
    void adminCreatesUsersAndResetsPasswordsThroughTheApi() {
        StaffClient admin = StaffClient.as(Role.ADMIN, port, users, tx);
        String name = "planner-made-" + System.nanoTime();
        var created = admin.post(
                "/api/admin/users",
                "{\"username\":\"" + name + "\",\"role\":\"PLANNER\",\"password\":\"first-password-1\"}");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.body()).doesNotContain("first-password-1").doesNotContain("$2a$");
        assertThat(StaffClient.anonymous(port)
                        .login(name, "first-password-1")
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .doesNotContain("error");
        assertProblem(admin.post("/api/admin/users/" + id + "/password", "{\"password\":\"short\"}"), 400);
        assertThat(admin.post("/api/admin/users/" + id + "/password", "{\"password\":\"second-password-2\"}")
                        .status())
                .isEqualTo(200);
        assertThat(StaffClient.anonymous(port)
                        .login(name, "first-password-1")
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .contains("error");
        assertThat(StaffClient.anonymous(port)
                        .login(name, "second-password-2")
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .doesNotContain("error");
        // Passwords are stored as bcrypt hashes only.
        String hash = jdbc.sql("SELECT password_hash FROM core.users WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(hash).startsWith("$2").doesNotContain("second-password-2");
        assertProblem(
                admin.post(
                        "/api/admin/users",
                        "{\"username\":\"" + name + "\",\"role\":\"PLANNER\",\"password\":\"another-password\"}"),
                400);
        assertProblem(
                admin.post(
                        "/api/admin/users",
                        "{\"username\":\"x y\",\"role\":\"KING\",\"password\":\"another-password\"}"),
                400);
    }

    @Test
    void adminBodiesNameTheirFaultyField() {
        StaffClient admin = StaffClient.as(Role.ADMIN, port, users, tx);
        String name = "bodies-" + System.nanoTime();
        String longName = "名".repeat(AdminController.DISPLAY_NAME_MAX + 1);
        assertField(
                admin.post(
                        "/api/admin/users",
                        "{\"username\":\"" + name + "\",\"displayName\":\"" + longName
                                + "\",\"role\":\"PLANNER\",\"password\":\"first-password-1\"}"),
                "displayName");
        assertField(
                admin.post(
                        "/api/admin/users",
                        "{\"username\":[\"" + name + "\"],\"role\":\"PLANNER\",\"password\":\"first-password-1\"}"),
                "username");
        var created = admin.post(
                "/api/admin/users",
                "{\"username\":\"" + name
                        + "\",\"displayName\":\"规划科\",\"role\":\"PLANNER\",\"password\":\"first-password-1\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertField(admin.send("PATCH", "/api/admin/users/" + id, "{\"enabled\":\"no\"}"), "enabled");
        assertField(
                admin.send("PATCH", "/api/admin/users/" + id, "{\"displayName\":\"" + longName + "\"}"), "displayName");
        var renamed = admin.send("PATCH", "/api/admin/users/" + id, "{\"displayName\":\"规划二科\"}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().path("displayName").asString()).isEqualTo("规划二科");
        assertField(admin.post("/api/admin/keys", "{\"name\":\"x\",\"layers\":\"works\"}"), "layers");
        assertField(admin.post("/api/admin/users/" + id + "/password", "{\"password\":[\"x\"]}"), "password");

        StaffClient self = StaffClient.anonymous(port);
        self.login(name, "first-password-1");
        assertField(self.post("/api/me/password", "{\"newPassword\":\"a-new-password-42\"}"), "currentPassword");
    }

    private static void assertField(Http.Response r, String field) {
        assertProblem(r, 400);
        assertThat(r.json().path("parameter").asString()).as(r.body()).isEqualTo(field);
        assertThat(r.json().path("detail").asString()).as(r.body()).contains(field);
    }

    @Test
    void apiKeysReadOnlyTheirLayersAndStopWorkingWhenRevoked() {
        StaffClient admin = StaffClient.as(Role.ADMIN, port, users, tx);
        var created =
                admin.post("/api/admin/keys", "{\"name\":\"planning bureau\",\"layers\":[\"works\",\"shelters\"]}");
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().path("token").asString();
        long id = created.json().path("id").asLong();
        assertThat(token).startsWith("sgk_").hasSizeGreaterThan(40);

        // Shown once: neither the list nor the database holds it.
        assertThat(admin.get("/api/admin/keys").body()).doesNotContain(token);
        String stored = jdbc.sql("SELECT token_hash FROM core.api_keys WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(stored).isEqualTo(ApiKeys.sha256(token)).doesNotContain(token);

        var key = Map.of("X-API-Key", token);
        assertThat(http.get("/api/layers/works/features?limit=1", key).status()).isEqualTo(200);
        assertThat(http.get("/api/layers/hazards/features?limit=1", key).status())
                .isEqualTo(404);
        assertThat(http.get("/api/layers/shelters/features?limit=1", key).status())
                .isEqualTo(200);
        assertThat(http.get("/api/layers/works/features?limit=1").status()).isEqualTo(404);
        var layers = http.get("/api/layers", key).body();
        assertThat(layers).contains("\"works\"").doesNotContain("\"hazards\"");
        // A key has no staff role.
        assertProblem(http.get("/api/edit/works", key), 403);
        assertProblem(http.get("/api/campaigns/signage", key), 403);
        // Writes with a key need no CSRF token but still the role.
        var put = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.base() + "/api/edit/signage"))
                .header("X-API-Key", token)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        assertProblem(put, 403);

        assertProblem(http.get("/api/layers/works/features", Map.of("X-API-Key", "sgk_not-a-key")), 401);
        assertThat(admin.send("DELETE", "/api/admin/keys/" + id, null).status()).isEqualTo(200);
        assertProblem(http.get("/api/layers/works/features?limit=1", key), 401);
        assertProblem(admin.post("/api/admin/keys", "{\"name\":\"x\",\"layers\":[\"nonesuch\"]}"), 400);
        assertProblem(admin.post("/api/admin/keys", "{\"name\":\"x\",\"layers\":[]}"), 400);
    }

    @Test
    void theFirstAdminExistsWithARandomPassword() {
        var admin = users.findUser(FirstAdmin.USERNAME).orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        String hash = jdbc.sql("SELECT password_hash FROM core.users WHERE username = 'admin'")
                .query(String.class)
                .single();
        assertThat(hash).startsWith("$2");
        assertThat(FirstAdmin.generatePassword())
                .hasSizeGreaterThanOrEqualTo(20)
                .isNotEqualTo(FirstAdmin.generatePassword());
        // No default password: the usual guesses do not open the admin account.
        for (String guess : new String[] {"admin", "password", "admin123", "changeme", "shelter"}) {
            assertThat(StaffClient.anonymous(port)
                            .login("admin", guess)
                            .headers()
                            .firstValue("Location")
                            .orElse(""))
                    .contains("error");
        }
        // Five failures throttle the account for a second (LoginGuard); a success after it clears the count for the
        // other tests, which log in as the admin.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .pollInterval(java.time.Duration.ofMillis(500))
                .until(() -> StaffClient.anonymous(port)
                                .login("admin", StaffClient.ADMIN_PASSWORD)
                                .status()
                        == 302);
    }

    static void assertProblem(Http.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().path("status").asInt()).isEqualTo(status);
    }
}
