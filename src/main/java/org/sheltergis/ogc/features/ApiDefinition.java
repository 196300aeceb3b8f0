package org.sheltergis.ogc.features;

import static org.sheltergis.ogc.features.Links.GEO_JSON;
import static org.sheltergis.ogc.features.Links.HTML;
import static org.sheltergis.ogc.features.Links.JSON;
import static org.sheltergis.ogc.features.Links.SCHEMA;
import static org.sheltergis.ogc.features.Links.url;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sheltergis.layers.LayerDefinition;

/**
 * The API definition of this OGC API (OpenAPI 3.0, the {@code service-desc}): exactly its paths — landing page,
 * conformance, collections, and for each collection the caller may read its metadata, items, single items and
 * queryables — with every parameter they take and the limits they enforce. The REST API's own description stays at
 * {@code /v3/api-docs}; this one describes only what an OGC client may call here.
 */
final class ApiDefinition {

    private ApiDefinition() {}

    static Map<String, Object> build(FeaturesProperties settings, List<LayerDefinition> collections) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put(
                "info",
                Map.of("title", settings.titleEn(), "description", settings.descriptionEn(), "version", "1.0.0"));
        doc.put("servers", List.of(Map.of("url", url(Documents.ROOT))));
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put(
                "/",
                get(
                        "getLandingPage",
                        "Landing page",
                        List.of(ref("f")),
                        ok("The landing page", "LandingPage", JSON, HTML)));
        paths.put(
                "/api",
                get(
                        "getApi",
                        "This API definition (OpenAPI 3.0)",
                        List.of(ref("f")),
                        ok("The API definition", null, Links.OPENAPI, JSON, HTML)));
        paths.put(
                "/conformance",
                get(
                        "getConformance",
                        "Conformance classes implemented",
                        List.of(ref("f")),
                        ok("The conformance classes", "Conformance", JSON, HTML)));
        paths.put(
                "/collections",
                get(
                        "getCollections",
                        "The feature collections",
                        List.of(ref("f")),
                        ok("The collections", "Collections", JSON, HTML)));
        for (LayerDefinition layer : collections) {
            String base = "/collections/" + layer.name();
            String id = camel(layer.name());
            paths.put(
                    base,
                    get(
                            "describe" + id,
                            "The collection '" + layer.name() + "'",
                            List.of(ref("f")),
                            ok("The collection", "Collection", JSON, HTML),
                            notFound()));
            paths.put(
                    base + "/items",
                    get(
                            "get" + id + "Features",
                            "Features of '" + layer.name() + "'",
                            List.of(
                                    ref("bbox"),
                                    ref("bbox-crs"),
                                    ref("limit"),
                                    ref("offset"),
                                    ref("datetime"),
                                    ref("crs"),
                                    ref("filter"),
                                    ref("filter-lang"),
                                    ref("filter-crs"),
                                    ref("f")),
                            ok("A page of features", "FeatureCollection", GEO_JSON, JSON, HTML),
                            badRequest(),
                            notFound()));
            paths.put(
                    base + "/items/{featureId}",
                    get(
                            "get" + id + "Feature",
                            "One feature of '" + layer.name() + "'",
                            List.of(ref("featureId"), ref("crs"), ref("f")),
                            ok("The feature", "Feature", GEO_JSON, JSON, HTML),
                            badRequest(),
                            notFound()));
            paths.put(
                    base + "/queryables",
                    get(
                            "get" + id + "Queryables",
                            "The properties a filter on '" + layer.name() + "' may name",
                            List.of(ref("f")),
                            ok("A JSON Schema", null, SCHEMA, JSON, HTML),
                            notFound()));
            tilePaths(paths, layer);
        }
        paths.put(
                "/tileMatrixSets",
                get(
                        "getTileMatrixSetsList",
                        "The tiling schemes of the tile sets",
                        List.of(ref("f")),
                        ok("The tile matrix sets", null, JSON)));
        paths.put(
                "/tileMatrixSets/{tileMatrixSetId}",
                get(
                        "getTileMatrixSet",
                        "One tiling scheme (OGC Two Dimensional Tile Matrix Set 2.0)",
                        List.of(ref("tileMatrixSetId"), ref("f")),
                        ok("The tile matrix set", null, JSON),
                        notFound()));
        doc.put("paths", paths);
        doc.put("components", Map.of("parameters", parameters(settings), "schemas", schemas()));
        return doc;
    }

    private static Map<String, Object> parameters(FeaturesProperties settings) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(
                "f",
                query(
                        "f",
                        "The format: json (default) or html",
                        Map.of("type", "string", "enum", List.of("json", "html"))));
        p.put(
                "bbox",
                Map.of(
                        "name",
                        "bbox",
                        "in",
                        "query",
                        "required",
                        false,
                        "style",
                        "form",
                        "explode",
                        false,
                        "description",
                        "Only features that intersect the box: lower corner, upper corner, in the axis order "
                                + "of bbox-crs (CRS84: minLon,minLat,maxLon,maxLat); 6 numbers with heights are accepted",
                        "schema",
                        Map.of("type", "array", "minItems", 4, "maxItems", 6, "items", Map.of("type", "number"))));
        p.put("bbox-crs", query("bbox-crs", "The CRS of bbox (default CRS84)", crsSchema()));
        p.put(
                "crs",
                query(
                        "crs",
                        "The CRS of the returned geometries (default CRS84), in that CRS's axis order",
                        crsSchema()));
        p.put(
                "limit",
                Map.of(
                        "name",
                        "limit",
                        "in",
                        "query",
                        "required",
                        false,
                        "style",
                        "form",
                        "explode",
                        false,
                        "description",
                        "The most features in one page; larger values are served as the maximum",
                        "schema",
                        Map.of(
                                "type",
                                "integer",
                                "minimum",
                                1,
                                "maximum",
                                settings.maxLimit(),
                                "default",
                                settings.defaultLimit())));
        p.put(
                "offset",
                query(
                        "offset",
                        "How many matching features to skip (the next links carry it)",
                        Map.of("type", "integer", "minimum", 0, "default", 0)));
        p.put(
                "datetime",
                query(
                        "datetime",
                        "An RFC 3339 instant or interval; the layers carry no time, so every " + "feature matches",
                        Map.of("type", "string")));
        p.put("filter", query("filter", "A CQL2 filter on the collection's queryables", Map.of("type", "string")));
        p.put(
                "filter-lang",
                query(
                        "filter-lang",
                        "The encoding of filter",
                        Map.of("type", "string", "enum", List.of("cql2-text", "cql2-json"), "default", "cql2-text")));
        p.put("filter-crs", query("filter-crs", "The CRS of the filter's geometries (default CRS84)", crsSchema()));
        p.put(
                "featureId",
                Map.of(
                        "name",
                        "featureId",
                        "in",
                        "path",
                        "required",
                        true,
                        "description",
                        "The id of a feature",
                        "schema",
                        Map.of("type", "string")));
        p.put(
                "tileMatrixSetId",
                pathParameter(
                        "tileMatrixSetId",
                        "The tiling scheme",
                        Map.of("type", "string", "enum", List.of("WebMercatorQuad"))));
        p.put(
                "tileMatrix",
                pathParameter("tileMatrix", "The zoom level (the tile matrix id)", Map.of("type", "string")));
        p.put(
                "tileRow",
                pathParameter("tileRow", "The row of the tile, from the top", Map.of("type", "integer", "minimum", 0)));
        p.put(
                "tileCol",
                pathParameter(
                        "tileCol", "The column of the tile, from the left", Map.of("type", "integer", "minimum", 0)));
        return p;
    }

    /**
     * The vector and map tile sets of a collection (OGC API – Tiles), with the operation ids the standard's OpenAPI
     * requirement names ({@code <collection>.collection.vector.getTile} …).
     */
    private static void tilePaths(Map<String, Object> paths, LayerDefinition layer) {
        for (TileDocuments.Kind kind : TileDocuments.Kind.values()) {
            String base = "/collections/" + layer.name() + kind.path;
            String op = layer.name() + ".collection." + kind.dataType + ".";
            paths.put(
                    base,
                    get(
                            op + "getTileSetsList",
                            "The " + kind.dataType + " tile sets of '" + layer.name() + "'",
                            List.of(ref("f")),
                            ok("The tile sets", null, JSON),
                            notFound()));
            paths.put(
                    base + "/{tileMatrixSetId}",
                    get(
                            op + "getTileSet",
                            "The " + kind.dataType + " tile set of '" + layer.name() + "' in a tiling scheme",
                            List.of(ref("tileMatrixSetId"), ref("f")),
                            ok("The tile set", null, JSON),
                            notFound()));
            paths.put(
                    base + "/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}",
                    get(
                            op + "getTile",
                            "A " + kind.dataType + " tile of '" + layer.name() + "'",
                            List.of(ref("tileMatrixSetId"), ref("tileMatrix"), ref("tileRow"), ref("tileCol")),
                            Map.entry(
                                    "200",
                                    Map.of(
                                            "description",
                                            "The tile",
                                            "content",
                                            Map.of(kind.mediaType, Map.of("schema", binary())))),
                            Map.entry("204", Map.of("description", "An empty tile (no data there)")),
                            badRequest(),
                            notFound()));
        }
    }

    private static Map<String, Object> binary() {
        return Map.of("type", "string", "format", "binary");
    }

    private static Map<String, Object> pathParameter(String name, String description, Map<String, Object> schema) {
        return Map.of("name", name, "in", "path", "required", true, "description", description, "schema", schema);
    }

    private static Map<String, Object> crsSchema() {
        return Map.of("type", "string", "format", "uri", "enum", FeatureCrs.uris(), "default", FeatureCrs.CRS84.uri());
    }

    private static Map<String, Object> query(String name, String description, Map<String, Object> schema) {
        return Map.of(
                "name",
                name,
                "in",
                "query",
                "required",
                false,
                "style",
                "form",
                "explode",
                false,
                "description",
                description,
                "schema",
                schema);
    }

    private static Map<String, Object> schemas() {
        Map<String, Object> link = Map.of(
                "type",
                "object",
                "required",
                List.of("href"),
                "properties",
                Map.of(
                        "href",
                        Map.of("type", "string"),
                        "rel",
                        Map.of("type", "string"),
                        "type",
                        Map.of("type", "string"),
                        "title",
                        Map.of("type", "string")));
        Map<String, Object> links = Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/Link"));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("Link", link);
        s.put(
                "LandingPage",
                object(List.of("links"), Map.of("title", string(), "description", string(), "links", links)));
        s.put(
                "Conformance",
                object(List.of("conformsTo"), Map.of("conformsTo", Map.of("type", "array", "items", string()))));
        s.put(
                "Collection",
                object(
                        List.of("id", "links"),
                        Map.of(
                                "id",
                                string(),
                                "title",
                                string(),
                                "description",
                                string(),
                                "links",
                                links,
                                "extent",
                                Map.of("type", "object"),
                                "itemType",
                                string(),
                                "crs",
                                Map.of("type", "array", "items", string()),
                                "storageCrs",
                                string())));
        s.put(
                "Collections",
                object(
                        List.of("links", "collections"),
                        Map.of(
                                "links",
                                links,
                                "crs",
                                Map.of("type", "array", "items", string()),
                                "collections",
                                Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/Collection")))));
        s.put(
                "Feature",
                object(
                        List.of("type", "geometry", "properties"),
                        Map.of(
                                "type",
                                Map.of("type", "string", "enum", List.of("Feature")),
                                "id",
                                Map.of("type", "integer"),
                                "geometry",
                                Map.of("type", "object", "nullable", true),
                                "properties",
                                Map.of("type", "object", "nullable", true),
                                "links",
                                links)));
        s.put(
                "FeatureCollection",
                object(
                        List.of("type", "features"),
                        Map.of(
                                "type",
                                Map.of("type", "string", "enum", List.of("FeatureCollection")),
                                "features",
                                Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/Feature")),
                                "links",
                                links,
                                "timeStamp",
                                Map.of("type", "string", "format", "date-time"),
                                "numberMatched",
                                Map.of("type", "integer", "minimum", 0),
                                "numberReturned",
                                Map.of("type", "integer", "minimum", 0))));
        s.put(
                "Problem",
                object(
                        List.of("status"),
                        Map.of(
                                "type",
                                string(),
                                "title",
                                string(),
                                "status",
                                Map.of("type", "integer"),
                                "detail",
                                string(),
                                "parameter",
                                string())));
        return s;
    }

    private static Map<String, Object> object(List<String> required, Map<String, Object> properties) {
        return Map.of("type", "object", "required", required, "properties", properties);
    }

    private static Map<String, Object> string() {
        return Map.of("type", "string");
    }

    private static Map<String, Object> ref(String parameter) {
        return Map.of("$ref", "#/components/parameters/" + parameter);
    }

    @SafeVarargs
    private static Map<String, Object> get(
            String operationId,
            String summary,
            List<Map<String, Object>> parameters,
            Map.Entry<String, Object>... responses) {
        Map<String, Object> r = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : responses) {
            r.put(e.getKey(), e.getValue());
        }
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", operationId);
        op.put("summary", summary);
        op.put("parameters", parameters);
        op.put("responses", r);
        return Map.of("get", op);
    }

    private static Map.Entry<String, Object> ok(String description, String schema, String... types) {
        Map<String, Object> content = new LinkedHashMap<>();
        for (String type : types) {
            content.put(
                    type,
                    type.equals(HTML)
                            ? Map.of("schema", string())
                            : schema == null
                                    ? Map.of("schema", Map.of("type", "object"))
                                    : Map.of("schema", Map.of("$ref", "#/components/schemas/" + schema)));
        }
        return Map.entry("200", Map.of("description", description, "content", content));
    }

    private static Map.Entry<String, Object> badRequest() {
        return problem("400", "A parameter is at fault (the problem names it)");
    }

    private static Map.Entry<String, Object> notFound() {
        return problem("404", "No such collection or feature (or one the caller may not read)");
    }

    private static Map.Entry<String, Object> problem(String status, String description) {
        return Map.entry(
                status,
                Map.of(
                        "description",
                        description,
                        "content",
                        Map.of(
                                "application/problem+json",
                                Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")))));
    }

    private static String camel(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : name.split("_")) {
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }

    /** The paths of the definition, in order, for the HTML page. */
    static List<String> paths(Map<String, Object> definition) {
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) definition.get("paths");
        return new ArrayList<>(paths.keySet());
    }
}
