package org.sheltergis.ogc.features;

import java.util.List;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * The API's documents as plain HTML pages ({@code f=html}), for a person looking at the service in a browser. Built
 * from the same documents as the JSON; every value is escaped.
 */
final class HtmlPage {

    private HtmlPage() {}

    static String render(String title, JsonNode doc) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title))
                .append("</title><style>body{font:14px/1.5 'Noto Sans CJK SC',sans-serif;"
                        + "margin:2em;max-width:70em}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
                        + "padding:2px 6px;text-align:left;white-space:nowrap}th{background:#f3f3f3}nav a{margin-right:1em}</style>"
                        + "</head><body><h1>")
                .append(esc(title))
                .append("</h1>");
        if (doc.has("description")) {
            h.append("<p>").append(esc(doc.get("description").asString())).append("</p>");
        }
        if (doc.has("numberMatched")) {
            h.append("<p>")
                    .append(doc.get("numberReturned").asLong())
                    .append(" / ")
                    .append(doc.get("numberMatched").asLong())
                    .append(" (returned / matched 本页 / 总数)</p>");
        }
        if (doc.has("links")) {
            h.append("<nav>");
            doc.get("links")
                    .forEach(l -> h.append("<a href=\"")
                            .append(esc(html(l.get("href").asString())))
                            .append("\">")
                            .append(esc(l.get("rel").asString()))
                            .append("</a>"));
            h.append("</nav>");
        }
        if (doc.has("conformsTo")) {
            h.append("<ul>");
            doc.get("conformsTo")
                    .forEach(c -> h.append("<li>").append(esc(c.asString())).append("</li>"));
            h.append("</ul>");
        }
        if (doc.has("collections")) {
            h.append("<table><tr><th>id</th><th>title</th><th>description</th></tr>");
            doc.get("collections")
                    .forEach(c -> h.append("<tr><td><a href=\"collections/")
                            .append(esc(c.get("id").asString()))
                            .append("?f=html\">")
                            .append(esc(c.get("id").asString()))
                            .append("</a></td><td>")
                            .append(esc(c.get("title").asString()))
                            .append("</td><td>")
                            .append(esc(c.get("description").asString()))
                            .append("</td></tr>"));
            h.append("</table>");
        }
        if (doc.has("openapi")) {
            h.append(
                    "<p><a href=\"api?f=json\">OpenAPI 3.0 (JSON)</a></p><table><tr><th>path</th><th>summary</th></tr>");
            doc.get("paths")
                    .properties()
                    .forEach(p -> h.append("<tr><td>")
                            .append(esc(p.getKey()))
                            .append("</td><td>")
                            .append(esc(p.getValue().get("get").get("summary").asString()))
                            .append("</td></tr>"));
            h.append("</table>");
        } else if (doc.has("$schema")) {
            h.append("<table><tr><th>name</th><th>title</th><th>type</th></tr>");
            doc.get("properties")
                    .properties()
                    .forEach(p -> h.append("<tr><td>")
                            .append(esc(p.getKey()))
                            .append("</td><td>")
                            .append(esc(p.getValue().get("title").asString()))
                            .append("</td><td>")
                            .append(esc(
                                    p.getValue().has("type")
                                            ? p.getValue().get("type").asString()
                                            : p.getValue().get("format").asString()))
                            .append("</td></tr>"));
            h.append("</table>");
        } else if (doc.has("features")) {
            table(h, doc.get("features"));
        } else if (doc.has("properties")) {
            table(h, List.of(doc));
        } else if (doc.has("extent")) {
            h.append("<p>bbox: ")
                    .append(esc(doc.get("extent").get("spatial").get("bbox").toString()))
                    .append("</p>");
        }
        return h.append("</body></html>").toString();
    }

    private static void table(StringBuilder h, Iterable<JsonNode> features) {
        h.append("<table>");
        boolean header = true;
        for (JsonNode f : features) {
            if (header) {
                h.append("<tr><th>id</th>");
                f.get("properties")
                        .propertyNames()
                        .forEach(n -> h.append("<th>").append(esc(n)).append("</th>"));
                h.append("</tr>");
                header = false;
            }
            h.append("<tr><td>").append(esc(f.get("id").asString())).append("</td>");
            for (Map.Entry<String, JsonNode> p : f.get("properties").properties()) {
                h.append("<td>")
                        .append(p.getValue().isNull() ? "" : esc(p.getValue().asString()))
                        .append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table>");
    }

    /** Links between pages stay in HTML. */
    private static String html(String href) {
        if (href.contains("f=")) {
            return href;
        }
        return href + (href.contains("?") ? "&" : "?") + "f=html";
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s == null ? "" : s);
    }
}
