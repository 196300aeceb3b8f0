package org.sheltergis.ogc.wms.rendering;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.sheltergis.ogc.sld.Rule;
import org.sheltergis.ogc.sld.Style;
import org.sheltergis.ogc.sld.Symbolizer;
import org.sheltergis.ogc.wms.Deadline;
import org.sheltergis.ogc.wms.request.MapRequest;
import org.sheltergis.ogc.wms.styles.LayerStyle;

/**
 * Draws a map with Java2D: layers in request order, each feature type style a pass, anti-aliased; labels last.
 * Knows nothing of HTTP or the database: it gets features already in the map's CRS.
 */
public final class MapRenderer {

    /** A layer's features with the style to draw them in. */
    public record LayerData(LayerStyle layer, List<MapFeature> features) {}

    private MapRenderer() {}

    public static BufferedImage render(MapRequest map, List<LayerData> layers, Deadline deadline) {
        boolean alpha = map.transparent() && map.format().supportsAlpha();
        BufferedImage image = new BufferedImage(
                map.width(), map.height(), alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            if (!alpha) {
                g.setColor(map.background());
                g.fillRect(0, 0, map.width(), map.height());
            }
            hints(g);
            ScreenTransform screen = new ScreenTransform(map.bbox(), map.width(), map.height());
            LabelPainter labels = new LabelPainter();
            double scale = map.scaleDenominator();
            for (LayerData layer : layers) {
                draw(g, screen, layer, scale, labels, deadline);
            }
            labels.paint(g, map.width(), map.height());
            deadline.check();
        } finally {
            g.dispose();
        }
        return image;
    }

    public static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    private static void draw(
            Graphics2D g,
            ScreenTransform screen,
            LayerData layer,
            double scale,
            LabelPainter labels,
            Deadline deadline) {
        Style style = layer.layer().style();
        List<Rule> matched = new ArrayList<>();
        for (List<Rule> pass : style.featureTypeStyles()) {
            List<Rule> active = pass.stream().filter(r -> r.appliesAt(scale)).toList();
            if (active.isEmpty()) {
                continue;
            }
            int n = 0;
            for (MapFeature f : layer.features()) {
                if ((++n & 255) == 0) {
                    deadline.check();
                }
                Style.matching(active, f.properties(), scale, matched);
                if (matched.isEmpty()) {
                    continue;
                }
                Path2D.Double path = null;
                for (Rule r : matched) {
                    for (Symbolizer s : r.symbolizers()) {
                        if (s instanceof Symbolizer.PolygonSymbolizer p) {
                            path = path != null ? path : screen.path(f.geometry());
                            SymbolPainter.fill(g, path, p.fill());
                            SymbolPainter.stroke(g, path, p.stroke());
                        } else if (s instanceof Symbolizer.LineSymbolizer l) {
                            path = path != null ? path : screen.path(f.geometry());
                            SymbolPainter.stroke(g, path, l.stroke());
                        } else if (s instanceof Symbolizer.PointSymbolizer p) {
                            drawPoints(g, screen, f, p.graphic(), labels);
                        } else if (s instanceof Symbolizer.TextSymbolizer t) {
                            Coordinate c = f.labelPoint() != null
                                    ? f.labelPoint().getCoordinate()
                                    : ScreenTransform.anchor(f.geometry());
                            Object text = t.label().evaluate(f.properties());
                            labels.add(text == null ? null : text.toString(), t, screen.x(c.x), screen.y(c.y));
                        }
                    }
                }
            }
        }
    }

    private static void drawPoints(
            Graphics2D g, ScreenTransform screen, MapFeature f, Symbolizer.Graphic graphic, LabelPainter labels) {
        Geometry geom = f.geometry();
        if (geom instanceof Point || geom.getDimension() > 0) {
            Coordinate c = geom instanceof Point p
                    ? p.getCoordinate()
                    : f.labelPoint() != null ? f.labelPoint().getCoordinate() : ScreenTransform.anchor(geom);
            SymbolPainter.mark(g, graphic, screen.x(c.x), screen.y(c.y));
            labels.addObstacle(screen.x(c.x), screen.y(c.y), graphic.size());
            return;
        }
        for (int i = 0; i < geom.getNumGeometries(); i++) {
            Coordinate c = geom.getGeometryN(i).getCoordinate();
            SymbolPainter.mark(g, graphic, screen.x(c.x), screen.y(c.y));
            labels.addObstacle(screen.x(c.x), screen.y(c.y), graphic.size());
        }
    }
}
