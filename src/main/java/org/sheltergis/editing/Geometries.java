package org.sheltergis.editing;

import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.SqlFiles;
import org.sheltergis.security.SecuritySettings;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Checks edited geometries in PostGIS: a valid polygon, not too many vertices, inside Nantong; entrances near. */
@Component
class Geometries {

    private final JdbcClient jdbc;
    private final int maxVertices;
    private final double entranceMaxDistance;

    Geometries(JdbcClient jdbc, SecuritySettings security, EditSettings settings) {
        this.jdbc = jdbc;
        this.maxVertices = security.maxGeometryVertices();
        this.entranceMaxDistance = settings.entranceMaxDistanceM();
    }

    /** The footprint as GeoJSON text, checked; 400 naming {@code field} otherwise. */
    String checkFootprint(JsonNode geometry, String field) {
        if (geometry == null || !geometry.isObject()) {
            throw new BadRequestException(field, field + " must be a GeoJSON Polygon or MultiPolygon");
        }
        String type = geometry.path("type").asString("");
        if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
            throw new BadRequestException(
                    field, field + " must be a GeoJSON Polygon or MultiPolygon, not '" + type + "'");
        }
        String geojson = geometry.toString();
        Check c;
        try {
            c = jdbc.sql(SqlFiles.load("editing/check_geometry.sql"))
                    .param("geojson", geojson)
                    .query((rs, n) -> new Check(
                            rs.getBoolean("valid"),
                            rs.getString("reason"),
                            rs.getInt("points"),
                            rs.getDouble("area"),
                            rs.getBoolean("inside")))
                    .single();
        } catch (DataAccessException e) {
            throw new BadRequestException(field, field + " is not readable GeoJSON geometry");
        }
        if (c.points() > maxVertices) {
            throw new BadRequestException(
                    field, field + " has " + c.points() + " vertices; at most " + maxVertices + " are accepted");
        }
        if (!c.valid()) {
            throw new BadRequestException(field, field + " is not a valid polygon: " + c.reason());
        }
        if (c.area() <= 0) {
            throw new BadRequestException(field, field + " has no area");
        }
        if (!c.inside()) {
            throw new BadRequestException(field, field + " does not lie inside Nantong");
        }
        return geojson;
    }

    /** Checks an entrance point: inside Nantong and within the configured distance of the work's footprint. */
    void checkEntrance(long workId, double lon, double lat, String field) {
        var r = jdbc.sql(SqlFiles.load("editing/check_entrance.sql"))
                .param("id", workId)
                .param("lon", lon)
                .param("lat", lat)
                .param("max_distance", entranceMaxDistance)
                .query((rs, n) -> new boolean[] {rs.getBoolean("inside"), rs.getBoolean("near")})
                .single();
        if (!r[0]) {
            throw new BadRequestException(field, field + " does not lie inside Nantong");
        }
        if (!r[1]) {
            throw new BadRequestException(
                    field, field + " is more than " + (int) entranceMaxDistance + " m from the work");
        }
    }

    private record Check(boolean valid, String reason, int points, double area, boolean inside) {}
}
