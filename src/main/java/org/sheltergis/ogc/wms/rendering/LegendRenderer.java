package org.sheltergis.ogc.wms.rendering;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.sheltergis.ogc.sld.Rule;
import org.sheltergis.ogc.sld.Symbolizer;
import org.sheltergis.ogc.wms.Bilingual;
import org.sheltergis.ogc.wms.request.LegendRequest;

/** Draws a style's legend: one row per rule, its symbol and its title; or a single rule's symbol alone. */
public final class LegendRenderer {

    private static final int GAP = 4;

    private LegendRenderer() {}

    public static BufferedImage render(LegendRequest r) {
        List<Rule> rules = r.layer().style().rules().stream()
                .filter(rule -> r.rule() == null || r.rule().equals(rule.name()))
                .filter(rule -> r.scale() == null || rule.appliesAt(r.scale()))
                .filter(rule -> rule.symbolizers().stream().anyMatch(s -> !(s instanceof Symbolizer.TextSymbolizer))
                        || rule.symbolizers().isEmpty())
                .toList();
        int w = r.symbolWidth();
        int h = r.symbolHeight();
        Font font = Fonts.plain(12f);
        boolean withText = r.rule() == null;
        int textWidth = 0;
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D pg = probe.createGraphics();
        FontMetrics fm = pg.getFontMetrics(font);
        for (Rule rule : rules) {
            textWidth = Math.max(textWidth, fm.stringWidth(title(rule, r.language())));
        }
        pg.dispose();
        int width = withText ? w + GAP * 3 + textWidth : w;
        int rowHeight = withText ? Math.max(h, fm.getHeight()) + GAP : h;
        int height = Math.max(1, withText ? rules.size() * rowHeight + GAP : h);
        boolean alpha = r.transparent() && r.format().supportsAlpha();
        BufferedImage image = new BufferedImage(
                Math.max(1, width), height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            if (!alpha) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), height);
            }
            MapRenderer.hints(g);
            g.setFont(font);
            int y = withText ? GAP : 0;
            for (Rule rule : rules) {
                int x0 = withText ? GAP : 0;
                int yOffset = withText ? (rowHeight - GAP - h) / 2 : 0;
                symbol(g, rule, x0, y + yOffset, w, h);
                if (withText) {
                    g.setColor(new Color(0x333333));
                    g.drawString(
                            title(rule, r.language()),
                            x0 + w + GAP * 2,
                            y + (rowHeight - GAP + fm.getAscent() - fm.getDescent()) / 2);
                }
                y += rowHeight;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static String title(Rule rule, String language) {
        String t = rule.title() != null ? rule.title() : rule.name() != null ? rule.name() : "";
        return Bilingual.pick(t, language);
    }

    private static void symbol(Graphics2D g, Rule rule, int x, int y, int w, int h) {
        for (Symbolizer s : rule.symbolizers()) {
            if (s instanceof Symbolizer.PolygonSymbolizer p) {
                Rectangle2D box = new Rectangle2D.Double(x + 1.5, y + 1.5, w - 3, h - 3);
                SymbolPainter.fill(g, box, p.fill());
                SymbolPainter.stroke(g, box, p.stroke());
            } else if (s instanceof Symbolizer.LineSymbolizer l) {
                SymbolPainter.stroke(g, new Line2D.Double(x + 2, y + h - 3, x + w - 2, y + 3), l.stroke());
            } else if (s instanceof Symbolizer.PointSymbolizer p) {
                Symbolizer.Graphic gr = p.graphic();
                double size = Math.min(gr.size(), Math.min(w, h) - 2);
                SymbolPainter.mark(
                        g,
                        new Symbolizer.Graphic(gr.mark(), gr.fill(), gr.stroke(), size, gr.rotation()),
                        x + w / 2.0,
                        y + h / 2.0);
            }
        }
    }
}
