package org.sheltergis.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Value;

/**
 * The project-local database is not open to every local user (ADR 0009): over TCP on 127.0.0.1 it asks every role
 * for its scram-sha-256 password, which only the file beside the cluster holds.
 */
@IntegrationTest
class DatabaseAuthenticationTest {

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String owner;

    @Value("${spring.datasource.password}")
    String ownerPassword;

    @Value("${shelter.public-datasource.username}")
    String publicRole;

    @Value("${shelter.public-datasource.password}")
    String publicPassword;

    @Test
    void aConnectionWithoutAPasswordIsRefused() {
        for (String role : new String[] {owner, publicRole, "postgres"}) {
            assertThatThrownBy(() -> connect(role, null).close())
                    .as(role)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        for (String role : new String[] {owner, publicRole, "postgres"}) {
            assertThatThrownBy(() -> connect(role, ownerPassword + "x").close())
                    .as(role)
                    .isInstanceOfSatisfying(
                            SQLException.class,
                            e -> assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo("28P01"));
        }
        // One role's password does not open another.
        assertThatThrownBy(() -> connect(publicRole, ownerPassword).close()).isInstanceOf(SQLException.class);
    }

    @Test
    void theConfiguredPasswordsLogIn() throws SQLException {
        assertThat(ownerPassword).isNotBlank();
        assertThat(publicPassword).isNotBlank().isNotEqualTo(ownerPassword);
        try (Connection c = connect(owner, ownerPassword);
                Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT current_user")).isEqualTo(owner);
            assertThat(single(s, "SELECT setting FROM pg_settings WHERE name = 'listen_addresses'"))
                    .isEqualTo("127.0.0.1");
            assertThat(single(s, "SELECT setting FROM pg_settings WHERE name = 'password_encryption'"))
                    .isEqualTo("scram-sha-256");
        }
        try (Connection c = connect(publicRole, publicPassword);
                Statement s = c.createStatement()) {
            assertThat(single(s, "SELECT current_user")).isEqualTo(publicRole);
        }
    }

    private Connection connect(String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(url, p);
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
