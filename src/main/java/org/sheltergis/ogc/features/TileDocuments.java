package org.sheltergis.ogc.features;

import static org.sheltergis.ogc.features.Links.JSON;
import static org.sheltergis.ogc.features.Links.link;
import static org.sheltergis.ogc.features.Links.url;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sheltergis.layers.BoundingBox;
import org.sheltergis.layers.LayerDefinition;
import org.sheltergis.tiles.WebMercatorQuad;

/**
 * The JSON documents of OGC API – Tiles 1.0 (tile sets and their lists) and of the Tile Matrix Set standard 2.0
 * (WebMercatorQuad), built as maps like the features documents.
 */
final class TileDocuments {

    static final String MVT = "application/vnd.mapbox-vector-tile";
    static final String PNG = "image/png";
    static final String REL_TILESETS_VECTOR = "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector";
    static final String REL_TILESETS_MAP = "http://www.opengis.net/def/rel/ogc/1.0/tilesets-map";
    static final String REL_TILING_SCHEME = "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme";
    static final String REL_TMS = "http://www.opengis.net/def/rel/ogc/1.0/tiling-schemes";
    /** Tile sets are described down to this zoom (about 0.6 m per pixel); deeper tiles are served too. */
    static final int DESCRIBED_ZOOM = 18;

    /** Vector tiles (MVT) or map tiles (PNG) of a collection. */
    enum Kind {
        VECTOR("vector", "/tiles", MVT, REL_TILESETS_VECTOR),
        MAP("map", "/map/tiles", PNG, REL_TILESETS_MAP);

        final String dataType;
        final String path;
        final String mediaType;
        final String rel;

        Kind(String dataType, String path, String mediaType, String rel) {
            this.dataType = dataType;
            this.path = path;
            this.mediaType = mediaType;
            this.rel = rel;
        }
    }

    private TileDocuments() {}

    static Map<String, Object> tileMatrixSets() {
        Map<String, Object> tms = new LinkedHashMap<>();
        tms.put("id", WebMercatorQuad.ID);
        tms.put("title", "Google Maps Compatible for the World");
        tms.put("uri", WebMercatorQuad.URI);
        tms.put(
                "links",
                List.of(link(url(Documents.ROOT + "/tileMatrixSets/" + WebMercatorQuad.ID), "self", JSON, null)));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("links", List.of(link(url(Documents.ROOT + "/tileMatrixSets"), "self", JSON, "The tiling schemes")));
        doc.put("tileMatrixSets", List.of(tms));
        return doc;
    }

