package org.sheltergis.geoserver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sheltergis.layers.Attribute;
import org.sheltergis.layers.LayerDefinition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The JSON bodies of GeoServer's REST API (its XStream JSON dialect: "@key"/"$" entries, wrapped lists), written and
 * read with the application's JSON mapper.
 */
final class Bodies {

    private final JsonMapper json;

    Bodies(JsonMapper json) {
        this.json = json;
    }

    String json(Object value) {
        return json.writeValueAsString(value);
    }

    /**
     * Indented, for the publication file people read and diff (PublicationExport): the application's mapper with its
     * default pretty printer, so the file differs from the REST bodies by whitespace only.
     */
    String pretty(Object value) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }

    JsonNode read(String body) {
        return json.readTree(body);
    }

    ArrayNode emptyArray() {
        return json.createArrayNode();
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    String workspace(String name) {
        return json(map("workspace", map("name", name)));
    }

    String namespace(String prefix, String uri) {
        return json(map("namespace", map("prefix", prefix, "uri", uri)));
    }

    /** A PostGIS datastore on one schema through one role; keys are GeoServer's PostGIS connection parameters. */
    String dataStore(String name, String description, Target t, String password) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("dbtype", "postgis");
        p.put("host", t.host());
        p.put("port", String.valueOf(t.port()));
        p.put("database", t.database());
        p.put("schema", t.schema());
        p.put("user", t.user());
        p.put("passwd", password);
        // Views have no primary key of their own: GeoTools reads it from this table (see geoserver/README.md), so
        // feature ids are the register's ids and stay stable.
        p.put("Expose primary keys", "true");
        p.put("Primary key metadata table", "gt_pk_metadata");
        p.put("Loose bbox", "true");
        p.put("Estimated extends", "false");
        p.put("validate connections", "true");
        p.put("min connections", "1");
        p.put("max connections", "10");
        p.put("fetch size", "1000");
        p.put("Connection timeout", "20");
        p.put("preparedStatements", "true");
        p.put("encode functions", "true");
        List<Map<String, Object>> entries = new ArrayList<>();
        p.forEach((k, v) -> entries.add(map("@key", k, "$", v)));
        return json(map(
                "dataStore",
                map(
                        "name",
                        name,
                        "description",
                        description,
                        "type",
                        "PostGIS",
                        "enabled",
                        true,
                        "connectionParameters",
                        map("entry", entries))));
    }

    String featureType(LayerDefinition layer) {
        List<Map<String, Object>> attributes = new ArrayList<>();
        attributes.add(attribute(
                LayerDefinition.GEOMETRY_COLUMN,
                "org.locationtech.jts.geom." + layer.geometry().ogcName()));
        for (Attribute a : layer.attributes()) {
            attributes.add(attribute(a.name(), binding(a.type())));
        }
        return json(map(
                "featureType",
                map(
                        "name",
                        layer.name(),
                        "nativeName",
                        layer.relation(),
                        "title",
                        layer.titleZh() + " / " + layer.titleEn(),
                        "abstract",
                        layer.abstractZh() + "\n" + layer.abstractEn(),
                        "keywords",
                        map("string", List.of("人防", "civil air defence", "Nantong", layer.name())),
                        "srs",
                        "EPSG:" + LayerDefinition.SRID,
                        "projectionPolicy",
                        "FORCE_DECLARED",
                        "enabled",
                        true,
                        "attributes",
                        map("attribute", attributes))));
    }

    String layer(LayerDefinition layer, String workspace) {
        Map<String, Object> body = map(
                "name",
                layer.name(),
                "type",
                "VECTOR",
                "defaultStyle",
                styleRef(layer.defaultStyle(), workspace),
                "enabled",
                true,
                "advertised",
                true,
                "queryable",
                true,
                "opaque",
                false);
        List<String> others = layer.styles().subList(1, layer.styles().size());
        if (!others.isEmpty()) {
            body.put(
                    "styles",
                    map(
                            "style",
                            others.stream().map(s -> styleRef(s, workspace)).toList()));
        }
        return json(map("layer", body));
    }

    String layerGroup(String name, String title, String abstractText, String workspace, List<LayerDefinition> layers) {
        return json(map(
                "layerGroup",
                map(
                        "name",
                        name,
                        "mode",
                        "SINGLE",
                        "title",
                        title,
                        "abstractTxt",
                        abstractText,
                        "workspace",
                        map("name", workspace),
                        "publishables",
                        map(
                                "published",
                                layers.stream()
                                        .map(l -> map("@type", "layer", "name", workspace + ":" + l.name()))
                                        .toList()),
                        "styles",
                        map(
                                "style",
                                layers.stream()
                                        .map(l -> styleRef(l.defaultStyle(), workspace))
                                        .toList()))));
    }

    /** A workspace style by its prefixed name, the form GeoServer resolves in layer and group references. */
    static Map<String, Object> styleRef(String style, String workspace) {
        return map("name", workspace + ":" + style);
    }

    private static Map<String, Object> attribute(String name, String binding) {
        return map("name", name, "minOccurs", 0, "maxOccurs", 1, "nillable", true, "binding", binding);
    }

    /** Java bindings GeoTools uses for the PostgreSQL types behind the catalog's attribute types. */
    static String binding(String type) {
        return switch (type) {
            case "string" -> "java.lang.String";
            case "integer" -> "java.lang.Integer";
            case "number" -> "java.math.BigDecimal";
            case "boolean" -> "java.lang.Boolean";
            case "date" -> "java.sql.Date";
            case "date-time" -> "java.sql.Timestamp";
            default -> throw new IllegalArgumentException("no GeoServer binding for attribute type " + type);
        };
    }
}
