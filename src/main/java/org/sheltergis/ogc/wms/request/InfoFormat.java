package org.sheltergis.ogc.wms.request;

import java.util.Locale;
import java.util.Optional;

/** The GetFeatureInfo formats. */
public enum InfoFormat {
    HTML("text/html", "text/html; charset=UTF-8"),
    JSON("application/json", "application/json"),
    TEXT("text/plain", "text/plain; charset=UTF-8"),
    GML("application/vnd.ogc.gml", "application/vnd.ogc.gml; charset=UTF-8"),
    XML("text/xml", "text/xml; charset=UTF-8");

    private final String name;
    private final String contentType;

    InfoFormat(String name, String contentType) {
        this.name = name;
        this.contentType = contentType;
    }

    public String formatName() {
        return name;
    }

    public String contentType() {
        return contentType;
    }

    static Optional<InfoFormat> find(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace(" ", "");
        int semicolon = t.indexOf(';');
        String base = semicolon < 0 ? t : t.substring(0, semicolon);
        return switch (base) {
            case "text/html" -> Optional.of(HTML);
            case "application/json", "application/geo+json", "json" -> Optional.of(JSON);
            case "text/plain" -> Optional.of(TEXT);
            case "application/vnd.ogc.gml", "application/gml+xml" -> Optional.of(GML);
            case "text/xml" -> Optional.of(XML);
            default -> Optional.empty();
        };
    }
}
