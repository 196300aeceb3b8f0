package org.sheltergis.importer;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.sheltergis.common.SqlFiles;
import org.sheltergis.importer.ImportReport.FeatureError;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a GeoJSON FeatureCollection into a register table, all or nothing. Every feature is checked (geometry type,
 * validity, inside Nantong, attribute types and constraints); if any fails, nothing is written and each failure is
 * reported by its 1-based index.
 */
@Service
public class GeoJsonImporter {

    private final DataSource dataSource;
    private final JsonMapper json;

    GeoJsonImporter(DataSource dataSource, JsonMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** @param srid the CRS of the coordinates when the file does not declare one (null: EPSG:4326, as RFC 7946 says) */
    public ImportReport importGeoJson(String layer, InputStream in, Integer srid) {
        ImportTarget target = ImportTarget.find(layer)
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown layer '" + layer + "'; layers that can be imported: " + ImportTarget.names()));
        JsonNode root;
        try {
            root = json.readTree(in);
        } catch (RuntimeException e) {
            return failed(layer, 0, "the file is not valid JSON: " + e.getMessage());
        }
        List<JsonNode> features = features(root);
        if (features == null) {
            return failed(layer, 0, "the file is not a GeoJSON FeatureCollection or Feature");
        }
        int crs;
        try {
            crs = CrsNames.declaredSrid(root).orElse(srid != null ? srid : 4326);
        } catch (IllegalArgumentException e) {
            return failed(layer, features.size(), e.getMessage());
        }
        List<FeatureError> errors = new ArrayList<>();
        TreeSet<String> ignored = new TreeSet<>();
        List<ParsedFeature> parsed = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            ParsedFeature f = parse(target, features.get(i), i + 1, errors, ignored);
            if (f != null) {
                parsed.add(f);
            }
        }
        List<String> warnings = ignored.isEmpty()
                ? List.of()
                : List.of("attributes not in layer " + layer + " were ignored: " + String.join(", ", ignored));
        if (features.isEmpty()) {
            errors.add(new FeatureError(0, "the file holds no features"));
        }
        try {
            int written = write(target, parsed, crs, errors);
            errors.sort(java.util.Comparator.comparingInt(FeatureError::index));
            return new ImportReport(
                    layer, features.size(), errors.isEmpty() ? written : 0, List.copyOf(errors), warnings);
        } catch (SQLException e) {
            return failed(layer, features.size(), "the database refused the import: " + e.getMessage());
        }
    }

    private record ParsedFeature(int index, Geometry geometry, Map<String, String> values) {}

    private static List<JsonNode> features(JsonNode root) {
        if (root == null || !root.isObject()) {
            return null;
        }
        String type = root.path("type").asString("");
        if (type.equals("Feature")) {
            return List.of(root);
        }
        if (!type.equals("FeatureCollection") || !root.path("features").isArray()) {
            return null;
        }
        List<JsonNode> out = new ArrayList<>();
        root.path("features").forEach(out::add);
        return out;
    }

    private ParsedFeature parse(
            ImportTarget target, JsonNode feature, int index, List<FeatureError> errors, TreeSet<String> ignored) {
        JsonNode geometryNode = feature.get("geometry");
        if (geometryNode == null || geometryNode.isNull()) {
            errors.add(new FeatureError(index, "it has no geometry"));
            return null;
        }
        Geometry geometry;
        try {
            geometry = new GeoJsonReader().read(geometryNode.toString());
        } catch (ParseException | RuntimeException e) {
            errors.add(new FeatureError(index, "its geometry cannot be read: " + e.getMessage()));
            return null;
        }
        if (!target.shape().accepts(geometry)) {
            errors.add(new FeatureError(
                    index,
                    "its geometry is a " + geometry.getGeometryType() + ", layer " + target.layer() + " takes a "
                            + target.shape().label()));
            return null;
        }
        if (geometry.isEmpty()) {
            errors.add(new FeatureError(index, "its geometry is empty"));
            return null;
        }
        var validation = new IsValidOp(geometry).getValidationError();
        if (validation != null) {
            errors.add(new FeatureError(index, "its geometry is not valid: " + validation));
            return null;
        }
        Map<String, String> values = new java.util.LinkedHashMap<>();
        JsonNode props = feature.path("properties");
        if (props.isObject()) {
            for (var entry : props.properties()) {
                String name = target.column(entry.getKey()).orElse(null);
                JsonNode v = entry.getValue();
                if (name == null) {
                    ignored.add(entry.getKey());
                } else if (!v.isNull()) {
                    values.put(name, v.isValueNode() ? v.asString() : v.toString());
                }
            }
        }
        return new ParsedFeature(index, geometry, values);
    }