    /**
     * WebMercatorQuad as the Tile Matrix Set standard 2.0 defines it (JSON encoding), with the members of the 1.0
     * encoding beside them ({@code type}, {@code identifier}, {@code supportedCRS}, {@code tileMatrix}): GDAL 3.6
     * (Debian 12) reads only 1.0, later versions and other clients read 2.0; neither minds the other's members.
     */
    static Map<String, Object> webMercatorQuad() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", WebMercatorQuad.ID);
        doc.put("title", "Google Maps Compatible for the World");
        doc.put("uri", WebMercatorQuad.URI);
        doc.put("crs", WebMercatorQuad.CRS);
        doc.put("orderedAxes", List.of("X", "Y"));
        doc.put("wellKnownScaleSet", "http://www.opengis.net/def/wkss/OGC/1.0/GoogleMapsCompatible");
        List<Map<String, Object>> matrices = new ArrayList<>();
        for (int z = 0; z <= WebMercatorQuad.MAX_ZOOM; z++) {
            Map<String, Object> m = new LinkedHashMap<>();
            long n = 1L << z;
            m.put("id", Integer.toString(z));
            m.put("scaleDenominator", WebMercatorQuad.SCALE_0 / n);
            m.put("cellSize", WebMercatorQuad.tileSpan(z) / WebMercatorQuad.TILE_SIZE);
            m.put("cornerOfOrigin", "topLeft");
            m.put("pointOfOrigin", List.of(-WebMercatorQuad.HALF, WebMercatorQuad.HALF));
            m.put("tileWidth", WebMercatorQuad.TILE_SIZE);
            m.put("tileHeight", WebMercatorQuad.TILE_SIZE);
            m.put("matrixWidth", n);
            m.put("matrixHeight", n);
            matrices.add(m);
        }
        doc.put("tileMatrices", matrices);
        // TMS 1.0
        doc.put("type", "TileMatrixSetType");
        doc.put("identifier", WebMercatorQuad.ID);
        doc.put("supportedCRS", WebMercatorQuad.CRS);
        doc.put(
                "tileMatrix",
                matrices.stream()
                        .map(m -> {
                            Map<String, Object> old = new LinkedHashMap<>();
                            old.put("type", "TileMatrixType");
                            old.put("identifier", m.get("id"));
                            old.put("scaleDenominator", m.get("scaleDenominator"));
                            old.put("topLeftCorner", m.get("pointOfOrigin"));
                            old.put("tileWidth", m.get("tileWidth"));
                            old.put("tileHeight", m.get("tileHeight"));
                            old.put("matrixWidth", m.get("matrixWidth"));
                            old.put("matrixHeight", m.get("matrixHeight"));
                            return old;
                        })
                        .toList());
        doc.put(
                "links",
                List.of(link(url(Documents.ROOT + "/tileMatrixSets/" + WebMercatorQuad.ID), "self", JSON, null)));
        return doc;
    }

    static String base(LayerDefinition layer, Kind kind) {
        return Documents.ROOT + "/collections/" + layer.name() + kind.path;
    }

    static Map<String, Object> tileSets(LayerDefinition layer, Kind kind, Optional<BoundingBox> extent, boolean en) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("title", title(layer, kind, en));
        summary.put("dataType", kind.dataType);
        summary.put("crs", WebMercatorQuad.CRS);
        summary.put("tileMatrixSetURI", WebMercatorQuad.URI);
        summary.put("links", tileSetLinks(layer, kind));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("links", List.of(link(url(base(layer, kind)), "self", JSON, "The tile sets of this collection")));
        doc.put("tilesets", List.of(summary));
        return doc;
    }

    static Map<String, Object> tileSet(LayerDefinition layer, Kind kind, Optional<BoundingBox> extent, boolean en) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", title(layer, kind, en));
        doc.put("dataType", kind.dataType);
        doc.put("crs", WebMercatorQuad.CRS);
        doc.put("tileMatrixSetURI", WebMercatorQuad.URI);
        extent.ifPresent(b -> {
            doc.put(
                    "boundingBox",
                    Map.of(
                            "lowerLeft", List.of(b.minX(), b.minY()),
                            "upperRight", List.of(b.maxX(), b.maxY()),
                            "crs", FeatureCrs.CRS84.uri()));
            doc.put("tileMatrixSetLimits", limits(b));
        });
        if (kind == Kind.VECTOR) {
            doc.put(
                    "layers",
                    List.of(Map.of(
                            "id",
                            layer.name(),
                            "dataType",
                            "vector",
                            "geometryDimension",
                            layer.geometry().ogcName().contains("Point") ? 0 : 2,
                            "minTileMatrix",
                            "0",
                            "maxTileMatrix",
                            Integer.toString(WebMercatorQuad.MAX_ZOOM))));
        }
        List<Map<String, Object>> links = new ArrayList<>(tileSetLinks(layer, kind));
        links.add(link(url(Documents.ROOT + "/collections/" + layer.name()), "collection", JSON, "The collection"));
        doc.put("links", links);
        return doc;
    }

    private static List<Map<String, Object>> tileSetLinks(LayerDefinition layer, Kind kind) {
        String set = base(layer, kind) + "/" + WebMercatorQuad.ID;
        Map<String, Object> item = link(
                url(set) + "/{tileMatrix}/{tileRow}/{tileCol}",
                "item",
                kind.mediaType,
                kind == Kind.VECTOR ? "Mapbox vector tiles" : "PNG map tiles");
        item.put("templated", true);
        return List.of(
                link(url(set), "self", JSON, "This tile set"),
                link(url(Documents.ROOT + "/tileMatrixSets/" + WebMercatorQuad.ID), REL_TILING_SCHEME, JSON, null),
                item);
    }

    /** The tiles that hold the collection's extent, zoom by zoom. */
    private static List<Map<String, Object>> limits(BoundingBox b) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int z = 0; z <= DESCRIBED_ZOOM; z++) {
            long n = 1L << z;
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("tileMatrix", Integer.toString(z));
            l.put("minTileRow", clamp(row(b.maxY(), n), n));
            l.put("maxTileRow", clamp(row(b.minY(), n), n));
            l.put("minTileCol", clamp(col(b.minX(), n), n));
            l.put("maxTileCol", clamp(col(b.maxX(), n), n));
            out.add(l);
        }
        return out;
    }

    private static long col(double lon, long n) {
        return (long) Math.floor((lon + 180) / 360 * n);
    }

    private static long row(double lat, long n) {
        double r = Math.toRadians(Math.max(-85.0511, Math.min(85.0511, lat)));
        return (long) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n);
    }

    private static long clamp(long v, long n) {
        return Math.max(0, Math.min(n - 1, v));
    }

    private static String title(LayerDefinition layer, Kind kind, boolean en) {
        String name = en ? layer.titleEn() : layer.titleZh();
        return name + (kind == Kind.VECTOR ? (en ? " — vector tiles" : " — 矢量瓦片") : (en ? " — map tiles" : " — 地图瓦片"));
    }

    /** The links a collection gains: its vector and map tile sets. */
    static List<Map<String, Object>> collectionLinks(LayerDefinition layer) {
        return List.of(
                link(url(base(layer, Kind.VECTOR)), REL_TILESETS_VECTOR, JSON, "Vector tiles (MVT) of this collection"),
                link(url(base(layer, Kind.MAP)), REL_TILESETS_MAP, JSON, "Map tiles (PNG) of this collection"));
    }
}
