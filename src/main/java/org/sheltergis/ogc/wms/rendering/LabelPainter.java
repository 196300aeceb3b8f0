package org.sheltergis.ogc.wms.rendering;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.sheltergis.ogc.sld.Symbolizer.TextSymbolizer;

/**
 * Collects labels while features are drawn and paints them last, above every layer, leaving out a label that would
 * overlap one already placed (first come, first placed: layer order, then feature order).
 */
final class LabelPainter {

    private record Candidate(String text, TextSymbolizer symbolizer, double x, double y) {}

    private final List<Candidate> candidates = new ArrayList<>();
    private final BoxIndex placed = new BoxIndex();

    /** A point marker drawn on the map: labels keep clear of it (entrances must stay visible under shelter names). */
    void addObstacle(double x, double y, double size) {
        // The marker's core only, so a label set beside its own marker (a displacement of about its radius) fits.
        double core = size * 0.6;
        placed.add(new Rectangle2D.Double(x - core / 2, y - core / 2, core, core));
    }

    void add(String text, TextSymbolizer symbolizer, double x, double y) {
        if (text != null && !text.isBlank()) {
            candidates.add(new Candidate(text, symbolizer, x, y));
        }
    }

    void paint(Graphics2D g, int width, int height) {
        FontRenderContext frc = g.getFontRenderContext();
        for (Candidate c : candidates) {
            Font font = Fonts.of(c.symbolizer().font());
            TextLayout layout = new TextLayout(c.text(), font, frc);
            Rectangle2D bounds = layout.getBounds();
            double w = bounds.getWidth();
            double h = layout.getAscent() + layout.getDescent();
            TextSymbolizer s = c.symbolizer();
            double halo = s.halo() == null ? 0 : s.halo().radius();
            // A centred label that would hide a marker tries just below, then just above, its point.
            double[] shifts =
                    s.anchorX() == 0.5 && s.anchorY() == 0.5 ? new double[] {0, h + 2, -(h + 2)} : new double[] {0};
            double left = 0;
            double bottom = 0;
            Rectangle2D box = null;
            for (double shift : shifts) {
                // SLD anchor (0,0) is the label's bottom-left; displacement is in pixels, y up.
                left = c.x() - s.anchorX() * w + s.displacementX();
                bottom = c.y() + s.anchorY() * h - s.displacementY() + shift;
                Rectangle2D candidate =
                        new Rectangle2D.Double(left - halo, bottom - h - halo, w + 2 * halo, h + 2 * halo);
                if (!placed.intersects(candidate)) {
                    box = candidate;
                    break;
                }
            }
            if (box == null
                    || box.getMaxX() < 0
                    || box.getMaxY() < 0
                    || box.getMinX() > width
                    || box.getMinY() > height) {
                continue;
            }
            placed.add(box);
            double baseline = bottom - layout.getDescent();
            Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(left - bounds.getX(), baseline));
            if (s.halo() != null && s.halo().fill() != null) {
                g.setColor(s.halo().fill().color());
                g.setStroke(new BasicStroke((float) (2 * halo), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(outline);
            }
            g.setColor(s.fill().color());
            g.fill(outline);
        }
    }
}
