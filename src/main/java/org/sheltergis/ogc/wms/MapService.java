package org.sheltergis.ogc.wms;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.sheltergis.common.DatabaseOutage;
import org.sheltergis.layers.GeometryKind;
import org.sheltergis.layers.LayerDefinition;
import org.sheltergis.ogc.wms.encoding.ImageEncoder;
import org.sheltergis.ogc.wms.rendering.MapFeature;
import org.sheltergis.ogc.wms.rendering.MapRenderer;
import org.sheltergis.ogc.wms.rendering.MapSource;
import org.sheltergis.ogc.wms.rendering.ScreenTransform;
import org.sheltergis.ogc.wms.request.FeatureInfoRequest;
import org.sheltergis.ogc.wms.request.ImageFormat;
import org.sheltergis.ogc.wms.request.MapRequest;
import org.sheltergis.ogc.wms.styles.LayerStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;

/**
 * Serves typed requests: fetches the features, draws and encodes the map, or finds features under a pixel. Holds the
 * limits: a slot among {@code maxConcurrentRenders} (so memory stays bounded), the feature count and the deadline.
 */
@Component
class MapService {

    private static final Logger LOG = LoggerFactory.getLogger(MapService.class);

    private final MapSource source;
    private final WmsProperties limits;
    private final Semaphore slots;

    /** Maps with nothing on them (tiles beyond the data are most tiles of a city map), encoded once per shape. */
    private record EmptyKey(int width, int height, ImageFormat format, boolean transparent, int background) {}

    private final java.util.Map<EmptyKey, byte[]> emptyImages = new java.util.concurrent.ConcurrentHashMap<>();

    MapService(MapSource source, WmsProperties limits) {
        this.source = source;
        this.limits = limits;
        this.slots = new Semaphore(limits.maxConcurrentRenders(), true);
    }

    byte[] map(MapRequest map) {
        Deadline deadline = new Deadline(limits.renderTimeout());
        acquire(deadline);
        try {
            List<MapRenderer.LayerData> data = new ArrayList<>();
            int remaining = limits.maxFeatures();
            double scale = map.scaleDenominator();
            for (LayerStyle ls : map.layers()) {
                // A layer none of whose rules apply at this scale costs no query.
                if (ls.style().rules().stream().noneMatch(r -> r.appliesAt(scale))) {
                    continue;
                }
                // Label points cost PostGIS work per feature: only when a label rule applies at this scale.
                boolean labels = ls.style().rules().stream()
                        .anyMatch(r -> r.appliesAt(scale)
                                && r.symbolizers().stream()
                                        .anyMatch(s -> s instanceof org.sheltergis.ogc.sld.Symbolizer.TextSymbolizer));
                List<MapFeature> features = source.mapFeatures(
                        ls.layer(),
                        ls.style().propertyNames(),
                        labels,
                        map,
                        remaining + 1,
                        deadline.remainingSeconds());
                if (features.size() > remaining) {
                    throw new WmsException(
                            WmsException.LIMIT_EXCEEDED,
                            null,
                            "The map would draw more than " + limits.maxFeatures()
                                    + " features, this service's limit; ask for a smaller area.");
                }
                remaining -= features.size();
                data.add(new MapRenderer.LayerData(ls, features));
                deadline.check();
            }
            // Bounded: tile-sized maps only, and a handful of shapes (clients ask for one or two tile sizes).
            if (data.stream().allMatch(d -> d.features().isEmpty())
                    && map.width() * map.height() <= 512 * 512
                    && (emptyImages.size() < 32
                            || emptyImages.containsKey(new EmptyKey(
                                    map.width(),
                                    map.height(),
                                    map.format(),
                                    map.transparent(),
                                    map.background().getRGB())))) {
                return emptyImages.computeIfAbsent(
                        new EmptyKey(
                                map.width(),
                                map.height(),
                                map.format(),
                                map.transparent(),
                                map.background().getRGB()),
                        k -> ImageEncoder.encode(MapRenderer.render(map, List.of(), deadline), map.format()));
            }
            return ImageEncoder.encode(MapRenderer.render(map, data, deadline), map.format());
        } catch (DataAccessException e) {
            throw databaseFailure(e);
        } finally {
            slots.release();
        }
    }

    /**
     * An INIMAGE / BLANK answer, drawn in a render slot like a map, but only when a slot is free at once and no map is
     * waiting for one (a timed tryAcquire honours the fair queue): a flood of failing requests takes no slot a map
     * needs and queues behind nothing. Null when no slot is free: the caller answers with the XML report instead.
     */
    byte[] exceptionImage(java.util.function.Supplier<byte[]> draw) {
        try {
            if (!slots.tryAcquire(0, TimeUnit.MILLISECONDS)) {
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        try {
            return draw.get();
        } finally {
            slots.release();
        }
    }

    List<MapSource.InfoFeature> featureInfo(FeatureInfoRequest r) {
        Deadline deadline = new Deadline(limits.renderTimeout());
        ScreenTransform screen =
                new ScreenTransform(r.map().bbox(), r.map().width(), r.map().height());
        Point2D.Double at = screen.world(r.i() + 0.5, r.j() + 0.5);
        List<MapSource.InfoFeature> out = new ArrayList<>();
        try {
            for (LayerDefinition layer : r.queryLayers()) {
                // Points are hit within a marker's radius, areas within a couple of pixels of their edge.
                double tolerance = r.map().pixelSize() * (layer.geometry() == GeometryKind.POINT ? 6 : 2);
                out.addAll(source.infoFeatures(
                        layer, r.map(), at.x, at.y, tolerance, r.featureCount(), deadline.remainingSeconds()));
                deadline.check();
            }
        } catch (DataAccessException e) {
            throw databaseFailure(e);
        }
        return out;
    }

    private void acquire(Deadline deadline) {
        try {
            if (!slots.tryAcquire(deadline.remainingMillis(), TimeUnit.MILLISECONDS)) {
                throw new WmsException(
                        WmsException.LIMIT_EXCEEDED,
                        null,
                        "The service is drawing as many maps as it may at once; try again shortly.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WmsException(WmsException.LIMIT_EXCEEDED, null, "The request was interrupted.");
        }
    }

    private RuntimeException databaseFailure(DataAccessException e) {
        if (DatabaseOutage.isOutage(e)) {
            return e; // the controller answers 503
        }
        if (e instanceof QueryTimeoutException || String.valueOf(e.getMessage()).contains("canceling statement")) {
            return new WmsException(
                    WmsException.LIMIT_EXCEEDED,
                    null,
                    "Reading the map's features took longer than this service's render deadline of "
                            + limits.renderTimeout().toSeconds() + " s.");
        }
        LOG.warn("WMS query failed", e);
        return new WmsException("NoApplicableCode", null, "The map's features could not be read.");
    }
}
