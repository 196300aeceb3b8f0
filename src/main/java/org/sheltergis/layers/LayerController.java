package org.sheltergis.layers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.NotFoundException;
import org.sheltergis.common.ShelterProperties;
import org.sheltergis.security.CallerAccess;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The layer catalog and its features as GeoJSON (RFC 7946). */
@RestController
@RequestMapping("/api/layers")
class LayerController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final LayerCatalog catalog;
    private final FeatureStore store;
    private final CallerAccess access;
    private final ShelterProperties.Api limits;

    LayerController(LayerCatalog catalog, FeatureStore store, CallerAccess access, ShelterProperties properties) {
        this.catalog = catalog;
        this.store = store;
        this.access = access;
        this.limits = properties.api();
    }

    @GetMapping
    List<Map<String, Object>> layers() {
        return catalog.listReadable(access).stream()
                .map(LayerController::describe)
                .toList();
    }

    @GetMapping("/{name}")
    Map<String, Object> layer(@PathVariable String name) {
        return describe(readable(name));
    }

    @GetMapping("/{name}/features")
    ResponseEntity<String> features(
            @PathVariable String name,
            @RequestParam(required = false) String bbox,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        LayerDefinition layer = readable(name);
        int pageSize = limit == null ? limits.defaultLimit() : limit;
        if (pageSize < 1 || pageSize > limits.maxLimit()) {
            throw new BadRequestException("limit", "limit must be between 1 and " + limits.maxLimit());
        }
        int start = offset == null ? 0 : offset;
        if (start < 0) {
            throw new BadRequestException("offset", "offset must not be negative");
        }
        BoundingBox box = bbox == null || bbox.isBlank() ? null : BoundingBox.parse(bbox, "bbox");
        FeatureStore.Page page = store.page(layer, box, pageSize, start);
        int returned = countFeatures(page, start, pageSize);
        String body = "{\"type\":\"FeatureCollection\",\"numberMatched\":" + page.matched()
                + ",\"numberReturned\":" + returned + ",\"links\":" + links(start, pageSize, page.matched())
                + ",\"features\":" + page.featuresJson() + "}";
        return ResponseEntity.ok().contentType(GEO_JSON).body(body);
    }

    @GetMapping("/{name}/features/{id}")
    ResponseEntity<String> feature(@PathVariable String name, @PathVariable long id) {
        LayerDefinition layer = readable(name);
        String feature = store.feature(layer, id)
                .orElseThrow(() -> new NotFoundException("Layer '" + name + "' has no feature " + id + "."));
        return ResponseEntity.ok().contentType(GEO_JSON).body(feature);
    }

    /** A layer the caller may read; any other name, restricted or unknown, is the same 404. */
    private LayerDefinition readable(String name) {
        return catalog.findReadable(name, access)
                .orElseThrow(() -> new NotFoundException("There is no layer named '" + name + "'."));
    }

    private static int countFeatures(FeatureStore.Page page, int offset, int limit) {
        long remaining = Math.max(0, page.matched() - offset);
        return (int) Math.min(remaining, limit);
    }

    /** Links to this page and its neighbours, keeping every other query parameter of the request. */
    private static String links(int offset, int limit, long matched) {
        List<String> links = new ArrayList<>();
        links.add(link("self", offset, limit));
        if (offset + limit < matched) {
            links.add(link("next", offset + limit, limit));
        }
        if (offset > 0) {
            links.add(link("prev", Math.max(0, offset - limit), limit));
        }
        return links.toString();
    }

    private static String link(String rel, int offset, int limit) {
        String href = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("offset", offset)
                .replaceQueryParam("limit", limit)
                .build()
                .toUriString();
        return "{\"rel\":\"" + rel + "\",\"type\":\"application/geo+json\",\"href\":\"" + href.replace("\"", "%22")
                + "\"}";
    }

    static Map<String, Object> describe(LayerDefinition layer) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", layer.name());
        out.put("title", Map.of("zh", layer.titleZh(), "en", layer.titleEn()));
        out.put("abstract", Map.of("zh", layer.abstractZh(), "en", layer.abstractEn()));
        out.put("access", layer.access().name().toLowerCase());
        out.put("geometry_type", layer.geometry().ogcName());
        out.put("srid", LayerDefinition.SRID);
        out.put(
                "attributes",
                layer.attributes().stream()
                        .map(a -> Map.of(
                                "name",
                                a.name(),
                                "type",
                                a.type(),
                                "title",
                                Map.of("zh", a.titleZh(), "en", a.titleEn())))
                        .toList());
        out.put("styles", layer.styles());
        out.put(
                "links",
                List.of(Map.of(
                        "rel",
                        "items",
                        "type",
                        GEO_JSON.toString(),
                        "href",
                        ServletUriComponentsBuilder.fromCurrentContextPath()
                                .path("/api/layers/{name}/features")
                                .buildAndExpand(layer.name())
                                .toUriString())));
        return out;
    }
}
