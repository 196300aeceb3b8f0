package org.sheltergis.ogc.features;

import static org.sheltergis.ogc.features.Links.GEO_JSON;
import static org.sheltergis.ogc.features.Links.HTML;
import static org.sheltergis.ogc.features.Links.JSON;
import static org.sheltergis.ogc.features.Links.OPENAPI;
import static org.sheltergis.ogc.features.Links.SCHEMA;
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
    /** Exactly the classes whose tests pass (the OGC suite for Parts 1 and 2, the project's tests for Part 3). */
    static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
            "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
            "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
            "http://www.opengis.net/spec/cql2/1.0/conf/cql2-json",
            "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
            "http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators",
            "http://www.opengis.net/spec/cql2/1.0/conf/property-property",
            "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions",
            "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions-plus",
            "http://www.opengis.net/spec/cql2/1.0/conf/spatial-functions",
            // OGC API – Tiles 1.0 and the Tile Matrix Set standard 2.0 (TilesController, TilesClientsTest)
            "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tileset",
            "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/tilesets-list",
            "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/geodata-tilesets",
            "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/png",
            "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/mvt",
            "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/oas30",
            "http://www.opengis.net/spec/tms/2.0/conf/tilematrixset",
            "http://www.opengis.net/spec/tms/2.0/conf/json-tilematrixset");

    private Documents() {}

    static Map<String, Object> landing(FeaturesProperties settings, boolean english) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", english ? settings.titleEn() : settings.title());
        doc.put("description", english ? settings.descriptionEn() : settings.description());
        doc.put(
                "links",
                List.of(
                        link(url(ROOT), "self", JSON, "This document"),
                        link(url(ROOT + "?f=html"), "alternate", HTML, "This document as HTML"),
                        link(url(ROOT + "/api"), "service-desc", OPENAPI, "The API definition (OpenAPI 3.0)"),
                        link(url(ROOT + "/api?f=html"), "service-doc", HTML, "The API documentation"),
                        link(url(ROOT + "/conformance"), "conformance", JSON, "Conformance classes implemented"),
                        link(url(ROOT + "/collections"), "data", JSON, "The feature collections"),
                        link(
                                url(ROOT + "/tileMatrixSets"),
                                TileDocuments.REL_TMS,
                                JSON,
                                "The tiling schemes of the tiles (WebMercatorQuad)")));
        return doc;
    }

    static Map<String, Object> conformance() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(
                "links",
                List.of(
                        link(url(ROOT + "/conformance"), "self", JSON, "This document"),
                        link(url(ROOT + "/conformance?f=html"), "alternate", HTML, "This document as HTML")));
        doc.put("conformsTo", CONFORMANCE);
        return doc;
    }

    static Map<String, Object> collections(List<Map<String, Object>> collections) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(
                "links",
                List.of(
                        link(url(ROOT + "/collections"), "self", JSON, "The feature collections"),
                        link(url(ROOT + "/collections?f=html"), "alternate", HTML, "The feature collections as HTML")));
        // Part 2: the CRS every collection offers, listed once here and referred to with "#/crs".
        doc.put("crs", FeatureCrs.uris());
        doc.put("collections", collections);
        return doc;
    }

    static Map<String, Object> collection(LayerDefinition layer, Optional<BoundingBox> extent, boolean english) {
        String base = ROOT + "/collections/" + layer.name();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", layer.name());
        doc.put("title", english ? layer.titleEn() : layer.titleZh());
        doc.put("description", english ? layer.abstractEn() : layer.abstractZh());
        extent.ifPresent(b -> doc.put(
                "extent",
                Map.of(
                        "spatial",
                        Map.of(
                                "bbox", List.of(List.of(b.minX(), b.minY(), b.maxX(), b.maxY())),
                                "crs", FeatureCrs.CRS84.uri()))));
        doc.put("itemType", "feature");
        doc.put("crs", FeatureCrs.uris());
        doc.put("storageCrs", FeatureCrs.CRS84.uri());
        doc.put("geometryType", layer.geometry().ogcName());
        List<Map<String, Object>> links = new ArrayList<>(List.of(
                link(url(base), "self", JSON, "This collection"),
                link(url(base + "?f=html"), "alternate", HTML, "This collection as HTML"),
                link(url(base + "/items"), "items", GEO_JSON, "The features of this collection"),
                link(url(base + "/items?f=html"), "items", HTML, "The features of this collection as HTML"),
                link(
                        url(base + "/queryables"),
                        "http://www.opengis.net/def/rel/ogc/1.0/queryables",
                        SCHEMA,
                        "The properties a filter may name")));
        links.addAll(TileDocuments.collectionLinks(layer));
        doc.put("links", links);
        return doc;
    }

    /** Links of one page of items: this page, its neighbours (every other query parameter kept) and the collection. */
    static List<Map<String, Object>> pageLinks(String collection, ItemsQuery q, long matched, String type) {
        List<Map<String, Object>> links = new ArrayList<>();
        links.add(link(Links.current(Map.of()), "self", type, "This page"));
        links.add(link(Links.current(Map.of("f", "html")), "alternate", HTML, "This page as HTML"));
        if ((long) q.offset() + q.limit() < matched) {
            links.add(link(
                    Links.current(Map.of("offset", q.offset() + q.limit(), "limit", q.limit())),
                    "next",
                    type,
                    "Next page"));
        }
        if (q.offset() > 0) {
            links.add(link(
                    Links.current(Map.of("offset", Math.max(0, q.offset() - q.limit()), "limit", q.limit())),
                    "prev",
                    type,
                    "Previous page"));
        }
        links.add(link(url(ROOT + "/collections/" + collection), "collection", JSON, "The collection"));
        return links;
    }

    static List<Map<String, Object>> featureLinks(String collection, String id, String type) {
        return List.of(
                link(Links.current(Map.of()), "self", type, "This feature"),
                link(Links.current(Map.of("f", "html")), "alternate", HTML, "This feature as HTML"),
                link(url(ROOT + "/collections/" + collection), "collection", JSON, "The collection"));
    }
}
