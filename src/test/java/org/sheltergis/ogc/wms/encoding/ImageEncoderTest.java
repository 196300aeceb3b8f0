package org.sheltergis.ogc.wms.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.sheltergis.ogc.wms.rendering.MapRenderer;
import org.sheltergis.ogc.wms.request.ImageFormat;

/** The hand-written PNG encoder produces files ImageIO reads back pixel for pixel (truecolour) or nearly (palette). */
class ImageEncoderTest {

    private static BufferedImage sample() {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_ARGB);
        var g = img.createGraphics();
        MapRenderer.hints(g);
        g.setColor(new Color(240, 120, 0, 220));
        g.fillOval(5, 5, 40, 30);
        g.setColor(Color.BLUE);
        g.drawLine(0, 47, 63, 0);
        g.dispose();
        return img;
    }

    @Test
    void pngRoundTrips() throws Exception {
        BufferedImage src = sample();
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(ImageEncoder.encode(src, ImageFormat.PNG)));
        assertThat(back.getWidth()).isEqualTo(64);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                int a = src.getRGB(x, y);
                int b = back.getRGB(x, y);
                assertThat(a >>> 24 == 0 ? 0 : a).isEqualTo(a >>> 24 == 0 ? 0 : b);
            }
        }
    }

    @Test
    void png8HasAPaletteAndKeepsColours() throws Exception {
        BufferedImage src = sample();
        byte[] png = ImageEncoder.encode(src, ImageFormat.PNG8);
        assertThat(png[25]).isEqualTo((byte) 3); // IHDR colour type: palette
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        int centre = back.getRGB(25, 20);
        assertThat((centre >> 16) & 255).isBetween(225, 255);
        assertThat((centre >> 8) & 255).isBetween(100, 140);
        assertThat(back.getRGB(63, 47) >>> 24).isZero();
    }

    @Test
    void jpegIsReadable() throws Exception {
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(ImageEncoder.encode(sample(), ImageFormat.JPEG)));
        assertThat(back.getWidth()).isEqualTo(64);
    }
}
