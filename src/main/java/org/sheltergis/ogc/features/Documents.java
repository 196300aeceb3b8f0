package org.sheltergis.ogc.features;

import static org.sheltergis.ogc.features.Links.GEO_JSON;
import static org.sheltergis.ogc.features.Links.JSON;
import static org.sheltergis.ogc.features.Links.OPENAPI;
import static org.sheltergis.ogc.features.Links.link;
import static org.sheltergis.ogc.features.Links.url;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sheltergis.layers.BoundingBox;
import org.sheltergis.layers.LayerDefinition;

/** The JSON documents of the API: landing page, conformance, collections. Built as maps, written by Jackson. */
final class Documents {

    static final String ROOT = "/ogcapi";
    static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");

    private Documents() {
    }

    static Map<String, Object> landing(FeaturesProperties settings, boolean english) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", english ? settings.titleEn() : settings.title());
        doc.put("description", english ? settings.descriptionEn() : settings.description());
        doc.put("links", List.of(
                link(url(ROOT), "self", JSON, "This document"),
                link(url("/v3/api-docs"), "service-desc", OPENAPI, "The API definition (OpenAPI 3.0)"),
                link(url("/api-docs.html"), "service-doc", "text/html", "The API documentation"),
                link(url(ROOT + "/conformance"), "conformance", JSON, "Conformance classes implemented"),
                link(url(ROOT + "/collections"), "data", JSON, "The feature collections")));
        return doc;
    }

    static Map<String, Object> conformance() {
        return Map.of("conformsTo", CONFORMANCE);
    }

    static Map<String, Object> collections(List<Map<String, Object>> collections) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("links", List.of(link(url(ROOT + "/collections"), "self", JSON, "The feature collections")));
        doc.put("collections", collections);
        return doc;
    }

    static Map<String, Object> collection(LayerDefinition layer, Optional<BoundingBox> extent, boolean english) {
        String base = ROOT + "/collections/" + layer.name();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", layer.name());
        doc.put("title", english ? layer.titleEn() : layer.titleZh());
        doc.put("description", english ? layer.abstractEn() : layer.abstractZh());
        extent.ifPresent(b -> doc.put("extent", Map.of("spatial", Map.of(
                "bbox", List.of(List.of(b.minX(), b.minY(), b.maxX(), b.maxY())),
                "crs", ItemsQuery.CRS84))));
        doc.put("itemType", "feature");
        doc.put("crs", List.of(ItemsQuery.CRS84));
        doc.put("geometryType", layer.geometry().ogcName());
        doc.put("links", List.of(
                link(url(base), "self", JSON, "This collection"),
                link(url(base + "/items"), "items", GEO_JSON, "The features of this collection")));
        return doc;
    }

    /** Links of one page of items: this page, its neighbours (every other query parameter kept) and the collection. */
    static List<Map<String, Object>> pageLinks(String collection, ItemsQuery q, long matched, String type) {
        List<Map<String, Object>> links = new ArrayList<>();
        links.add(link(Links.current(Map.of()), "self", type, "This page"));
        if ((long) q.offset() + q.limit() < matched) {
            links.add(link(Links.current(Map.of("offset", q.offset() + q.limit(), "limit", q.limit())),
                    "next", type, "Next page"));
        }
        if (q.offset() > 0) {
            links.add(link(Links.current(Map.of("offset", Math.max(0, q.offset() - q.limit()), "limit", q.limit())),
                    "prev", type, "Previous page"));
        }
        links.add(link(url(ROOT + "/collections/" + collection), "collection", JSON, "The collection"));
        return links;
    }

    static List<Map<String, Object>> featureLinks(String collection, String id, String type) {
        return List.of(
                link(url(ROOT + "/collections/" + collection + "/items/" + id), "self", type, "This feature"),
                link(url(ROOT + "/collections/" + collection), "collection", JSON, "The collection"));
    }
}
