package org.sheltergis.startup;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sheltergis.common.SqlFiles;
import org.springframework.core.env.Environment;

/**
 * What an existing PostgreSQL must offer before the service migrates it: PostGIS and pgRouting installed in the
 * database, the owner role able to log in and create the schemas, the public role existing, allowed to log in and to
 * connect. Everything missing is named in one sentence together with the SQL a DBA runs, instead of a Flyway stack
 * trace ending in {@code type "geometry" does not exist}.
 */
final class DatabasePrerequisites {

    private final String url;
    private final String owner;
    private final String ownerPassword;
    private final String publicUrl;
    private final String publicRole;
    private final String publicPassword;

    DatabasePrerequisites(Environment env) {
        this.url = env.getProperty("spring.datasource.url", "");
        this.owner = env.getProperty("spring.datasource.username", "");
        this.ownerPassword = env.getProperty("spring.datasource.password", "");
        this.publicUrl = env.getProperty("shelter.public-datasource.url", url);
        this.publicRole = env.getProperty("shelter.public-datasource.username", "shelter_pub");
        this.publicPassword = env.getProperty("shelter.public-datasource.password", "");
    }

    /** Throws {@link DatabaseNotReady} naming every missing prerequisite; returns quietly when all are there. */
    void check() {
        List<String> missing = new ArrayList<>();
        List<String> sql = new ArrayList<>();
        String database;
        try (Connection c = DriverManager.getConnection(url, owner, ownerPassword)) {
            database = ownerRights(c, missing, sql);
            extensions(c, missing, sql);
            publicRole(c, database, missing, sql);
        } catch (SQLException e) {
            throw new DatabaseNotReady("Shelter GIS cannot start: the owner role " + owner + " cannot log in to " + url
                    + " (" + oneLine(e) + "). Check spring.datasource.url / username / password and that the server "
                    + "is running; the role needs: CREATE ROLE " + owner + " LOGIN PASSWORD '...';");
        }
        if (missing.isEmpty()) {
            publicLogin(missing);
        }
        if (!missing.isEmpty()) {
            throw new DatabaseNotReady("Shelter GIS cannot start on " + url + ": " + String.join("; ", missing)
                    + (sql.isEmpty()
                            ? "."
                            : ". A DBA must run, as a superuser in database " + database + ": "
                                    + String.join(" ", sql)));
        }
    }

    private String ownerRights(Connection c, List<String> missing, List<String> sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SqlFiles.load("startup/owner_rights.sql"));
                ResultSet rs = s.executeQuery()) {
            rs.next();
            String database = rs.getString("database");
            if (!rs.getBoolean("migrated") && !rs.getBoolean("can_create")) {
                missing.add("the owner role " + owner + " may not create schemas in " + database);
                sql.add("GRANT CREATE ON DATABASE " + quote(database) + " TO " + quote(owner) + ";");
            }
            return database;
        }
    }

    private void extensions(Connection c, List<String> missing, List<String> sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SqlFiles.load("startup/extensions.sql"));
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString("name");
                if (!rs.getBoolean("installed")) {
                    missing.add("the extension " + name + " is missing"
                            + (rs.getBoolean("available")
                                    ? ""
                                    : " (and not installed on the server: install the " + "package, e.g. postgresql-15-"
                                            + (name.equals("postgis") ? "postgis-3" : "pgrouting") + ")"));
                    sql.add("CREATE EXTENSION " + name + ";");
                }
            }
        }
    }

    private void publicRole(Connection c, String database, List<String> missing, List<String> sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SqlFiles.load("startup/public_role.sql"))) {
            s.setString(1, publicRole);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    missing.add("the public role " + publicRole + " does not exist");
                    sql.add("CREATE ROLE " + quote(publicRole)
                            + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '...';");
                    sql.add("GRANT CONNECT ON DATABASE " + quote(database) + " TO " + quote(publicRole) + ";");
                    return;
                }
                if (!rs.getBoolean("can_login")) {
                    missing.add("the public role " + publicRole + " may not log in");
                    sql.add("ALTER ROLE " + quote(publicRole) + " LOGIN;");
                }
                if (!rs.getBoolean("can_connect")) {
                    missing.add("the public role " + publicRole + " may not connect to " + database);
                    sql.add("GRANT CONNECT ON DATABASE " + quote(database) + " TO " + quote(publicRole) + ";");
                }
            }
        }
    }

    private void publicLogin(List<String> missing) {
        try (Connection ignored = DriverManager.getConnection(publicUrl, publicRole, publicPassword)) {
            // It can.
        } catch (SQLException e) {
            missing.add("the public role " + publicRole + " cannot log in (" + oneLine(e)
                    + "): check shelter.public-datasource.password and the server's pg_hba.conf");
        }
    }

    /** A double-quoted identifier for the SQL a DBA copies. */
    private static String quote(String identifier) {
        return identifier.matches("[a-z_][a-z0-9_]*") ? identifier : "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String oneLine(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
