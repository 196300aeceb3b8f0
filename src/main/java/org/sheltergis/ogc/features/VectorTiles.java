package org.sheltergis.ogc.features;

import java.util.Map;
import java.util.stream.Collectors;
import org.sheltergis.common.SqlFiles;
import org.sheltergis.layers.Attribute;
import org.sheltergis.layers.FeatureStore;
import org.sheltergis.layers.LayerDefinition;
import org.sheltergis.security.CallerAccess;
import org.sheltergis.tiles.TileCache;
import org.sheltergis.tiles.WebMercatorQuad;
import org.springframework.stereotype.Component;

/**
 * Mapbox Vector Tiles of a collection, built by PostGIS ({@code ST_AsMVT}) through the layer's own connection (public
 * layers through the public role), with the attributes the catalog publishes for it, kept in the tile cache like map
 * tiles. One MVT layer per tile, named after the collection.
 */
@Component
class VectorTiles {

    /** Tile units (of 4096) read around a tile, so lines and polygons continue across tile edges. */
    static final int BUFFER = 64;

    private final FeatureStore store;
    private final TileCache cache;

    VectorTiles(FeatureStore store, TileCache cache) {
        this.store = store;
        this.cache = cache;
    }

    TileCache.Tile tile(LayerDefinition layer, WebMercatorQuad.TileId t, CallerAccess.Scope scope) {
        var tables = cache.tablesOf(java.util.List.of(layer));
        if (tables == null) {
            return new TileCache.Tile(build(layer, t), null, "uncached");
        }
        var sources = new TileCache.Sources(
                tables, WebMercatorQuad.lonLatArea(t, WebMercatorQuad.TILE_SIZE * (double) BUFFER / 4096));
        return cache.get(
                scope.forAnswerFrom(java.util.List.of(layer)).key(),
                "mvt/" + layer.name() + "/" + t.path(),
                sources,
                () -> build(layer, t));
    }

    private byte[] build(LayerDefinition layer, WebMercatorQuad.TileId t) {
        String columns = layer.attributes().stream().map(VectorTiles::column).collect(Collectors.joining());
        String sql = SqlFiles.template(
                "ogcapi/vector_tile.sql", Map.of("relation", layer.qualifiedRelation(), "columns", columns));
        byte[] mvt = store.jdbcFor(layer)
                .sql(sql)
                .param("z", t.z())
                .param("x", (int) t.x())
                .param("y", (int) t.y())
                .param("buffer", BUFFER)
                .param("layer", layer.name())
                .query(byte[].class)
                .single();
        return mvt == null ? new byte[0] : mvt;
    }

    /** MVT values are strings, numbers and booleans: dates and times go as ISO text. */
    private static String column(Attribute a) {
        String name = "\"" + a.name() + "\"";
        return switch (a.type()) {
            case "date", "date-time" -> ", to_json(t." + name + ") #>> '{}' AS " + name;
            default -> ", t." + name;
        };
    }
}
