package org.sheltergis.geoserver;

import java.util.List;
import java.util.stream.Collectors;
import org.sheltergis.layers.Access;
import org.sheltergis.layers.LayerCatalog;
import org.sheltergis.layers.LayerDefinition;

/**
 * The database side of the publication, printed by {@code geoserver sql} for a database administrator to run once
 * (and again after a layer is added): the restricted datastore's read-only role and the primary-key metadata that
 * lets GeoServer use the views' {@code id} as feature id. Derived from the catalog, like the rest of the publication.
 * No password is printed: the administrator sets it with {@code \password}.
 */
final class DatabaseSql {

    private DatabaseSql() {}

    static String render(LayerCatalog catalog, GeoServerProperties settings, String database) {
        var db = settings.database();
        String staff = db.restrictedUser();
        StringBuilder sql = new StringBuilder();
        sql.append("-- Generated from the layer catalog by ./shelter geoserver sql. Run as a superuser in ")
                .append(database)
                .append(".\n")
                .append("-- The restricted datastore's role reads schema staff and nothing else.\n")
                .append("DO $$ BEGIN\n  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '")
                .append(staff)
                .append("') THEN\n    CREATE ROLE ")
                .append(staff)
                .append(" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;\n  END IF;\nEND $$;\n")
                .append("GRANT CONNECT ON DATABASE \"")
                .append(database)
                .append("\" TO ")
                .append(staff)
                .append(";\n")
                .append("GRANT USAGE ON SCHEMA staff TO ")
                .append(staff)
                .append(";\n")
                .append("GRANT SELECT ON ALL TABLES IN SCHEMA staff TO ")
                .append(staff)
                .append(";\n")
                .append("ALTER DEFAULT PRIVILEGES FOR ROLE shelter IN SCHEMA staff GRANT SELECT ON TABLES TO ")
                .append(staff)
                .append(";\n\n")
                .append(
                        "-- Views have no primary key: GeoTools reads it from gt_pk_metadata in the datastore's schema.\n");
        for (Access access : List.of(Access.PUBLIC, Access.RESTRICTED)) {
            String schema = access.schema();
            String reader = access == Access.PUBLIC ? db.publicUser() : staff;
            sql.append("CREATE TABLE IF NOT EXISTS ")
                    .append(schema)
                    .append(".gt_pk_metadata (\n")
                    .append("    table_schema varchar(32) NOT NULL, table_name varchar(64) NOT NULL,\n")
                    .append("    pk_column varchar(32) NOT NULL, pk_column_idx integer, pk_policy varchar(32),\n")
                    .append("    pk_sequence varchar(64), UNIQUE (table_schema, table_name, pk_column));\n")
                    .append("DELETE FROM ")
                    .append(schema)
                    .append(".gt_pk_metadata;\n");
            List<LayerDefinition> layers = catalog.listLayers().stream()
                    .filter(l -> l.access() == access)
                    .toList();
            String rows = layers.stream()
                    .map(LayerDefinition::relation)
                    .distinct()
                    .map(r -> "    ('" + schema + "', '" + r + "', '" + LayerDefinition.ID_COLUMN
                            + "', 1, 'assigned', NULL)")
                    .collect(Collectors.joining(",\n"));
            sql.append("INSERT INTO ")
                    .append(schema)
                    .append(".gt_pk_metadata VALUES\n")
                    .append(rows)
                    .append(";\n")
                    .append("GRANT SELECT ON ")
                    .append(schema)
                    .append(".gt_pk_metadata TO ")
                    .append(reader)
                    .append(";\n\n");
        }
        sql.append("-- Then give both roles a password (never kept in the repository):\n")
                .append("--   \\password ")
                .append(db.publicUser())
                .append("\n")
                .append("--   \\password ")
                .append(staff)
                .append("\n");
        return sql.toString();
    }
}
