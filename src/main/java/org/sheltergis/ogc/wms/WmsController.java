package org.sheltergis.ogc.wms;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sheltergis.common.DatabaseOutage;
import org.sheltergis.ogc.wms.capabilities.CapabilitiesService;
import org.sheltergis.ogc.wms.encoding.ExceptionReports;
import org.sheltergis.ogc.wms.encoding.FeatureInfoWriter;
import org.sheltergis.ogc.wms.encoding.ImageEncoder;
import org.sheltergis.ogc.wms.rendering.LegendRenderer;
import org.sheltergis.ogc.wms.request.ExceptionMode;
import org.sheltergis.ogc.wms.request.FeatureInfoRequest;
import org.sheltergis.ogc.wms.request.ImageFormat;
import org.sheltergis.ogc.wms.request.LegendRequest;
import org.sheltergis.ogc.wms.request.MapRequest;
import org.sheltergis.ogc.wms.request.Params;
import org.sheltergis.ogc.wms.request.WmsRequestParser;
import org.sheltergis.ogc.wms.styles.LayerStyle;
import org.sheltergis.security.CallerAccess;
import org.sheltergis.tiles.TileCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The WMS endpoint (/wms, also /ows): dispatches on REQUEST to the parser, the map service and the encoders, and
 * answers every failure with a ServiceExceptionReport of the request's version (HTTP 503 with Retry-After while the
 * database cannot be reached). Maps and capabilities carry an ETag
 * and Last-Modified tied to the register's last change, so clients and proxies revalidate cheaply.
 */
@RestController
class WmsController {

    private static final Logger LOG = LoggerFactory.getLogger(WmsController.class);
    /** What a caller is known by (session cookie, API key, credentials): every answer may depend on it. */
    static final String VARY = "Cookie, X-API-Key, Authorization";
    /** Where a map came from: memory, disk (the tile cache), drawn (and cached), uncached (not a grid tile). */
    static final String TILE_CACHE = TileCache.HEADER;

    private final WmsRequestParser parser;
    private final MapService maps;
    private final CachedMaps cachedMaps;
    private final CapabilitiesService capabilities;
    private final DataVersion dataVersion;
    private final CallerAccess access;
    private final WmsProperties limits;
    private final FeatureInfoWriter infoWriter;

    WmsController(
            WmsRequestParser parser,
            MapService maps,
            CachedMaps cachedMaps,
            CapabilitiesService capabilities,
            DataVersion dataVersion,
            CallerAccess access,
            WmsProperties limits,
            FeatureInfoWriter infoWriter) {
        this.parser = parser;
        this.maps = maps;
        this.cachedMaps = cachedMaps;
        this.capabilities = capabilities;
        this.dataVersion = dataVersion;
        this.access = access;
        this.limits = limits;
        this.infoWriter = infoWriter;
    }

