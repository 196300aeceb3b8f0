package org.sheltergis.ogc.wms.rendering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.sheltergis.common.SqlFiles;
import org.sheltergis.layers.Attribute;
import org.sheltergis.layers.FeatureStore;
import org.sheltergis.layers.GeometryKind;
import org.sheltergis.layers.LayerDefinition;
import org.sheltergis.ogc.wms.request.MapRequest;
import org.sheltergis.ogc.wms.request.QueryBox;
import org.springframework.stereotype.Component;

/**
 * Reads features for maps and feature info from PostGIS, through the layer's own connection (public layers through
 * the public role only). Identifiers in the SQL come from the catalog; every value is bound.
 */
@Component
public class MapSource {

    /** Margin round the map, in pixels, inside which geometry is kept so strokes and marks at the edge are whole. */
    public static final int MARGIN_PX = 32;

    /** The query box in the data's EPSG:4326 (see {@link #dataBox}), the one the WHERE clause of map_features.sql uses. */
    private static final String QUERY_BOX_4326 = "ST_MakeEnvelope(:west, :south, :east, :north, 4326)";

    /** The box again, as the leakproof comparisons a security-barrier view lets through to its indexes (V18). */
    private static final String BOX_COLUMNS = "\n  AND t.bbox_east >= :west AND t.bbox_west <= :east"
            + " AND t.bbox_north >= :south AND t.bbox_south <= :north";

    private final FeatureStore store;

    /** Per relation: whether it has the four bbox_* columns (views change only with a migration, i.e. a restart). */
    private final Map<String, Boolean> boxColumns = new java.util.concurrent.ConcurrentHashMap<>();

    public MapSource(FeatureStore store) {
        this.store = store;
    }

    /**
     * A map's query box (the map box plus a margin, segmented so a curved outline stays covered) in the data's
     * EPSG:4326, computed once per map by PostGIS; every layer's query takes its four numbers.
     */
    public Envelope dataBox(MapRequest map, LayerDefinition layer, int timeoutSeconds) {
        Envelope box = QueryBox.clamp(map.crs(), map.bbox(), map.pixelSize() * MARGIN_PX);
        // No round trip for the two CRSs whose box in EPSG:4326 has a closed form: 4326 itself, and Web Mercator,
        // whose box is a box of longitudes and latitudes (its edges are meridians and parallels).
        if (map.crs().srid() == 4326) {
            return box;
        }
        if (map.crs().srid() == 3857) {
            return new Envelope(
                    mercatorLon(box.getMinX()),
                    mercatorLon(box.getMaxX()),
                    mercatorLat(box.getMinY()),
                    mercatorLat(box.getMaxY()));
        }
        return store.jdbcFor(layer)
                .sql(SqlFiles.load("wms/query_box.sql"))
                .param("minx", box.getMinX())
                .param("miny", box.getMinY())
                .param("maxx", box.getMaxX())
                .param("maxy", box.getMaxY())
                .param("srid", map.crs().srid())
                .param("segment", Math.max(box.getWidth(), box.getHeight()) / 8)
                .withQueryTimeout(timeoutSeconds)
                .query((rs, n) -> new Envelope(
                        rs.getDouble("west"), rs.getDouble("east"), rs.getDouble("south"), rs.getDouble("north")))
                .single();
    }

    /** The spherical Web Mercator radius (EPSG:3857's semi-major axis), in metres. */
    private static final double MERCATOR_RADIUS = 6378137.0;

    private static double mercatorLon(double x) {
        return Math.toDegrees(x / MERCATOR_RADIUS);
    }

