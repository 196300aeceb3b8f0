package org.sheltergis.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sheltergis.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The catalog and the views cannot drift: every published attribute is a view column of a matching type. */
@IntegrationTest
class CatalogMatchesViewsTest {

    private static final Map<String, List<String>> SQL_TYPES = Map.of(
            "string", List.of("text", "character varying"),
            "integer", List.of("integer", "bigint", "smallint"),
            "number", List.of("numeric", "double precision", "real"),
            "boolean", List.of("boolean"),
            "date", List.of("date"),
            "date-time", List.of("timestamp with time zone"));

    @Autowired
    LayerCatalog catalog;

    @Autowired
    JdbcClient register;

    @Test
    void everyAttributeIsAViewColumnOfItsType() {
        for (LayerDefinition layer : catalog.listLayers()) {
            Map<String, String> columns = new java.util.HashMap<>();
            register.sql(
                            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = :s AND table_name = :t")
                    .param("s", layer.access().schema())
                    .param("t", layer.relation())
                    .query((rs, n) -> columns.put(rs.getString(1), rs.getString(2)))
                    .list();
            assertThat(columns).as(layer.name() + " view exists").isNotEmpty();
            assertThat(columns).as(layer.name()).containsKeys("id", "geom");
            for (Attribute a : layer.attributes()) {
                assertThat(columns).as(layer.name() + "." + a.name()).containsKey(a.name());
                assertThat(SQL_TYPES.get(a.type()))
                        .as(layer.name() + "." + a.name() + " type")
                        .contains(columns.get(a.name()));
            }
            String geometryType = register.sql(
                            "SELECT type FROM geometry_columns WHERE f_table_schema = :s AND f_table_name = :t")
                    .param("s", layer.access().schema())
                    .param("t", layer.relation())
                    .query(String.class)
                    .single();
            assertThat(geometryType)
                    .as(layer.name() + " geometry")
                    .isEqualToIgnoringCase(layer.geometry().ogcName());
        }
    }
}
