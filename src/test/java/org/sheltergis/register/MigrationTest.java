package org.sheltergis.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.sheltergis.support.DatabaseLogin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The migrations build the whole schema on an empty PostGIS database (./shelter test provides one). */
class MigrationTest {

    @Test
    void migrationsApplyToAnEmptyDatabase() {
        String url =
                System.getenv().getOrDefault("SHELTER_EMPTY_DB_URL", DatabaseLogin.onSameServer("shelter_test_empty"));
        var dataSource = new DriverManagerDataSource(url, DatabaseLogin.user(), DatabaseLogin.password());
        var jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DROP SCHEMA IF EXISTS core, pub, staff, analysis, siting CASCADE")
                .update();
        jdbc.sql("DROP TABLE IF EXISTS public.flyway_schema_history").update();

        var result = Flyway.configure()
                .dataSource(dataSource)
                .placeholders(Map.of("public_role", "shelter_pub"))
                .load()
                .migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(2);
        List<String> schemas = jdbc.sql("SELECT nspname FROM pg_namespace ORDER BY 1")
                .query(String.class)
                .list();
        assertThat(schemas).contains("core", "pub", "staff");
        // Every geometry column of the register has a GiST index.
        List<String> unindexed = jdbc.sql("""
                SELECT f_table_name || '.' || f_geometry_column FROM geometry_columns g
                WHERE f_table_schema = 'core' AND NOT EXISTS (
                  SELECT 1 FROM pg_indexes i WHERE i.schemaname = 'core' AND i.tablename = g.f_table_name
                    AND i.indexdef ILIKE '%USING gist (' || g.f_geometry_column || ')%')""").query(String.class).list();
        assertThat(unindexed).isEmpty();
        // The register stores lon/lat; computed (generated) columns may hold a metric copy, e.g. the cells' centroid in
        // EPSG:4549 that the coverage analysis joins by.
        assertThat(jdbc.sql("""
                SELECT g.srid FROM geometry_columns g
                JOIN pg_attribute a ON a.attrelid = format('%I.%I', g.f_table_schema, g.f_table_name)::regclass
                                   AND a.attname = g.f_geometry_column
                WHERE g.f_table_schema = 'core' AND a.attgenerated = ''""").query(Integer.class).list()).containsOnly(4326);
    }
}
