package org.sheltergis.ogc.features;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.NotFoundException;
import org.sheltergis.layers.FeatureStore;
import org.sheltergis.layers.LayerDefinition;
import org.sheltergis.ogc.wms.MapTiles;
import org.sheltergis.security.CallerAccess;
import org.sheltergis.tiles.TileCache;
import org.sheltergis.tiles.WebMercatorQuad;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.context.request.ServletWebRequest;

/**
 * OGC API – Tiles 1.0 (Core, TileSet, TileSets list, GeoData tile sets; WebMercatorQuad) over the same collections as
 * the features: vector tiles (MVT from PostGIS) at {@code /collections/{id}/tiles}, map tiles (PNG from the WMS
 * renderer) at {@code /collections/{id}/map/tiles}, both through the tile cache. Who reads which collection is
 * {@link CollectionAccess}'s decision, as for the features; a collection the caller may not read is a 404.
 */
@RestController
@RequestMapping(Documents.ROOT)
@CrossOrigin(origins = "*", methods = RequestMethod.GET, exposedHeaders = "ETag")
class TilesController {

    private final CollectionAccess access;
    private final CallerAccess caller;
    private final FeatureStore store;
    private final VectorTiles vectorTiles;
    private final MapTiles mapTiles;

    TilesController(
            CollectionAccess access,
            CallerAccess caller,
            FeatureStore store,
            VectorTiles vectorTiles,
            MapTiles mapTiles) {
        this.access = access;
        this.caller = caller;
        this.store = store;
        this.vectorTiles = vectorTiles;
        this.mapTiles = mapTiles;
    }

