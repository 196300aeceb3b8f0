package org.sheltergis.importer;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The register tables data can be imported into, with the attributes each accepts and their SQL types. The only
 * source of identifiers in import SQL.
 */
enum ImportTarget {
    WORKS(
            "works",
            "footprint",
            Shape.MULTI_POLYGON,
            columns(
                    "code",
                    "text",
                    "name",
                    "text",
                    "function",
                    "text",
                    "protection_level",
                    "text",
                    "chemical_grade",
                    "text",
                    "construction_mode",
                    "text",
                    "district_code",
                    "text",
                    "address",
                    "text",
                    "building_area",
                    "numeric",
                    "protected_area",
                    "numeric",
                    "sheltering_area",
                    "numeric",
                    "capacity",
                    "integer",
                    "completion_year",
                    "integer",
                    "status",
                    "text",
                    "managing_unit",
                    "text",
                    "public_shelter",
                    "boolean",
                    "wheelchair_accessible",
                    "boolean",
                    "peacetime_use",
                    "text",
                    "open_status",
                    "text")),
    ENTRANCES("entrances", "geom", Shape.POINT, columns("work_id", "bigint", "kind", "text", "accessible", "boolean")),
    PLAN_UNITS(
            "plan_units",
            "geom",
            Shape.MULTI_POLYGON,
            columns("code", "text", "name", "text", "district_code", "text", "planned_population", "integer")),
    POPULATION("population", "geom", Shape.POLYGON, columns("kind", "text", "population", "integer")),
    CANDIDATE_SITES(
            "candidate_sites",
            "geom",
            Shape.MULTI_POLYGON,
            columns(
                    "code",
                    "text",
                    "kind",
                    "text",
                    "name",
                    "text",
                    "district_code",
                    "text",
                    "buildable_area",
                    "numeric",
                    "unit_cost",
                    "numeric",
                    "cost",
                    "numeric")),
    HAZARDS("hazards", "geom", Shape.POINT, columns("name", "text", "kind", "text", "clearance_m", "numeric")),
    POIS("pois", "geom", Shape.POINT, columns("kind", "text", "name", "text", "address", "text")),
    DISTRICTS(
            "districts",
            "geom",
            Shape.MULTI_POLYGON,
            columns("code", "text", "name_zh", "text", "name_en", "text", "main_urban", "boolean"));

    /** The geometry a table stores; a Polygon is accepted for a MultiPolygon table and promoted. */
    enum Shape {
        POINT,
        POLYGON,
        MULTI_POLYGON;

        boolean accepts(Geometry g) {
            return switch (this) {
                case POINT -> g instanceof Point;
                case POLYGON -> g instanceof Polygon;
                case MULTI_POLYGON -> g instanceof Polygon || g instanceof MultiPolygon;
            };
        }

        String label() {
            return switch (this) {
                case POINT -> "Point";
                case POLYGON -> "Polygon";
                case MULTI_POLYGON -> "Polygon or MultiPolygon";
            };
        }
    }

    private final String layer;
    private final String geometryColumn;
    private final Shape shape;
    private final Map<String, String> columnTypes;

    ImportTarget(String layer, String geometryColumn, Shape shape, Map<String, String> columnTypes) {
        this.layer = layer;
        this.geometryColumn = geometryColumn;
        this.shape = shape;
        this.columnTypes = columnTypes;
    }

    static Optional<ImportTarget> find(String layer) {
        return Arrays.stream(values()).filter(t -> t.layer.equals(layer)).findFirst();
    }

    static String names() {
        return String.join(", ", Arrays.stream(values()).map(t -> t.layer).toList());
    }

    String layer() {
        return layer;
    }

    String table() {
        return "core." + layer;
    }

    String geometryColumn() {
        return geometryColumn;
    }

    Shape shape() {
        return shape;
    }

    /**
     * The column an attribute of an imported file fills: its own name, or — since Shapefiles cut field names to 10
     * characters — the one column those 10 characters begin.
     */
    Optional<String> column(String attribute) {
        if (columnTypes.containsKey(attribute)) {
            return Optional.of(attribute);
        }
        if (attribute.length() != 10) {
            return Optional.empty();
        }
        var matches = columnTypes.keySet().stream()
                .filter(c -> c.startsWith(attribute))
                .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** Column name → SQL type, for the attributes this table accepts. */
    Map<String, String> columnTypes() {
        return columnTypes;
    }

    private static Map<String, String> columns(String... nameTypePairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameTypePairs.length; i += 2) {
            m.put(nameTypePairs[i], nameTypePairs[i + 1]);
        }
        return m;
    }
}
