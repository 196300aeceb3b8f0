package org.sheltergis.ogc.wms.capabilities;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Envelope;
import org.sheltergis.common.PublicDatabase;
import org.sheltergis.common.SqlFiles;
import org.sheltergis.layers.BoundingBox;
import org.sheltergis.layers.FeatureStore;
import org.sheltergis.layers.LayerDefinition;
import org.sheltergis.ogc.wms.request.Crs;
import org.springframework.stereotype.Component;

/**
 * Each layer's extent in every offered CRS (x = easting/longitude), computed in PostGIS and kept until the data
 * changes. An empty layer gets the extent of Nantong, so clients still have somewhere to look.
 */
@Component
class LayerExtents {

    /** Nantong city (all districts), lon/lat. */
    static final BoundingBox NANTONG = new BoundingBox(120.2, 31.55, 121.95, 32.75);

    private record Key(String layer, long serial) {}

    private final FeatureStore store;
    private final PublicDatabase database;
    private final Map<Key, Map<Crs, Envelope>> cache = new ConcurrentHashMap<>();

    LayerExtents(FeatureStore store, PublicDatabase database) {
        this.store = store;
        this.database = database;
    }

    Map<Crs, Envelope> extents(LayerDefinition layer, long serial) {
        Key key = new Key(layer.name(), serial);
        Map<Crs, Envelope> found = cache.get(key);
        if (found != null) {
            return found;
        }
        cache.keySet().removeIf(k -> k.layer().equals(layer.name()));
        BoundingBox box = store.extent(layer).orElse(NANTONG);
        if (box.maxX() - box.minX() < 1e-6 || box.maxY() - box.minY() < 1e-6) {
            box = new BoundingBox(box.minX() - 0.001, box.minY() - 0.001, box.maxX() + 0.001, box.maxY() + 0.001);
        }
        Map<Crs, Envelope> out = inAllCrs(box);
        cache.put(key, out);
        return out;
    }

    Map<Crs, Envelope> inAllCrs(BoundingBox box) {
        // An array literal, since a bound Java array would be expanded into a list of placeholders.
        String srids = Crs.ALL.stream()
                .map(c -> String.valueOf(c.srid()))
                .distinct()
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));
        Map<Integer, Envelope> bySrid = new LinkedHashMap<>();
        database.jdbc()
                .sql(SqlFiles.load("wms/extents.sql"))
                .param("minx", box.minX())
                .param("miny", box.minY())
                .param("maxx", box.maxX())
                .param("maxy", box.maxY())
                .param("srids", srids)
                .query((rs, n) -> bySrid.put(
                        rs.getInt("srid"),
                        new Envelope(
                                rs.getDouble("minx"),
                                rs.getDouble("maxx"),
                                rs.getDouble("miny"),
                                rs.getDouble("maxy"))))
                .list();
        Map<Crs, Envelope> out = new LinkedHashMap<>();
        for (Crs crs : Crs.ALL) {
            out.put(crs, bySrid.get(crs.srid()));
        }
        return out;
    }
}
