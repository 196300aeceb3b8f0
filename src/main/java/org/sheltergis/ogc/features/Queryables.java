package org.sheltergis.ogc.features;

import static org.sheltergis.ogc.features.Links.url;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sheltergis.layers.Attribute;
import org.sheltergis.layers.LayerDefinition;

/**
 * The queryables of a collection (OGC API – Features Part 3): a JSON Schema (2020-12) of the properties a filter may
 * name — the attributes the caller may read and the geometry. {@link FilterSql} accepts exactly these names.
 */
final class Queryables {

    private Queryables() {}

    static Map<String, Object> schema(LayerDefinition layer, List<Attribute> attributes, boolean english) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Attribute a : attributes) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("title", english ? a.titleEn() : a.titleZh());
            switch (a.type()) {
                case "date", "date-time" -> {
                    p.put("type", "string");
                    p.put("format", a.type());
                }
                default -> p.put("type", a.type());
            }
            properties.put(a.name(), p);
        }
        properties.put(
                FilterSql.GEOMETRY,
                Map.of(
                        "title",
                        english ? "Geometry" : "几何",
                        "format",
                        "geometry-" + layer.geometry().ogcName().toLowerCase(),
                        "x-ogc-role",
                        "primary-geometry"));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        doc.put("$id", url(Documents.ROOT + "/collections/" + layer.name() + "/queryables"));
        doc.put("type", "object");
        doc.put("title", english ? layer.titleEn() : layer.titleZh());
        doc.put("properties", properties);
        doc.put("additionalProperties", false);
        return doc;
    }
}