    @Operation(summary = "The tiling schemes (tile matrix sets) this API offers")
    @GetMapping(value = "/tileMatrixSets", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> tileMatrixSets(@RequestParam(required = false) String f) {
        jsonOnly(f);
        return TileDocuments.tileMatrixSets();
    }

    @Operation(summary = "One tiling scheme (OGC Tile Matrix Set 2.0, JSON)")
    @GetMapping(value = "/tileMatrixSets/{tileMatrixSetId}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> tileMatrixSet(@PathVariable String tileMatrixSetId, @RequestParam(required = false) String f) {
        jsonOnly(f);
        tms(tileMatrixSetId);
        return TileDocuments.webMercatorQuad();
    }

    @Operation(summary = "The vector tile sets of a collection")
    @GetMapping(value = "/collections/{collectionId}/tiles", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> vectorTileSets(
            @PathVariable String collectionId,
            @RequestParam(required = false) String f,
            @RequestHeader(value = "Accept-Language", required = false) String language) {
        return tileSets(collectionId, TileDocuments.Kind.VECTOR, f, language);
    }

    @Operation(summary = "The map tile sets of a collection")
    @GetMapping(value = "/collections/{collectionId}/map/tiles", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> mapTileSets(
            @PathVariable String collectionId,
            @RequestParam(required = false) String f,
            @RequestHeader(value = "Accept-Language", required = false) String language) {
        return tileSets(collectionId, TileDocuments.Kind.MAP, f, language);
    }

    @Operation(summary = "A vector tile set of a collection")
    @GetMapping(
            value = "/collections/{collectionId}/tiles/{tileMatrixSetId}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> vectorTileSet(
            @PathVariable String collectionId,
            @PathVariable String tileMatrixSetId,
            @RequestParam(required = false) String f,
            @RequestHeader(value = "Accept-Language", required = false) String language) {
        return tileSet(collectionId, tileMatrixSetId, TileDocuments.Kind.VECTOR, f, language);
    }

    @Operation(summary = "A map tile set of a collection")
    @GetMapping(
            value = "/collections/{collectionId}/map/tiles/{tileMatrixSetId}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> mapTileSet(
            @PathVariable String collectionId,
            @PathVariable String tileMatrixSetId,
            @RequestParam(required = false) String f,
            @RequestHeader(value = "Accept-Language", required = false) String language) {
        return tileSet(collectionId, tileMatrixSetId, TileDocuments.Kind.MAP, f, language);
    }

    @Operation(summary = "A vector tile (Mapbox Vector Tile) of a collection")
    @GetMapping("/collections/{collectionId}/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}")
    ResponseEntity<byte[]> vectorTile(
            @PathVariable String collectionId,
            @PathVariable String tileMatrixSetId,
            @PathVariable String tileMatrix,
            @PathVariable String tileRow,
            @PathVariable String tileCol,
            @RequestParam(required = false) String f,
            HttpServletRequest http) {
        if (f != null && !f.equals("mvt")) {
            throw new BadRequestException("f", "f must be mvt for a vector tile, got '" + f + "'");
        }
        LayerDefinition layer = access.collection(collectionId);
        WebMercatorQuad.TileId t = tile(tileMatrixSetId, tileMatrix, tileRow, tileCol);
        TileCache.Tile tile = vectorTiles.tile(layer, t, caller.scope());
        return answer(tile, TileDocuments.MVT, layer, http);
    }

    @Operation(summary = "A map tile (PNG) of a collection, drawn with its default style")
    @GetMapping("/collections/{collectionId}/map/tiles/{tileMatrixSetId}/{tileMatrix}/{tileRow}/{tileCol}")
    ResponseEntity<byte[]> mapTile(
            @PathVariable String collectionId,
            @PathVariable String tileMatrixSetId,
            @PathVariable String tileMatrix,
            @PathVariable String tileRow,
            @PathVariable String tileCol,
            @RequestParam(required = false) String f,
            HttpServletRequest http) {
        if (f != null && !f.equals("png")) {
            throw new BadRequestException("f", "f must be png for a map tile, got '" + f + "'");
        }
        LayerDefinition layer = access.collection(collectionId);
        WebMercatorQuad.TileId t = tile(tileMatrixSetId, tileMatrix, tileRow, tileCol);
        TileCache.Tile tile = mapTiles.png(layer, t, caller.scope());
        return answer(tile, TileDocuments.PNG, layer, http);
    }

    private Map<String, Object> tileSets(String collectionId, TileDocuments.Kind kind, String f, String language) {
        jsonOnly(f);
        LayerDefinition layer = access.collection(collectionId);
        return TileDocuments.tileSets(layer, kind, store.extent(layer), english(language));
    }

    private Map<String, Object> tileSet(
            String collectionId, String tmsId, TileDocuments.Kind kind, String f, String language) {
        jsonOnly(f);
        LayerDefinition layer = access.collection(collectionId);
        tms(tmsId);
        return TileDocuments.tileSet(layer, kind, store.extent(layer), english(language));
    }

    /**
     * An empty vector tile is 204 (the standard's "no content"); validators are the tile's own bytes, so a tile
     * elsewhere keeps its ETag when an edit changes this one.
     */
    private ResponseEntity<byte[]> answer(
            TileCache.Tile tile, String type, LayerDefinition layer, HttpServletRequest http) {
        CacheControl cc = layer.isPublic()
                ? CacheControl.noCache().cachePublic()
                : CacheControl.noCache().cachePrivate();
        if (tile.etag() != null && new ServletWebRequest(http).checkNotModified(tile.etag())) {
            return ResponseEntity.status(304)
                    .eTag(tile.etag())
                    .cacheControl(cc)
                    .header(HttpHeaders.VARY, "Cookie, X-API-Key, Authorization")
                    .build();
        }
        var b = ResponseEntity.status(tile.bytes().length == 0 ? 204 : 200)
                .cacheControl(cc)
                .header(HttpHeaders.VARY, "Cookie, X-API-Key, Authorization")
                .header(TileCache.HEADER, tile.from());
        if (tile.etag() != null) {
            b.eTag(tile.etag());
        }
        if (tile.bytes().length == 0) {
            return b.build();
        }
        return b.contentType(MediaType.parseMediaType(type)).body(tile.bytes());
    }

    private static void tms(String id) {
        if (!WebMercatorQuad.ID.equals(id)) {
            throw new NotFoundException("There is no tile matrix set '" + id + "'; this API offers WebMercatorQuad.");
        }
    }

    private static WebMercatorQuad.TileId tile(String tms, String matrix, String row, String col) {
        tms(tms);
        int z = (int) number(matrix, "tileMatrix");
        WebMercatorQuad.TileId t = new WebMercatorQuad.TileId(z, number(col, "tileCol"), number(row, "tileRow"));
        if (z > WebMercatorQuad.MAX_ZOOM || !WebMercatorQuad.exists(t)) {
            throw new NotFoundException("There is no tile " + t.path() + " in WebMercatorQuad.");
        }
        return t;
    }

    private static long number(String text, String parameter) {
        try {
            long v = Long.parseLong(text);
            if (v < 0 || v > Integer.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new BadRequestException(
                    parameter, parameter + " must be a whole number of at least 0, got '" + text + "'");
        }
    }

    private static void jsonOnly(String f) {
        if (f != null && !f.equals("json")) {
            throw new BadRequestException("f", "f must be json, got '" + f + "'");
        }
    }

    private static boolean english(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.trim().toLowerCase().startsWith("en");
    }
}
