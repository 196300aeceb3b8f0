package org.sheltergis.ogc.wms;

import java.util.List;
import org.sheltergis.layers.LayerDefinition;
import org.sheltergis.ogc.wms.styles.LayerStyle;
import org.sheltergis.ogc.wms.styles.StyleLibrary;
import org.sheltergis.security.CallerAccess;
import org.sheltergis.tiles.TileCache;
import org.sheltergis.tiles.WebMercatorQuad;
import org.springframework.stereotype.Component;

/**
 * Map tiles of the WMS's renderer for other outlets (OGC API – Tiles): a layer in its default SLD style, one
 * WebMercatorQuad cell, transparent PNG — drawn by the same code, with the same limits, through the same cache as a
 * Leaflet GetMap of that cell. The caller has checked that the layer may be read.
 */
@Component
public class MapTiles {

    private final CachedMaps maps;
    private final StyleLibrary styles;

    MapTiles(CachedMaps maps, StyleLibrary styles) {
        this.maps = maps;
        this.styles = styles;
    }

    public TileCache.Tile png(LayerDefinition layer, WebMercatorQuad.TileId tile, CallerAccess.Scope scope) {
        var style = styles.find(layer, null).orElseThrow();
        return maps.tile(List.of(new LayerStyle(layer, style)), tile, scope.forAnswerFrom(List.of(layer)));
    }
}
