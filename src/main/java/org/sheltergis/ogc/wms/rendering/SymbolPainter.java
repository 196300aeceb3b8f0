package org.sheltergis.ogc.wms.rendering;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sheltergis.ogc.sld.Marks;
import org.sheltergis.ogc.sld.Symbolizer;

/** Draws fills, strokes and marks in pixel space; shared by maps and legends. */
final class SymbolPainter {

    private static final Map<Symbolizer.Stroke, BasicStroke> STROKES = new ConcurrentHashMap<>();

    private SymbolPainter() {}

    static void fill(Graphics2D g, Shape shape, Symbolizer.Fill fill) {
        if (fill != null && fill.color().getAlpha() > 0) {
            g.setColor(fill.color());
            g.fill(shape);
        }
    }

    static void stroke(Graphics2D g, Shape shape, Symbolizer.Stroke stroke) {
        if (stroke != null && stroke.color().getAlpha() > 0 && stroke.width() > 0) {
            g.setColor(stroke.color());
            g.setStroke(STROKES.computeIfAbsent(stroke, SymbolPainter::basic));
            g.draw(shape);
        }
    }

    /** A point mark centred at (x, y): copied from its sprite on maps, drawn as a path where the graphics is scaled. */
    static void mark(Graphics2D g, Symbolizer.Graphic graphic, double x, double y) {
        if (!MarkSprites.draw(g, graphic, x, y)) {
            path(g, graphic, x, y);
        }
    }

    /** The mark as an antialiased path (what a sprite holds). */
    static void path(Graphics2D g, Symbolizer.Graphic graphic, double x, double y) {
        AffineTransform at = AffineTransform.getTranslateInstance(x, y);
        if (graphic.rotation() != 0) {
            at.rotate(Math.toRadians(graphic.rotation()));
        }
        at.scale(graphic.size(), graphic.size());
        Shape shape = at.createTransformedShape(Marks.shape(graphic.mark()));
        fill(g, shape, graphic.fill());
        stroke(g, shape, graphic.stroke());
    }

    private static BasicStroke basic(Symbolizer.Stroke s) {
        int cap = switch (s.cap()) {
            case "butt" -> BasicStroke.CAP_BUTT;
            case "square" -> BasicStroke.CAP_SQUARE;
            default -> BasicStroke.CAP_ROUND;
        };
        int join = switch (s.join()) {
            case "mitre", "miter" -> BasicStroke.JOIN_MITER;
            case "bevel" -> BasicStroke.JOIN_BEVEL;
            default -> BasicStroke.JOIN_ROUND;
        };
        return s.dash().length == 0
                ? new BasicStroke(s.width(), cap, join)
                : new BasicStroke(s.width(), cap, join, 10f, s.dash(), 0f);
    }
}
