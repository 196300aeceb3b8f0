package org.sheltergis.layers;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sheltergis.common.PublicDatabase;
import org.sheltergis.common.SqlFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads layers as GeoJSON assembled in PostGIS. Public layers are read through the public role, restricted ones through
 * the register's connection; the SQL names only identifiers from the catalog.
 */
@Component
public class FeatureStore {

    private final JdbcClient register;
    private final PublicDatabase publicDatabase;

    FeatureStore(JdbcClient register, PublicDatabase publicDatabase) {
        this.register = register;
        this.publicDatabase = publicDatabase;
    }

    /** A page of features as a JSON array text, with the count of all features matching. */
    public record Page(String featuresJson, long matched) {}

    public Page page(LayerDefinition layer, BoundingBox bbox, int limit, int offset) {
        JdbcClient jdbc = jdbcFor(layer);
        var ids = identifiers(layer);
        if (bbox == null) {
            String features = jdbc.sql(SqlFiles.template("layers/features.sql", ids))
                    .param("limit", limit)
                    .param("offset", offset)
                    .query(String.class)
                    .single();
            long matched = jdbc.sql(SqlFiles.template("layers/count.sql", ids))
                    .query(Long.class)
                    .single();
            return new Page(features, matched);
        }
        String features = jdbc.sql(SqlFiles.template("layers/features_in_bbox.sql", ids))
                .params(boxParams(bbox))
                .param("limit", limit)
                .param("offset", offset)
                .query(String.class)
                .single();
        long matched = jdbc.sql(SqlFiles.template("layers/count_in_bbox.sql", ids))
                .params(boxParams(bbox))
                .query(Long.class)
                .single();
        return new Page(features, matched);
    }

    public Optional<String> feature(LayerDefinition layer, long id) {
        return jdbcFor(layer)
                .sql(SqlFiles.template("layers/feature.sql", identifiers(layer)))
                .param("id", id)
                .query(String.class)
                .optional();
    }

    /** The layer's extent in lon/lat, empty when the layer has no features. */
    public Optional<BoundingBox> extent(LayerDefinition layer) {
        return jdbcFor(layer)
                .sql(SqlFiles.template("layers/extent.sql", identifiers(layer)))
                .query((rs, n) -> rs.getObject(1) == null
                        ? null
                        : new BoundingBox(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)))
                .optional();
    }

    /** The connection a layer is read through: public layers only ever through the public role. */
    public JdbcClient jdbcFor(LayerDefinition layer) {
        return layer.isPublic() ? publicDatabase.jdbc() : register;
    }

    static Map<String, Object> boxParams(BoundingBox b) {
        return Map.of("minx", b.minX(), "miny", b.minY(), "maxx", b.maxX(), "maxy", b.maxY());
    }

    /** The catalog-derived identifiers of a layer's SQL: its view and its published attributes, in catalog order. */
    public static Map<String, String> identifiers(LayerDefinition layer) {
        String properties = layer.attributes().isEmpty()
                ? "'{}'::json"
                : layer.attributes().stream()
                        .map(a -> "'" + a.name() + "', t.\"" + a.name() + "\"")
                        .collect(Collectors.joining(", ", "json_build_object(", ")"));
        return Map.of("relation", layer.qualifiedRelation(), "properties", properties);
    }
}
