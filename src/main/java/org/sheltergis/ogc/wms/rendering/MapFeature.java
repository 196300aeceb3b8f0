package org.sheltergis.ogc.wms.rendering;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * A feature as the renderer gets it: geometry already in the map's CRS (clipped, simplified), the properties its
 * style reads, and, for labelled polygons, a label point computed on the whole (unclipped) geometry so that
 * neighbouring tiles put the label in the same place.
 */
public record MapFeature(long id, Geometry geometry, Point labelPoint, Map<String, Object> properties) {}
