package org.sheltergis.ogc.wms.rendering;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.sheltergis.ogc.sld.Symbolizer;

/**
 * Point marks drawn once per symbol and eighth-of-a-pixel position, then copied onto the map. Rasterizing every entrance
 * circle anew was 73 % of the time of a crowded ×10 tile (a JFR profile of {@code bench/wms}: 5,000 marks, each a
 * fresh antialiased path through Marlin); copying a premultiplied sprite composites the same fill and stroke coverage
 * (SrcOver is associative) at a fraction of the cost. Offsets are kept to an eighth of a pixel, so a mark is never more than
 * 1/16 px from where the exact path would put it (its edge pixels then differ by a few levels at most).
 */
final class MarkSprites {

    private static final int STEPS = 8;

    private record Key(Symbolizer.Graphic graphic, int stepX, int stepY) {}

    private record Sprite(BufferedImage image, int origin) {}

    /** Bounded: a style reloaded from its file brings new symbol objects, the old ones age out. */
    private static final Cache<Key, Sprite> SPRITES =
            Caffeine.newBuilder().maximumSize(4_096).build();

    private MarkSprites() {}

    /**
     * Draws the mark centred at (x, y) in device pixels; false (nothing drawn) when the graphics is transformed, where
     * a sprite in device pixels would not fit (legends at other resolutions draw the path instead).
     */
    static boolean draw(Graphics2D g, Symbolizer.Graphic graphic, double x, double y) {
        if (!g.getTransform().isIdentity()) {
            return false;
        }
        long px = Math.round(x * STEPS);
        long py = Math.round(y * STEPS);
        int stepX = (int) Math.floorMod(px, STEPS);
        int stepY = (int) Math.floorMod(py, STEPS);
        Sprite sprite = SPRITES.get(new Key(graphic, stepX, stepY), MarkSprites::render);
        int left = (int) Math.floorDiv(px, STEPS) - sprite.origin();
        int top = (int) Math.floorDiv(py, STEPS) - sprite.origin();
        g.drawImage(sprite.image(), left, top, null);
        return true;
    }

    private static Sprite render(Key key) {
        Symbolizer.Graphic graphic = key.graphic();
        double strokeWidth = graphic.stroke() != null ? graphic.stroke().width() : 0;
        // Room for the mark turned by any angle, its stroke and the antialiased edge.
        int origin = (int) Math.ceil(graphic.size() * Math.sqrt(0.5) + strokeWidth + 2);
        int side = 2 * origin + 1;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            MapRenderer.hints(g);
            SymbolPainter.path(
                    g, graphic, origin + key.stepX() / (double) STEPS, origin + key.stepY() / (double) STEPS);
        } finally {
            g.dispose();
        }
        return new Sprite(image, origin);
    }
}
