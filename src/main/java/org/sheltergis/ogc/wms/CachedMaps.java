package org.sheltergis.ogc.wms;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sheltergis.ogc.wms.rendering.MapSource;
import org.sheltergis.ogc.wms.request.Crs;
import org.sheltergis.ogc.wms.request.ExceptionMode;
import org.sheltergis.ogc.wms.request.ImageFormat;
import org.sheltergis.ogc.wms.request.MapRequest;
import org.sheltergis.ogc.wms.styles.LayerStyle;
import org.sheltergis.security.CallerAccess;
import org.sheltergis.tiles.TileCache;
import org.sheltergis.tiles.WebMercatorQuad;
import org.springframework.stereotype.Component;

/**
 * Maps through the tile cache: a GetMap of one 256 px cell of the EPSG:3857 grid (what Leaflet's tile layers and OGC API
 * – Tiles ask for) is kept in {@link TileCache} by the caller's access scope and the request's drawing parameters,
 * and dropped when a change touches its layers' tables within the area the renderer reads for it; any other map is
 * drawn every time.
 */
@Component
class CachedMaps {

    private final MapService maps;
    private final TileCache cache;

    CachedMaps(MapService maps, TileCache cache) {
        this.maps = maps;
        this.cache = cache;
    }

    /** Whether this map is one cell of the grid whose layers may be cached: then {@link #map} keeps it. */
    boolean cacheable(MapRequest map) {
        return gridTile(map) != null && cache.tablesOf(layers(map)) != null;
    }

    /** The map from the cache if it is a cacheable grid tile, else drawn now ("uncached", no validator). */
    TileCache.Tile map(MapRequest map, CallerAccess.Scope scope) {
        WebMercatorQuad.TileId tile = gridTile(map);
        Set<String> tables = tile == null ? null : cache.tablesOf(layers(map));
        if (tables == null) {
            return new TileCache.Tile(maps.map(map), null, "uncached");
        }
        // Everything that changes the drawing, and nothing else (the version, axis order and exception mode do not).
        String request = "wms/" + tile.path() + "|"
                + map.layers().stream()
                        .map(l -> l.layer().name() + ":" + l.style().name())
                        .collect(Collectors.joining(","))
                + "|" + map.format() + "|" + map.transparent() + "|"
                + map.background().getRGB() + "|"
                + map.language();
        var sources = new TileCache.Sources(tables, WebMercatorQuad.lonLatArea(tile, MapSource.MARGIN_PX));
        return cache.get(scope.key(), request, sources, () -> maps.map(map));
    }

    private static List<org.sheltergis.layers.LayerDefinition> layers(MapRequest map) {
        return map.layers().stream().map(LayerStyle::layer).toList();
    }

    private static WebMercatorQuad.TileId gridTile(MapRequest map) {
        return map.crs().srid() == 3857
                        && map.width() == WebMercatorQuad.TILE_SIZE
                        && map.height() == WebMercatorQuad.TILE_SIZE
                ? WebMercatorQuad.tileOf(
                        map.bbox().getMinX(),
                        map.bbox().getMinY(),
                        map.bbox().getMaxX(),
                        map.bbox().getMaxY())
                : null;
    }

    /** A tile of the grid drawn from these layers with their default styles, as a transparent 32-bit PNG. */
    TileCache.Tile tile(List<LayerStyle> layers, WebMercatorQuad.TileId t, CallerAccess.Scope scope) {
        double[] b = WebMercatorQuad.bounds(t);
        MapRequest map = new MapRequest(
                WmsVersion.V1_3_0,
                layers,
                Crs.find("EPSG:3857").orElseThrow(),
                new org.locationtech.jts.geom.Envelope(b[0], b[2], b[1], b[3]),
                WebMercatorQuad.TILE_SIZE,
                WebMercatorQuad.TILE_SIZE,
                ImageFormat.PNG,
                true,
                java.awt.Color.WHITE,
                ExceptionMode.XML,
                "");
        return map(map, scope);
    }
}
