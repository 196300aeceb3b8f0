package org.sheltergis.ogc.features;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.NotFoundException;
import org.sheltergis.sample.SampleNotice;
import org.sheltergis.layers.FeatureStore;
import org.sheltergis.layers.LayerCatalog;
import org.sheltergis.layers.LayerDefinition;
import org.sheltergis.security.CallerAccess;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * OGC API – Features, Part 1 (Core, GeoJSON) over the layer catalog. The same rule as every outlet: a caller sees only
 * the layers it may read, a restricted one is "not found", and public layers are read through the public role (the
 * {@link FeatureStore} picks the connection), so this class cannot leak a restricted work by a forgotten filter.
 */
@RestController
@RequestMapping(Documents.ROOT)
// Public, read-only data: web clients of other city systems may read it from their own origin.
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
class FeaturesController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType GEO_JSON = MediaType.parseMediaType(Links.GEO_JSON);

    private final LayerCatalog catalog;
    private final FeatureStore store;
    private final CallerAccess access;
    private final FeaturesProperties settings;
    private final SampleNotice notice;

    FeaturesController(LayerCatalog catalog, FeatureStore store, CallerAccess access, FeaturesProperties settings,
            SampleNotice notice) {
        this.catalog = catalog;
        this.store = store;
        this.access = access;
        this.settings = settings;
        this.notice = notice;
    }

    @Operation(summary = "Landing page")
    @GetMapping(value = {"", "/"}, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> landing(@RequestParam(required = false) String f,
            @RequestHeader(value = "Accept-Language", required = false) String language) {
        checkFormat(f);
        Map<String, Object> doc = Documents.landing(settings, english(language));
        doc.put("description", notice.describe((String) doc.get("description"), english(language)));
        return doc;
    }

    @Operation(summary = "Conformance classes implemented by this server")
    @GetMapping(value = "/conformance", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> conformance(@RequestParam(required = false) String f) {
        checkFormat(f);
        return Documents.conformance();
    }

    @Operation(summary = "The feature collections the caller may read")
    @GetMapping(value = "/collections", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> collections(@RequestParam(required = false) String f,
            @RequestHeader(value = "Accept-Language", required = false) String language) {
        checkFormat(f);
        boolean en = english(language);
        return Documents.collections(catalog.listLayers(access.canReadRestricted()).stream()
                .map(layer -> Documents.collection(layer, store.extent(layer), en)).toList());
    }

    @Operation(summary = "One feature collection")
    @GetMapping(value = "/collections/{collectionId}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> collection(@PathVariable String collectionId, @RequestParam(required = false) String f,
            @RequestHeader(value = "Accept-Language", required = false) String language) {
        checkFormat(f);
        LayerDefinition layer = layer(collectionId);
        return Documents.collection(layer, store.extent(layer), english(language));
    }

    @Operation(summary = "Features of a collection, a page at a time")
    @GetMapping(value = "/collections/{collectionId}/items",
            produces = {Links.GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> items(@PathVariable String collectionId, HttpServletRequest request,
            @Parameter(description = "minLon,minLat,maxLon,maxLat in CRS84 (parsed with the other parameters)")
            @RequestParam(name = "bbox", required = false) String bbox,
            @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "10000", defaultValue = "10"))
            @RequestParam(name = "limit", required = false) String limit,
            @Parameter(schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
            @RequestParam(name = "offset", required = false) String offset,
            @Parameter(description = "RFC 3339 instant or interval (the layers carry no time, so all features match)")
            @RequestParam(name = "datetime", required = false) String datetime,
            @RequestParam(name = "f", required = false) String f,
            @RequestHeader(value = "Accept", required = false) String accept) {
        checkFormat(f);
        LayerDefinition layer = layer(collectionId);
        ItemsQuery q = ItemsQuery.parse(request.getParameterMap(), settings);
        FeatureStore.Page page = store.page(layer, q.bbox(), q.limit(), q.offset());
        long returned = Math.max(0, Math.min(q.limit(), page.matched() - q.offset()));
        MediaType type = mediaType(accept, f);
        String links = JSON.writeValueAsString(Documents.pageLinks(layer.name(), q, page.matched(), type.toString()));
        String body = "{\"type\":\"FeatureCollection\",\"numberMatched\":" + page.matched()
                + ",\"numberReturned\":" + returned
                + ",\"timeStamp\":\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\""
                + ",\"links\":" + links + ",\"features\":" + page.featuresJson() + "}";
        return ResponseEntity.ok().contentType(type).body(body);
    }

    @Operation(summary = "One feature")
    @GetMapping(value = "/collections/{collectionId}/items/{featureId}",
            produces = {Links.GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> item(@PathVariable String collectionId, @PathVariable String featureId,
            @RequestParam(name = "f", required = false) String f,
            @RequestHeader(value = "Accept", required = false) String accept) {
        checkFormat(f);
        LayerDefinition layer = layer(collectionId);
        NotFoundException missing = new NotFoundException(
                "Collection '" + collectionId + "' has no feature '" + featureId + "'.");
        long id;
        try {
            id = Long.parseLong(featureId);
        } catch (NumberFormatException e) {
            throw missing;
        }
        String feature = store.feature(layer, id).orElseThrow(() -> missing);
        MediaType type = mediaType(accept, f);
        ObjectNode node = (ObjectNode) JSON.readTree(feature);
        node.set("links", JSON.valueToTree(Documents.featureLinks(layer.name(), featureId, type.toString())));
        return ResponseEntity.ok().contentType(type).body(JSON.writeValueAsString(node));
    }

    private LayerDefinition layer(String collectionId) {
        return catalog.findLayer(collectionId).filter(l -> l.isPublic() || access.canReadRestricted())
                .orElseThrow(() -> new NotFoundException("There is no collection '" + collectionId + "'."));
    }

    /** JSON here (f=json or geojson, for clients that always send it); f=html is FeaturesHtmlController's. */
    private static void checkFormat(String f) {
        if (f != null && !f.equals("json") && !f.equals("geojson")) {
            throw new BadRequestException("f", "f must be json or html, got '" + f + "'");
        }
    }

    /** application/geo+json unless the client asked for plain application/json only. */
    private static MediaType mediaType(String accept, String f) {
        if (accept != null && accept.contains("application/json") && !accept.contains("geo+json")) {
            return MediaType.APPLICATION_JSON;
        }
        return GEO_JSON;
    }

    private static boolean english(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.trim().toLowerCase().startsWith("en");
    }
}
