package org.sheltergis.ogc.features;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Link objects of the OGC API (href, rel, type, title), with absolute hrefs built from the current request. */
final class Links {

    static final String JSON = "application/json";
    static final String GEO_JSON = "application/geo+json";
    static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";
    static final String HTML = "text/html";
    static final String SCHEMA = "application/schema+json";

    private Links() {}

    static Map<String, Object> link(String href, String rel, String type, String title) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("href", href);
        link.put("rel", rel);
        link.put("type", type);
        if (title != null) {
            link.put("title", title);
        }
        return link;
    }

    /** An absolute URL for a path of this service (honours X-Forwarded-* behind the city's proxy). */
    static String url(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(path)
                .build()
                .toUriString();
    }

    /** The current request URL with some query parameters replaced; every other parameter is kept. */
    static String current(Map<String, Object> replace) {
        var b = ServletUriComponentsBuilder.fromCurrentRequest();
        replace.forEach(b::replaceQueryParam);
        return b.build().toUriString();
    }
}
