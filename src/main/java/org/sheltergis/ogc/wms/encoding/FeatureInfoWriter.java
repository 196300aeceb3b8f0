package org.sheltergis.ogc.wms.encoding;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import org.sheltergis.layers.Attribute;
import org.sheltergis.layers.LayerDefinition;
import org.sheltergis.ogc.wms.Bilingual;
import org.sheltergis.ogc.wms.rendering.MapSource;
import org.sheltergis.ogc.wms.request.InfoFormat;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes GetFeatureInfo results as HTML, GeoJSON, plain text or GML 2. */
@Component
public final class FeatureInfoWriter {

    static final String NAMESPACE = "https://sheltergis.org/shelter";

    private final JsonMapper json;

    FeatureInfoWriter(JsonMapper json) {
        this.json = json;
    }

    public String write(
            InfoFormat format, List<LayerDefinition> layers, List<MapSource.InfoFeature> features, String language) {
        return switch (format) {
            case JSON -> geoJson(features);
            case HTML -> html(layers, features, language);
            case TEXT -> text(layers, features);
            case GML, XML -> gml(features);
        };
    }

    private String geoJson(List<MapSource.InfoFeature> features) {
        ObjectNode root = json.createObjectNode();
        root.put("type", "FeatureCollection");
        ArrayNode array = root.putArray("features");
        for (MapSource.InfoFeature f : features) {
            ObjectNode feature = array.addObject();
            feature.put("type", "Feature");
            feature.put("id", f.layer().name() + "." + f.id());
            feature.set("geometry", json.readTree(f.geoJson()));
            ObjectNode props = feature.putObject("properties");
            f.properties().forEach((k, v) -> {
                Object value = plain(v);
                if (value == null) {
                    props.putNull(k);
                } else if (value instanceof Boolean b) {
                    props.put(k, b);
                } else if (value instanceof Long l) {
                    props.put(k, l);
                } else if (value instanceof Integer i) {
                    props.put(k, i);
                } else if (value instanceof BigDecimal d) {
                    props.put(k, d);
                } else if (value instanceof Double d) {
                    props.put(k, d);
                } else {
                    props.put(k, value.toString());
                }
            });
            feature.put("layer", f.layer().name());
        }
        root.put("numberReturned", features.size());
        return json.writeValueAsString(root);
    }

    private static String html(List<LayerDefinition> layers, List<MapSource.InfoFeature> features, String language) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                + "<title>要素信息 Feature info</title><style>body{font-family:sans-serif;font-size:13px}"
                + "table{border-collapse:collapse;margin-bottom:8px}th,td{border:1px solid #ccc;padding:2px 6px;text-align:left}"
                + "caption{font-weight:bold;color:#c85a00;text-align:left}</style></head><body>\n");
        for (LayerDefinition layer : layers) {
            List<MapSource.InfoFeature> mine =
                    features.stream().filter(f -> f.layer() == layer).toList();
            for (MapSource.InfoFeature f : mine) {
                sb.append("<table class=\"feature\" data-layer=\"")
                        .append(layer.name())
                        .append("\" data-id=\"")
                        .append(f.id())
                        .append("\"><caption>")
                        .append(HtmlUtils.htmlEscape(Bilingual.pick(layer.titleZh(), layer.titleEn(), language)))
                        .append("</caption>\n");
                for (Attribute a : layer.attributes()) {
                    Object v = plain(f.properties().get(a.name()));
                    sb.append("<tr><th>")
                            .append(HtmlUtils.htmlEscape(Bilingual.pick(a.titleZh(), a.titleEn(), language)))
                            .append("</th><td>")
                            .append(v == null ? "" : HtmlUtils.htmlEscape(v.toString()))
                            .append("</td></tr>\n");
                }
                sb.append("</table>\n");
            }
        }
        if (features.isEmpty()) {
            sb.append("<p class=\"empty\">此处没有要素。 No features here.</p>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    private static String text(List<LayerDefinition> layers, List<MapSource.InfoFeature> features) {
        StringBuilder sb = new StringBuilder();
        for (LayerDefinition layer : layers) {
            List<MapSource.InfoFeature> mine =
                    features.stream().filter(f -> f.layer() == layer).toList();
            sb.append("Results for layer '")
                    .append(layer.name())
                    .append("': ")
                    .append(mine.size())
                    .append('\n');
            for (MapSource.InfoFeature f : mine) {
                sb.append("--------------------------------------------\n");
                sb.append("id = ").append(f.id()).append('\n');
                for (Map.Entry<String, Object> e : f.properties().entrySet()) {
                    Object v = plain(e.getValue());
                    sb.append(e.getKey())
                            .append(" = ")
                            .append(v == null ? "" : v)
                            .append('\n');
                }
            }
            sb.append("--------------------------------------------\n");
        }
        return sb.toString();
    }

    private static String gml(List<MapSource.InfoFeature> features) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<wfs:FeatureCollection xmlns:wfs=\"http://www.opengis.net/wfs\" xmlns:gml=\"http://www.opengis.net/gml\" "
                + "xmlns:shelter=\"" + NAMESPACE + "\">\n");
        for (MapSource.InfoFeature f : features) {
            String type = "shelter:" + f.layer().name();
            sb.append("<gml:featureMember><")
                    .append(type)
                    .append(" fid=\"")
                    .append(f.layer().name())
                    .append('.')
                    .append(f.id())
                    .append("\">");
            for (Map.Entry<String, Object> e : f.properties().entrySet()) {
                Object v = plain(e.getValue());
                if (v != null) {
                    sb.append("<shelter:")
                            .append(e.getKey())
                            .append('>')
                            .append(HtmlUtils.htmlEscape(v.toString()))
                            .append("</shelter:")
                            .append(e.getKey())
                            .append('>');
                }
            }
            sb.append("<shelter:geom>").append(f.gml()).append("</shelter:geom>");
            sb.append("</").append(type).append("></gml:featureMember>\n");
        }
        return sb.append("</wfs:FeatureCollection>\n").toString();
    }

    /** Database values as plain JSON-friendly values: timestamps as ISO-8601 instants. */
    private static Object plain(Object v) {
        if (v instanceof Timestamp t) {
            return t.toInstant().toString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        return v;
    }
}