    private int write(ImportTarget target, List<ParsedFeature> features, int srid, List<FeatureError> errors)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                prepareBoundary(c);
                int written = 0;
                WKBWriter wkb = new WKBWriter();
                for (ParsedFeature f : features) {
                    byte[] geometry = wkb.write(f.geometry());
                    String problem = checkGeometry(c, geometry, srid);
                    if (problem != null) {
                        errors.add(new FeatureError(f.index(), problem));
                    } else if (insert(c, target, f, geometry, srid, errors)) {
                        written++;
                    }
                }
                if (errors.isEmpty()) {
                    c.commit();
                } else {
                    c.rollback();
                }
                return written;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private void prepareBoundary(Connection c) throws SQLException {
        byte[] city;
        try {
            var geo = new GeoJsonReader().read(cityBoundaryGeometry());
            city = new WKBWriter().write(geo);
        } catch (ParseException | IOException e) {
            throw new IllegalStateException("the bundled Nantong boundary cannot be read", e);
        }
        try (PreparedStatement ps = c.prepareStatement(SqlFiles.load("importer/prepare_boundary.sql"))) {
            ps.setBytes(1, city);
            ps.execute();
        }
    }

    private String cityBoundaryGeometry() throws IOException {
        String text = new ClassPathResource("gis-data/nantong-city.geojson")
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode node = json.readTree(text);
        return node.path("features").get(0).path("geometry").toString();
    }

    private static String checkGeometry(Connection c, byte[] geometry, int srid) throws SQLException {
        Savepoint sp = c.setSavepoint();
        try (PreparedStatement ps = c.prepareStatement(SqlFiles.load("importer/check_geometry.sql"))) {
            ps.setBytes(1, geometry);
            ps.setInt(2, srid);
            try (var rs = ps.executeQuery()) {
                rs.next();
                c.releaseSavepoint(sp);
                if (!rs.getBoolean(1)) {
                    return "its geometry is not valid after transformation to EPSG:4326: " + rs.getString(2);
                }
                return rs.getBoolean(3) ? null : "it lies outside Nantong (check the coordinates and their CRS)";
            }
        } catch (SQLException e) {
            c.rollback(sp);
            return "its geometry cannot be transformed from EPSG:" + srid + ": " + DatabaseMessages.of(e);
        }
    }

    private static boolean insert(
            Connection c, ImportTarget target, ParsedFeature f, byte[] geometry, int srid, List<FeatureError> errors)
            throws SQLException {
        List<String> columns = new ArrayList<>(f.values().keySet());
        StringBuilder cols = new StringBuilder();
        StringBuilder vals = new StringBuilder();
        for (String col : columns) {
            cols.append('"').append(col).append("\", ");
            vals.append("CAST(? AS ").append(target.columnTypes().get(col)).append("), ");
        }
        String geometryExpr = "ST_Transform(ST_SetSRID(ST_GeomFromWKB(?), ?), 4326)";
        if (target.shape() == ImportTarget.Shape.MULTI_POLYGON) {
            geometryExpr = "ST_Multi(" + geometryExpr + ")";
        }
        String sql = SqlFiles.template(
                "importer/insert.sql",
                Map.of(
                        "table",
                        target.table(),
                        "columns",
                        cols.toString(),
                        "geometry_column",
                        '"' + target.geometryColumn() + '"',
                        "values",
                        vals.toString(),
                        "geometry",
                        geometryExpr));
        Savepoint sp = c.setSavepoint();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (String col : columns) {
                ps.setString(i++, f.values().get(col));
            }
            ps.setBytes(i++, geometry);
            ps.setInt(i, srid);
            ps.executeUpdate();
            c.releaseSavepoint(sp);
            return true;
        } catch (SQLException e) {
            c.rollback(sp);
            errors.add(new FeatureError(f.index(), DatabaseMessages.of(e)));
            return false;
        }
    }

    private static ImportReport failed(String layer, int features, String reason) {
        return new ImportReport(layer, features, 0, List.of(new FeatureError(0, reason)), List.of());
    }
}
