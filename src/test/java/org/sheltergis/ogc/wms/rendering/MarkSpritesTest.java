package org.sheltergis.ogc.wms.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.sheltergis.ogc.sld.Symbolizer;

/** A mark copied from its sprite looks like the same mark drawn as a path, wherever it falls between pixels. */
class MarkSpritesTest {

    private static BufferedImage draw(Symbolizer.Graphic graphic, double x, double y, boolean sprite) {
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        MapRenderer.hints(g);
        if (sprite) {
            assertThat(MarkSprites.draw(g, graphic, x, y)).isTrue();
        } else {
            SymbolPainter.path(g, graphic, x, y);
        }
        g.dispose();
        return image;
    }

    /** The largest difference of any channel over the image, and the number of pixels differing by more than 24. */
    private static int[] compare(BufferedImage a, BufferedImage b) {
        int worst = 0;
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int d = 0;
                for (int shift = 0; shift < 32; shift += 8) {
                    d = Math.max(d, Math.abs(((p >>> shift) & 0xff) - ((q >>> shift) & 0xff)));
                }
                worst = Math.max(worst, d);
                if (d > 24) {
                    differing++;
                }
            }
        }
        return new int[] {worst, differing};
    }

    @Test
    void aSpriteMatchesThePathAtFractionalPositions() {
        var stroke = new Symbolizer.Stroke(new Color(255, 255, 255), 1.5f, new float[0], "round", "round");
        var circle = new Symbolizer.Graphic("circle", new Symbolizer.Fill(new Color(230, 120, 20)), stroke, 9, 0);
        var turned =
                new Symbolizer.Graphic("triangle", new Symbolizer.Fill(new Color(20, 90, 200, 180)), stroke, 12, 30);
        for (var graphic : new Symbolizer.Graphic[] {circle, turned}) {
            for (double[] at : new double[][] {{20, 20}, {20.25, 19.5}, {19.875, 20.6}, {20.5, 20.5}}) {
                int[] d = compare(draw(graphic, at[0], at[1], true), draw(graphic, at[0], at[1], false));
                // Within 1/16 px of the exact position: edge pixels may differ a little, the mark may not.
                assertThat(d[1])
                        .as("%s at %s,%s: pixels differing", graphic.mark(), at[0], at[1])
                        .isLessThanOrEqualTo(12);
                assertThat(d[0])
                        .as("%s at %s,%s: largest difference", graphic.mark(), at[0], at[1])
                        .isLessThan(96);
            }
        }
    }

    @Test
    void aScaledGraphicsDrawsThePath() {
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.scale(2, 2);
        var graphic = new Symbolizer.Graphic("square", new Symbolizer.Fill(Color.RED), null, 6, 0);
        assertThat(MarkSprites.draw(g, graphic, 10, 10)).isFalse();
        g.dispose();
    }
}