    private static double mercatorLat(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(y / MERCATOR_RADIUS)));
    }

    private boolean hasBoxColumns(LayerDefinition layer) {
        return boxColumns.computeIfAbsent(
                layer.qualifiedRelation(),
                k -> store.jdbcFor(layer)
                                .sql(SqlFiles.load("wms/box_columns.sql"))
                                .param("schema", layer.access().schema())
                                .param("table", layer.relation())
                                .query(Integer.class)
                                .single()
                        == 4);
    }

    /**
     * Up to {@code limit} features of a layer in the map box, with the named properties (those not published by the
     * layer are ignored). {@code timeoutSeconds} bounds the query.
     */
    public List<MapFeature> mapFeatures(
            LayerDefinition layer,
            Set<String> properties,
            boolean labels,
            MapRequest map,
            Envelope dataBox,
            int limit,
            int timeoutSeconds) {
        List<String> columns = published(layer, properties);
        boolean polygons = layer.geometry() != GeometryKind.POINT;
        double pixel = map.pixelSize();
        String geometry = polygons
                ? "ST_Simplify(ST_Transform(ST_ClipByBox2D(t.geom, " + QUERY_BOX_4326 + "), :srid), :tolerance, true)"
                : "ST_Transform(t.geom, :srid)";
        String label = polygons && labels
                ? ",\n       ST_AsBinary(ST_Transform(ST_PointOnSurface(t.geom), :srid)) AS label_wkb"
                : "";
        String sql = SqlFiles.template(
                "wms/map_features.sql",
                Map.of(
                        "relation",
                        layer.qualifiedRelation(),
                        "columns",
                        columns.stream().map(c -> ", t.\"" + c + "\"").collect(Collectors.joining()),
                        "geometry",
                        geometry,
                        "label",
                        label,
                        "box_columns",
                        hasBoxColumns(layer) ? BOX_COLUMNS : ""));
        WKBReader wkb = new WKBReader();
        List<MapFeature> out = new ArrayList<>();
        store.jdbcFor(layer)
                .sql(sql)
                .param("west", dataBox.getMinX())
                .param("south", dataBox.getMinY())
                .param("east", dataBox.getMaxX())
                .param("north", dataBox.getMaxY())
                .param("srid", map.crs().srid())
                .param("tolerance", pixel / 2)
                .param("limit", limit)
                .withQueryTimeout(timeoutSeconds)
                .withFetchSize(2000)
                .query((ResultSet rs) -> {
                    Geometry g = read(wkb, rs.getBytes("wkb"));
                    if (g == null || g.isEmpty()) {
                        return;
                    }
                    Point p = labels && polygons ? (Point) read(wkb, rs.getBytes("label_wkb")) : null;
                    Map<String, Object> props = new HashMap<>();
                    for (String c : columns) {
                        props.put(c, rs.getObject(c));
                    }
                    out.add(new MapFeature(rs.getLong("id"), g, p, props));
                });
        return out;
    }

    /** A feature near a point of a map, with all its published properties, its GeoJSON and its GML 2 geometry. */
    public record InfoFeature(
            LayerDefinition layer, long id, Map<String, Object> properties, String geoJson, String gml) {}

    public List<InfoFeature> infoFeatures(
            LayerDefinition layer,
            MapRequest map,
            double x,
            double y,
            double tolerance,
            int count,
            int timeoutSeconds) {
        List<String> columns = layer.attributes().stream().map(Attribute::name).toList();
        String sql = SqlFiles.template(
                "wms/info_features.sql",
                Map.of(
                        "relation",
                        layer.qualifiedRelation(),
                        "columns",
                        columns.stream().map(c -> ", t.\"" + c + "\"").collect(Collectors.joining())));
        return store.jdbcFor(layer)
                .sql(sql)
                .param("x", x)
                .param("y", y)
                .param("srid", map.crs().srid())
                .param("tolerance", tolerance)
                .param("count", count)
                .withQueryTimeout(timeoutSeconds)
                .query((rs, n) -> {
                    Map<String, Object> props = new LinkedHashMap<>();
                    for (String c : columns) {
                        props.put(c, rs.getObject(c));
                    }
                    return new InfoFeature(
                            layer, rs.getLong("id"), props, rs.getString("geojson"), rs.getString("gml"));
                })
                .list();
    }

    private static List<String> published(LayerDefinition layer, Set<String> wanted) {
        return layer.attributes().stream()
                .map(Attribute::name)
                .filter(wanted::contains)
                .toList();
    }

    private static Geometry read(WKBReader reader, byte[] bytes) throws SQLException {
        if (bytes == null) {
            return null;
        }
        try {
            return reader.read(bytes);
        } catch (ParseException e) {
            throw new SQLException("unreadable WKB from PostGIS", e);
        }
    }
}
