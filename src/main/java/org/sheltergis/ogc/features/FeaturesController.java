package org.sheltergis.ogc.features;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.NotFoundException;
import org.sheltergis.layers.FeatureStore;
import org.sheltergis.layers.LayerDefinition;
import org.sheltergis.sample.SampleNotice;
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
 * OGC API – Features, Parts 1 (Core, GeoJSON, OpenAPI 3.0), 2 (CRS by reference) and 3 (Filtering: queryables, CQL2)
 * over the layer catalog. The same rule as every outlet: a caller sees only the collections it may read
 * ({@link CollectionAccess}), any other is "not found", and public layers are read through the public role (the
 * {@link FeatureStore} picks the connection), so this class cannot leak a restricted work by a forgotten filter.
 */
@RestController
@RequestMapping(Documents.ROOT)
// Public, read-only data: web clients of other city systems may read it from their own origin.
@CrossOrigin(origins = "*", methods = RequestMethod.GET, exposedHeaders = "Content-Crs")
class FeaturesController {

    private static final MediaType GEO_JSON = MediaType.parseMediaType(Links.GEO_JSON);
    private static final MediaType OPENAPI = MediaType.parseMediaType(Links.OPENAPI);

    private final CollectionAccess access;
    private final FeatureStore store;
    private final FeatureQueries queries;
    private final FeaturesProperties settings;
    private final SampleNotice notice;
    private final JsonMapper json;

    FeaturesController(
            CollectionAccess access,
            FeatureStore store,
            FeatureQueries queries,
            FeaturesProperties settings,
            SampleNotice notice,
            JsonMapper json) {
        this.access = access;
        this.store = store;
        this.queries = queries;
        this.settings = settings;
        this.notice = notice;
        this.json = json;
    }

