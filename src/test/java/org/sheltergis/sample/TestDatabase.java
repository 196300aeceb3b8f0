package org.sheltergis.sample;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.sheltergis.support.DatabaseLogin;

/** A throw-away database on the test server: dropped, created with PostGIS and pgRouting, and migrated. */
final class TestDatabase {

    // Database names go into DDL, where they cannot be bound: accept plain names only.
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([a-z][a-z0-9_]*)(\\?.*)?");

    private final String url;
    private final String serverUrl;
    private final String name;

    TestDatabase(String url) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected jdbc:postgresql://host:port/plain_name, got " + url);
        }
        this.url = url;
        this.serverUrl = m.group(1) + "postgres";
        this.name = m.group(2);
    }

    static TestDatabase fromEnvironment() {
        String url = System.getenv("SAMPLE_TEST_DB_URL");
        return new TestDatabase(url == null || url.isBlank() ? DatabaseLogin.onSameServer("sample_test") : url);
    }

    /** A sibling database on the same server, e.g. for a second run. */
    TestDatabase sibling(String suffix) {
        return new TestDatabase(url.replace("/" + name, "/" + name + suffix));
    }

    TestDatabase recreate() throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl, "postgres", DatabaseLogin.superuserPassword());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name + " OWNER shelter");
        }
        try (Connection c = DriverManager.getConnection(url, "postgres", DatabaseLogin.superuserPassword());
                Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION postgis");
            s.execute("CREATE EXTENSION pgrouting");
        }
        Flyway.configure()
                .dataSource(url, "shelter", DatabaseLogin.password())
                .placeholders(Map.of("public_role", "shelter_pub"))
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return this;
    }

    void drop() throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl, "postgres", DatabaseLogin.superuserPassword());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** Connections as the owner role, as the service itself connects. */
    DataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser("shelter");
        ds.setPassword(DatabaseLogin.password());
        return ds;
    }
}
