package org.sheltergis.ogc.features;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sheltergis.common.SqlFiles;
import org.sheltergis.layers.Attribute;
import org.sheltergis.layers.FeatureStore;
import org.sheltergis.layers.LayerDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of the items and item requests: the layer's view (through the connection {@link FeatureStore} picks for it,
 * the public role for a public layer), the bbox and the filter as one bound condition, the geometry in the requested CRS.
 */
@Component
class FeatureQueries {

    private final FeatureStore store;

    FeatureQueries(FeatureStore store) {
        this.store = store;
    }

    record Page(String featuresJson, long matched) {}

    Page page(LayerDefinition layer, List<Attribute> queryables, ItemsQuery q) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("TRUE");
        if (!q.boxes().isEmpty()) {
            List<String> boxes = new ArrayList<>();
            for (double[] b : q.boxes()) {
                String n = "b" + boxes.size();
                params.putAll(Map.of(n + "x1", b[0], n + "y1", b[1], n + "x2", b[2], n + "y2", b[3]));
                boxes.add("ST_Intersects(t.geom, "
                        + q.bboxCrs()
                                .inputSql("ST_MakeEnvelope(:" + n + "x1, :" + n + "y1, :" + n + "x2, :" + n + "y2)")
                        + ")");
            }
            where.append(" AND (").append(String.join(" OR ", boxes)).append(")");
        }
        if (q.filter() != null) {
            FilterSql.Condition c = FilterSql.translate(q.filter(), queryables, q.filterCrs());
            params.putAll(c.params());
            where.append(" AND ").append(c.sql());
        }
        JdbcClient jdbc = store.jdbcFor(layer);
        Map<String, String> ids = identifiers(layer, q.crs(), where.toString());
        String features = jdbc.sql(SqlFiles.template("ogcapi/items.sql", ids))
                .params(params)
                .param("limit", q.limit())
                .param("offset", q.offset())
                .query(String.class)
                .single();
        long matched = jdbc.sql(SqlFiles.template("ogcapi/count.sql", ids))
                .params(params)
                .query(Long.class)
                .single();
        return new Page(features, matched);
    }

    Optional<String> feature(LayerDefinition layer, long id, FeatureCrs crs) {
        return store.jdbcFor(layer)
                .sql(SqlFiles.template("ogcapi/feature.sql", identifiers(layer, crs, "TRUE")))
                .param("id", id)
                .query(String.class)
                .optional();
    }

    private static Map<String, String> identifiers(LayerDefinition layer, FeatureCrs crs, String where) {
        Map<String, String> ids = new HashMap<>(FeatureStore.identifiers(layer));
        ids.put("geometry", crs.outputSql("t.geom"));
        ids.put("decimals", Integer.toString(crs.decimals()));
        ids.put("where", where);
        return ids;
    }
}