    @Operation(summary = "Landing page")
    @GetMapping(
            value = {"", "/"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> landing(
            @RequestParam(required = false) String f,
            @RequestHeader(value = "Accept-Language", required = false) String language) {
        checkFormat(f);
        Map<String, Object> doc = Documents.landing(settings, english(language));
        doc.put("description", notice.describe((String) doc.get("description"), english(language)));
        return doc;
    }

    @Operation(summary = "The API definition of this OGC API (OpenAPI 3.0)")
    @GetMapping(
            value = "/api",
            produces = {Links.OPENAPI, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<Map<String, Object>> api(
            @RequestParam(required = false) String f,
            @RequestHeader(value = "Accept", required = false) String accept) {
        checkFormat(f);
        MediaType type = accept != null && accept.contains("vnd.oai.openapi") ? OPENAPI : MediaType.APPLICATION_JSON;
        return ResponseEntity.ok().contentType(type).body(definition());
    }

    Map<String, Object> definition() {
        return ApiDefinition.build(settings, access.collections());
    }

    @Operation(summary = "Conformance classes implemented by this server")
    @GetMapping(value = "/conformance", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> conformance(@RequestParam(required = false) String f) {
        checkFormat(f);
        return Documents.conformance();
    }

    @Operation(summary = "The feature collections the caller may read")
    @GetMapping(value = "/collections", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> collections(
            @RequestParam(required = false) String f,
            @RequestHeader(value = "Accept-Language", required = false) String language) {
        checkFormat(f);
        boolean en = english(language);
        return Documents.collections(access.collections().stream()
                .map(layer -> Documents.collection(layer, store.extent(layer), en))
                .toList());
    }

    @Operation(summary = "One feature collection")
    @GetMapping(value = "/collections/{collectionId}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> collection(
            @PathVariable String collectionId,
            @RequestParam(required = false) String f,
            @RequestHeader(value = "Accept-Language", required = false) String language) {
        checkFormat(f);
        LayerDefinition layer = access.collection(collectionId);
        return Documents.collection(layer, store.extent(layer), english(language));
    }

    @Operation(summary = "The properties a filter on this collection may name (JSON Schema)")
    @GetMapping(
            value = "/collections/{collectionId}/queryables",
            produces = {Links.SCHEMA, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<Map<String, Object>> queryables(
            @PathVariable String collectionId,
            @RequestParam(required = false) String f,
            @RequestHeader(value = "Accept-Language", required = false) String language,
            @RequestHeader(value = "Accept", required = false) String accept) {
        checkFormat(f);
        LayerDefinition layer = access.collection(collectionId);
        MediaType type = accept != null && accept.contains("schema+json")
                ? MediaType.parseMediaType(Links.SCHEMA)
                : MediaType.APPLICATION_JSON;
        return ResponseEntity.ok()
                .contentType(type)
                .body(Queryables.schema(layer, access.attributes(layer), english(language)));
    }

    @Operation(summary = "Features of a collection, a page at a time")
    @GetMapping(
            value = "/collections/{collectionId}/items",
            produces = {Links.GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> items(
            @PathVariable String collectionId,
            HttpServletRequest request,
            @RequestParam(name = "f", required = false) String f,
            @RequestHeader(value = "Accept", required = false) String accept) {
        checkFormat(f);
        LayerDefinition layer = access.collection(collectionId);
        ItemsQuery q = ItemsQuery.parse(request.getParameterMap(), settings, json);
        FeatureQueries.Page page = queries.page(layer, access.attributes(layer), q);
        long returned = Math.max(0, Math.min(q.limit(), page.matched() - q.offset()));
        MediaType type = mediaType(accept);
        String links = json.writeValueAsString(Documents.pageLinks(layer.name(), q, page.matched(), type.toString()));
        String body = "{\"type\":\"FeatureCollection\",\"numberMatched\":" + page.matched()
                + ",\"numberReturned\":" + returned
                + ",\"timeStamp\":\"" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\""
                + ",\"links\":" + links + ",\"features\":" + page.featuresJson() + "}";
        return ResponseEntity.ok()
                .contentType(type)
                .header("Content-Crs", q.crs().header())
                .body(body);
    }

    @Operation(summary = "One feature")
    @GetMapping(
            value = "/collections/{collectionId}/items/{featureId}",
            produces = {Links.GEO_JSON, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> item(
            @PathVariable String collectionId,
            @PathVariable String featureId,
            HttpServletRequest request,
            @RequestParam(name = "f", required = false) String f,
            @RequestHeader(value = "Accept", required = false) String accept) {
        checkFormat(f);
        LayerDefinition layer = access.collection(collectionId);
        FeatureCrs crs = ItemsQuery.itemCrs(request.getParameterMap());
        NotFoundException missing =
                new NotFoundException("Collection '" + collectionId + "' has no feature '" + featureId + "'.");
        long id;
        try {
            id = Long.parseLong(featureId);
        } catch (NumberFormatException e) {
            throw missing;
        }
        String feature = queries.feature(layer, id, crs).orElseThrow(() -> missing);
        MediaType type = mediaType(accept);
        ObjectNode node = (ObjectNode) json.readTree(feature);
        node.set("links", json.valueToTree(Documents.featureLinks(layer.name(), featureId, type.toString())));
        return ResponseEntity.ok()
                .contentType(type)
                .header("Content-Crs", crs.header())
                .body(json.writeValueAsString(node));
    }

    /** JSON here (f=json or geojson, for clients that always send it); f=html is FeaturesHtmlController's. */
    private static void checkFormat(String f) {
        if (f != null && !f.equals("json") && !f.equals("geojson") && !f.equals("html")) {
            throw new BadRequestException("f", "f must be json or html, got '" + f + "'");
        }
    }

    /** application/geo+json unless the client asked for plain application/json only. */
    private static MediaType mediaType(String accept) {
        if (accept != null && accept.contains("application/json") && !accept.contains("geo+json")) {
            return MediaType.APPLICATION_JSON;
        }
        return GEO_JSON;
    }

    private static boolean english(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.trim().toLowerCase().startsWith("en");
    }
}
