package org.sheltergis.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sheltergis.common.PublicDatabase;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pub and staff views are security barriers, and the public role can create nothing. A cheap function that
 * reports every value it is called with (the classic leak: the planner runs it before the view's own filter) is put
 * over every column of every view; it must only ever see the rows the view returns.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewBarrierTest {

    /** A schema of the test's own, removed afterwards: the probe is made by the owner, since the public role cannot. */
    private static final String PROBE = "leak_probe";

    @Autowired
    PublicDatabase publicDatabase;

    @Autowired
    DataSource register;

    @Autowired
    JdbcClient jdbc;

    @Value("${shelter.public-datasource.username}")
    String publicRole;

    @BeforeAll
    void createProbe() {
        jdbc.sql("DROP SCHEMA IF EXISTS " + PROBE + " CASCADE").update();
        jdbc.sql("CREATE SCHEMA " + PROBE).update();
        // Not LEAKPROOF, and as cheap as a function can claim to be, so a plain view would run it first. It counts the
        // values it is shown in a session setting (as a notice would, without sending thousands of them).
        jdbc.sql("CREATE FUNCTION " + PROBE
                        + ".peek(v text) RETURNS boolean LANGUAGE plpgsql COST 0.0000001 AS $$ BEGIN "
                        + "PERFORM set_config('leak_probe.seen', (current_setting('leak_probe.seen')::bigint + 1)::text, false); "
                        + "RETURN true; END $$")
                .update();
        jdbc.sql("GRANT USAGE ON SCHEMA " + PROBE + " TO " + publicRole).update();
        jdbc.sql("GRANT EXECUTE ON FUNCTION " + PROBE + ".peek(text) TO " + publicRole)
                .update();
    }

    @AfterAll
    void dropProbe() {
        jdbc.sql("DROP SCHEMA IF EXISTS " + PROBE + " CASCADE").update();
    }

    @Test
    void everyViewIsASecurityBarrier() {
        List<String> plain = jdbc.sql("""
                SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind = 'v' AND n.nspname IN ('pub', 'staff')
                  AND NOT coalesce('security_barrier=true' = ANY (c.reloptions), false)
                ORDER BY 1""").query(String.class).list();
        assertThat(plain).as("views without security_barrier").isEmpty();
    }

    @Test
    void aLeakyFunctionSeesOnlyThePublicViewsRowsAsThePublicRole() throws SQLException {
        try (Connection c = publicDatabase.dataSource().getConnection()) {
            assertNothingLeaks(c, "pub");
        }
    }

    @Test
    void aLeakyFunctionSeesOnlyTheStaffViewsRows() throws SQLException {
        try (Connection c = register.getConnection()) {
            assertNothingLeaks(c, "staff");
        }
    }

    @Test
    void thePublicRoleCannotCreateATemporaryFunction() throws SQLException {
        try (Connection c = publicDatabase.dataSource().getConnection()) {
            // The pool's connections are read-only; without that, the refusal below must still be one of privilege.
            c.setReadOnly(false);
            try (Statement s = c.createStatement()) {
                assertThatThrownBy(
                                () -> s.execute(
                                        "CREATE FUNCTION pg_temp.peek(v text) RETURNS boolean LANGUAGE sql COST 0.0000001 AS 'SELECT true'"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
                assertThatThrownBy(() -> s.execute("CREATE TEMP TABLE t (i int)"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    void thePublicRoleCannotCreateInAnySchema() throws SQLException {
        List<String> schemas =
                jdbc.sql("""
                SELECT nspname FROM pg_namespace
                WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' AND nspname <> :probe
                ORDER BY 1""").param("probe", PROBE).query(String.class).list();
        assertThat(schemas).contains("public", "pub", "core", "staff");
        try (Connection c = publicDatabase.dataSource().getConnection()) {
            c.setReadOnly(false);
            try (Statement s = c.createStatement()) {
                for (String schema : schemas) {
                    assertThatThrownBy(() -> s.execute("CREATE TABLE \"" + schema + "\".probe (i int)"))
                            .as(schema)
                            .isInstanceOf(SQLException.class)
                            .hasMessageContaining("permission denied");
                    assertThatThrownBy(() -> s.execute("CREATE FUNCTION \"" + schema
                                    + "\".probe() RETURNS int LANGUAGE sql AS 'SELECT 1'"))
                            .as(schema)
                            .isInstanceOf(SQLException.class)
                            .hasMessageContaining("permission denied");
                }
                assertThatThrownBy(() -> s.execute("CREATE SCHEMA probe"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
        }
    }

    /** For each view of the schema and each of its columns: the values the probe saw must number the rows returned. */
    private void assertNothingLeaks(Connection c, String schema) throws SQLException {
        List<String[]> columns = jdbc.sql("""
                SELECT c.relname, a.attname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                WHERE c.relkind = 'v' AND n.nspname = :schema ORDER BY c.relname, a.attnum""")
                .param("schema", schema)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        assertThat(columns).isNotEmpty();
        List<String> leaks = new ArrayList<>();
        long probed = 0;
        try (Statement s = c.createStatement()) {
            for (String[] col : columns) {
                String view = schema + ".\"" + col[0] + "\"";
                String sql = "SELECT count(*) FROM " + view + " v WHERE " + PROBE + ".peek(v.\"" + col[1] + "\"::text)";
                s.execute("SELECT set_config('leak_probe.seen', '0', false)");
                long rows = single(s, sql);
                long seen = single(s, "SELECT current_setting('leak_probe.seen')::bigint");
                probed += rows;
                if (seen != rows) {
                    leaks.add(view + "." + col[1] + ": the function saw " + seen + " values, the view returns " + rows);
                }
            }
        }
        assertThat(leaks).as("values seen beyond the views' rows").isEmpty();
        assertThat(probed).as("rows probed in " + schema).isPositive();
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