    @GetMapping({"/wms", "/ows"})
    ResponseEntity<byte[]> handle(HttpServletRequest http) {
        Params p = new Params(http.getParameterMap());
        WmsVersion version = WmsVersion.negotiate(p.get("VERSION", p.get("WMTVER")));
        String request = p.get("REQUEST", "");
        try {
            String service = p.get("SERVICE");
            if (service != null && !service.isBlank() && !service.trim().equalsIgnoreCase("WMS")) {
                throw WmsException.invalid("SERVICE", "SERVICE must be WMS, got '" + service + "'.");
            }
            switch (request.toLowerCase(Locale.ROOT)) {
                case "getcapabilities", "capabilities" -> {
                    return capabilities(p, http);
                }
                case "getmap", "map" -> {
                    return map(p, http);
                }
                case "getfeatureinfo", "feature_info" -> {
                    return featureInfo(p);
                }
                case "getlegendgraphic" -> {
                    return legend(p);
                }
                case "" -> throw WmsException.missing("REQUEST");
                default ->
                    throw new WmsException(
                            WmsException.OPERATION_NOT_SUPPORTED,
                            "request",
                            "The operation '" + request
                                    + "' is not offered; use GetCapabilities, GetMap, GetFeatureInfo "
                                    + "or GetLegendGraphic.");
            }
        } catch (WmsException e) {
            return exception(version, p, request, e);
        } catch (RuntimeException e) {
            if (DatabaseOutage.isOutage(e)) {
                LOG.warn("WMS request failed, database unavailable: {}", e.getMessage());
                return ResponseEntity.status(503)
                        .cacheControl(CacheControl.noStore())
                        .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.retryAfter())
                        .header(HttpHeaders.CONTENT_TYPE, ExceptionReports.contentType(version))
                        .body(ExceptionReports.xml(
                                        version,
                                        new WmsException(
                                                "NoApplicableCode",
                                                null,
                                                "The database is not reachable at the moment; try again shortly."))
                                .getBytes(StandardCharsets.UTF_8));
            }
            LOG.error("WMS request failed: {}", http.getQueryString(), e);
            return exception(
                    version,
                    p,
                    request,
                    new WmsException("NoApplicableCode", null, "The service could not answer this request."));
        }
    }

    private ResponseEntity<byte[]> capabilities(Params p, HttpServletRequest http) {
        String updateSequence = p.get("UPDATESEQUENCE");
        DataVersion.Version v = dataVersion.current();
        if (updateSequence != null && !updateSequence.isBlank()) {
            long asked = parseLong(updateSequence);
            if (asked == v.serial()) {
                throw new WmsException(
                        "CurrentUpdateSequence",
                        "updatesequence",
                        "The capabilities have not changed since update sequence " + asked + ".");
            }
            if (asked > v.serial()) {
                throw new WmsException(
                        WmsException.INVALID_UPDATE_SEQUENCE,
                        "updatesequence",
                        "UPDATESEQUENCE " + asked + " is newer than the service's " + v.serial() + ".");
            }
        }
        WmsVersion version = WmsVersion.negotiate(p.get("VERSION", p.get("WMTVER")));
        String base = BaseUrl.of(http);
        // The document lists what this caller may read.
        CallerAccess.Scope scope = access.scope();
        String etag = etag(v, p, base, scope);
        if (new ServletWebRequest(http).checkNotModified(etag, v.changedAt().toEpochMilli())) {
            return notModified(etag, scope);
        }
        String xml = capabilities.document(version, base, p.get("LANGUAGE", ""), v.serial());
        String format = p.get("FORMAT", "");
        String type = version == WmsVersion.V1_1_1 && !format.equalsIgnoreCase("text/xml")
                ? "application/vnd.ogc.wms_xml; charset=UTF-8"
                : "text/xml; charset=UTF-8";
        return cached(ResponseEntity.ok(), etag, v, scope)
                .header(HttpHeaders.CONTENT_TYPE, type)
                .body(xml.getBytes(StandardCharsets.UTF_8));
    }

    private ResponseEntity<byte[]> map(Params p, HttpServletRequest http) {
        MapRequest map = parser.map(p);
        DataVersion.Version v = dataVersion.current();
        // A map of public layers is the same for everyone; one with a restricted layer only for callers who read it.
        CallerAccess.Scope scope = access.scope()
                .forAnswerFrom(map.layers().stream().map(LayerStyle::layer).toList());
        if (cachedMaps.cacheable(map)) {
            // A grid tile from the tile cache: its validator is its own bytes, so it stays valid while edits elsewhere
            // change the register's version.
            TileCache.Tile tile = cachedMaps.map(map, scope);
            if (new ServletWebRequest(http).checkNotModified(tile.etag())) {
                return notModified(tile.etag(), scope);
            }
            return ResponseEntity.ok()
                    .cacheControl(shared(CacheControl.noCache(), scope))
                    .eTag(tile.etag())
                    .header(HttpHeaders.VARY, VARY)
                    .header(TILE_CACHE, tile.from())
                    .contentType(MediaType.parseMediaType(map.format().contentType()))
                    .body(tile.bytes());
        }
        String etag = etag(v, p, "", scope);
        if (new ServletWebRequest(http).checkNotModified(etag, v.changedAt().toEpochMilli())) {
            return notModified(etag, scope);
        }
        return cached(ResponseEntity.ok(), etag, v, scope)
                .header(TILE_CACHE, "uncached")
                .contentType(MediaType.parseMediaType(map.format().contentType()))
                .body(maps.map(map));
    }

    private ResponseEntity<byte[]> featureInfo(Params p) {
        FeatureInfoRequest r = parser.featureInfo(p);
        var features = maps.featureInfo(r);
        String body = infoWriter.write(
                r.infoFormat(), r.queryLayers(), features, r.map().language());
        CallerAccess.Scope scope = access.scope().forAnswerFrom(r.queryLayers());
        return ResponseEntity.ok()
                .cacheControl(shared(CacheControl.noCache(), scope))
                .header(HttpHeaders.VARY, VARY)
                .header(HttpHeaders.CONTENT_TYPE, r.infoFormat().contentType())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    private ResponseEntity<byte[]> legend(Params p) {
        LegendRequest r = parser.legend(p);
        byte[] image = ImageEncoder.encode(LegendRenderer.render(r), r.format());
        CallerAccess.Scope scope =
                access.scope().forAnswerFrom(java.util.List.of(r.layer().layer()));
        return ResponseEntity.ok()
                .cacheControl(shared(CacheControl.maxAge(java.time.Duration.ofHours(1)), scope))
                .header(HttpHeaders.VARY, VARY)
                .contentType(MediaType.parseMediaType(r.format().contentType()))
                .body(image);
    }

    private ResponseEntity<byte[]> exception(WmsVersion version, Params p, String request, WmsException e) {
        ExceptionMode mode = ExceptionMode.of(p.get("EXCEPTIONS"));
        if (mode != ExceptionMode.XML && request.equalsIgnoreCase("GetMap")) {
            byte[] image = inImage(p, e, mode);
            if (image != null) {
                ImageFormat format = ImageFormat.find(p.get("FORMAT")).orElseThrow();
                return ResponseEntity.ok()
                        .cacheControl(CacheControl.noStore())
                        .contentType(MediaType.parseMediaType(format.contentType()))
                        .body(image);
            }
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_TYPE, ExceptionReports.contentType(version))
                .body(ExceptionReports.xml(version, e).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The exception as an image, when the request's format and size are themselves usable (the same WIDTH/HEIGHT limits
     * as a map) and a render slot is free at once; else null, and the caller sends the XML report.
     */
    private byte[] inImage(Params p, WmsException e, ExceptionMode mode) {
        try {
            ImageFormat format = ImageFormat.find(p.get("FORMAT", "")).orElse(null);
            int width = Integer.parseInt(p.get("WIDTH", "").trim());
            int height = Integer.parseInt(p.get("HEIGHT", "").trim());
            if (format == null || width < 1 || height < 1 || width > limits.maxWidth() || height > limits.maxHeight()) {
                return null;
            }
            boolean transparent =
                    "TRUE".equalsIgnoreCase(p.get("TRANSPARENT", "FALSE").trim());
            java.awt.Color bg;
            try {
                bg = WmsRequestParser.color(p.get("BGCOLOR", "0xFFFFFF"));
            } catch (WmsException bad) {
                bg = java.awt.Color.WHITE;
            }
            java.awt.Color background = bg;
            return maps.exceptionImage(() -> ExceptionReports.image(
                    width, height, format, transparent, background, e, mode == ExceptionMode.INIMAGE));
        } catch (NumberFormatException bad) {
            return null;
        }
    }

    /**
     * An ETag over the data version, the scope of the answer (what its callers may read: see
     * {@link CallerAccess.Scope#key()}) and the request's parameters (names folded to upper case, sorted), so equal
     * requests from callers who read the same share it, any data change renews it, and an answer for one scope never
     * validates another's.
     */
    private static String etag(DataVersion.Version v, Params p, String base, CallerAccess.Scope scope) {
        Map<String, String> sorted = new TreeMap<>();
        p.asMap().forEach((k, val) -> sorted.put(k.toUpperCase(Locale.ROOT), val));
        String key = v.serial() + "|" + scope.key() + "|" + base + "|" + sorted;
        return "\"" + DigestUtils.md5DigestAsHex(key.getBytes(StandardCharsets.UTF_8)) + "\"";
    }

    private static ResponseEntity.BodyBuilder cached(
            ResponseEntity.BodyBuilder b, String etag, DataVersion.Version v, CallerAccess.Scope scope) {
        return b.cacheControl(shared(CacheControl.noCache(), scope))
                .eTag(etag)
                .lastModified(v.changedAt().toEpochMilli())
                .header(HttpHeaders.VARY, VARY);
    }

    private static ResponseEntity<byte[]> notModified(String etag, CallerAccess.Scope scope) {
        return ResponseEntity.status(304)
                .eTag(etag)
                .cacheControl(shared(CacheControl.noCache(), scope))
                .header(HttpHeaders.VARY, VARY)
                .build();
    }

    /** Public (shared caches may keep it) only when the answer is the same for everyone; else private. */
    private static CacheControl shared(CacheControl cc, CallerAccess.Scope scope) {
        return scope.isAnonymous() ? cc.cachePublic() : cc.cachePrivate();
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            throw WmsException.invalid("UPDATESEQUENCE", "UPDATESEQUENCE must be a number.");
        }
    }
}
