package org.sheltergis.ogc.wms.encoding;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.sheltergis.ogc.wms.request.ImageFormat;

/** Encodes a drawn image in a WMS image format. */
public final class ImageEncoder {

    private ImageEncoder() {}

    public static byte[] encode(BufferedImage image, ImageFormat format) {
        return switch (format) {
            case PNG ->
                PngEncoder.truecolor(
                        pixels(image),
                        image.getWidth(),
                        image.getHeight(),
                        image.getType() == BufferedImage.TYPE_INT_ARGB);
            case PNG8 -> {
                Quantizer.Result q = Quantizer.quantize(pixels(image));
                yield PngEncoder.indexed(q.indices(), image.getWidth(), image.getHeight(), q.palette());
            }
            case JPEG -> jpeg(image);
        };
    }

    /**
     * An image of {@code height} rows of which only the top ones are drawn ({@code band}); the rest repeat the band's
     * last row. PNG is encoded from the band alone; JPEG needs the whole image, so callers keep JPEG bands' images small.
     */
    static byte[] encodeBand(BufferedImage band, int height, ImageFormat format) {
        int width = band.getWidth();
        int rows = band.getHeight();
        return switch (format) {
            case PNG ->
                PngEncoder.truecolor(pixels(band), width, rows, height, band.getType() == BufferedImage.TYPE_INT_ARGB);
            case PNG8 -> {
                Quantizer.Result q = Quantizer.quantize(pixels(band));
                yield PngEncoder.indexed(q.indices(), width, rows, height, q.palette());
            }
            case JPEG -> jpeg(extend(band, height));
        };
    }

    private static BufferedImage extend(BufferedImage band, int height) {
        if (band.getHeight() == height) {
            return band;
        }
        BufferedImage full = new BufferedImage(band.getWidth(), height, BufferedImage.TYPE_INT_RGB);
        var g = full.createGraphics();
        g.drawImage(band, 0, 0, null);
        g.drawImage(
                band.getSubimage(0, band.getHeight() - 1, band.getWidth(), 1),
                0,
                band.getHeight(),
                band.getWidth(),
                height - band.getHeight(),
                null);
        g.dispose();
        return full;
    }

    private static int[] pixels(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            int[] out = new int[data.length];
            for (int i = 0; i < data.length; i++) {
                out[i] = data[i] | 0xFF000000;
            }
            return out;
        }
        if (image.getType() == BufferedImage.TYPE_INT_ARGB) {
            return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        }
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static byte[] jpeg(BufferedImage image) {
        BufferedImage rgb = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            var g = rgb.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
