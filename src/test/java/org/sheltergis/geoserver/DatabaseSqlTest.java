package org.sheltergis.geoserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sheltergis.layers.LayerCatalog;
import org.sheltergis.support.DatabaseLogin;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Value;

/**
 * The SQL of {@code geoserver sql} run on the real test database as a superuser would: the restricted datastore's
 * role then reads the staff views (and their primary keys) and still nothing of the register itself.
 */
@IntegrationTest
class DatabaseSqlTest {

    @Value("${spring.datasource.url}")
    String url;

    @Value("${shelter.public-datasource.password}")
    String publicPassword;

    @Test
    void theRestrictedRoleReadsStaffViewsOnly() throws Exception {
        String database = url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];
        String sql = DatabaseSql.render(new LayerCatalog(), GeoServerProperties.defaults(), database);
        // The project database asks for passwords (ADR 0009): the role the SQL creates gets one here, as a DBA would.
        String staffPassword = UUID.randomUUID().toString();
        try (Connection admin = DriverManager.getConnection(url, "postgres", DatabaseLogin.superuserPassword())) {
            admin.createStatement().execute(sql);
            admin.createStatement().execute(sql); // idempotent: run again after a layer is added
            admin.createStatement().execute("ALTER ROLE shelter_staff_reader PASSWORD '" + staffPassword + "'");
        }
        try (Connection staff = DriverManager.getConnection(url, "shelter_staff_reader", staffPassword)) {
            var rs = staff.createStatement().executeQuery("SELECT count(*) FROM staff.works");
            assertThat(rs.next()).isTrue();
            var pk = staff.createStatement()
                    .executeQuery("SELECT count(*) FROM staff.gt_pk_metadata WHERE pk_column = 'id'");
            pk.next();
            assertThat(pk.getInt(1)).isEqualTo(5);
            assertThatThrownBy(() -> staff.createStatement().executeQuery("SELECT count(*) FROM core.works"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
        try (Connection pub = DriverManager.getConnection(url, "shelter_pub", publicPassword)) {
            var rs = pub.createStatement().executeQuery("SELECT count(*) FROM pub.gt_pk_metadata");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(7);
            assertThatThrownBy(() -> pub.createStatement().executeQuery("SELECT count(*) FROM staff.works"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
        }
    }
}
