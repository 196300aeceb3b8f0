package org.sheltergis.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sheltergis.support.JavaProcess;
import org.sheltergis.support.TemporaryCluster;
import org.springframework.mock.env.MockEnvironment;

/**
 * Against a real PostgreSQL that lacks what the service needs, the start stops with one line naming what is missing
 * and the SQL a DBA runs — never a Flyway stack trace ending in {@code type "geometry" does not exist}.
 */
class DatabasePrerequisitesTest {

    private static TemporaryCluster cluster;

    @BeforeAll
    static void cluster() {
        cluster = TemporaryCluster.start();
        cluster.createDatabase("bare", false);
        cluster.createDatabase("ready", true);
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void aStartWithoutTheExtensionsStopsWithOneLine() {
        List<String> args = new ArrayList<>(List.of("--server.port=0"));
        cluster.serviceProperties("bare").forEach((k, v) -> args.add("--" + k + "=" + v));

        JavaProcess.Result start = JavaProcess.run(Map.of(), args);

        assertThat(start.exit()).isNotZero();
        List<String> lines = start.output()
                .lines()
                .filter(l -> l.contains("Shelter GIS cannot start"))
                .toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0))
                .contains(
                        "the extension postgis is missing",
                        "the extension pgrouting is missing",
                        "as a superuser in database bare",
                        "CREATE EXTENSION postgis;",
                        "CREATE EXTENSION pgrouting;");
        assertThat(start.output()).doesNotContain("does not exist").doesNotContain("APPLICATION FAILED TO START");
        assertThat(start.traceLines()).isEmpty();
        // Nothing was migrated.
        assertThatThrownBy(() -> cluster.superuser("bare", "SELECT 1 FROM core.works"))
                .hasMessageContaining("does not exist");
    }

    @Test
    void aReadyDatabasePasses() {
        new DatabasePrerequisites(environment("ready")).check();
    }

    @Test
    void aPublicRoleThatCannotLogInIsNamedWithItsFix() {
        cluster.superuser("postgres", "ALTER ROLE " + TemporaryCluster.PUBLIC_ROLE + " NOLOGIN");
        try {
            assertThatThrownBy(() -> new DatabasePrerequisites(environment("ready")).check())
                    .isInstanceOf(DatabaseNotReady.class)
                    .hasMessageContaining("the public role shelter_pub may not log in")
                    .hasMessageContaining("ALTER ROLE shelter_pub LOGIN;");
        } finally {
            cluster.superuser("postgres", "ALTER ROLE " + TemporaryCluster.PUBLIC_ROLE + " LOGIN");
        }
    }

    @Test
    void aMissingPublicRoleAndAWrongPasswordAreNamed() {
        var env = environment("ready").withProperty("shelter.public-datasource.username", "shelter_nobody");
        assertThatThrownBy(() -> new DatabasePrerequisites(env).check())
                .hasMessageContaining("the public role shelter_nobody does not exist")
                .hasMessageContaining("CREATE ROLE shelter_nobody LOGIN");
        var wrong = environment("ready").withProperty("shelter.public-datasource.password", "not-the-password");
        assertThatThrownBy(() -> new DatabasePrerequisites(wrong).check())
                .hasMessageContaining("the public role shelter_pub cannot log in")
                .hasMessageContaining("password authentication failed");
    }

    private static MockEnvironment environment(String database) {
        var env = new MockEnvironment();
        cluster.serviceProperties(database).forEach(env::setProperty);
        return env;
    }
}
