package org.sheltergis.ogc.wms.encoding;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A small PNG writer: truecolour with or without alpha, or 8-bit palette with transparency. Written here because the
 * JDK's ImageIO writer compresses at its slowest setting by default and tiles are encoded on every request; rows use the
 * "Up" filter, which suits maps' flat areas, and a fast deflate level.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};
    private static final int LEVEL = 3;

    private PngEncoder() {}

    /** Truecolour from packed ARGB pixels (row-major). */
    static byte[] truecolor(int[] argb, int width, int height, boolean alpha) {
        return truecolor(argb, width, height, height, alpha);
    }

    /**
     * Truecolour from {@code rows} rows of pixels, the last of them repeated down to {@code height}: an exception image
     * (a message over a plain background) is encoded at any size from a band of its top rows, in memory that does not
     * grow with its height. A repeated row is all zeros after the "Up" filter.
     */
    static byte[] truecolor(int[] argb, int width, int rows, int height, boolean alpha) {
        int channels = alpha ? 4 : 3;
        byte[] prev = new byte[width * channels];
        byte[] row = new byte[width * channels];
        ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(1024, width * rows / 4));
        Deflater deflater = new Deflater(LEVEL);
        try (DeflaterOutputStream z = new DeflaterOutputStream(raw, deflater, 65536)) {
            byte[] line = new byte[1 + row.length];
            for (int y = 0; y < rows; y++) {
                int o = y * width;
                int k = 0;
                for (int x = 0; x < width; x++) {
                    int p = argb[o + x];
                    row[k++] = (byte) (p >> 16);
                    row[k++] = (byte) (p >> 8);
                    row[k++] = (byte) p;
                    if (alpha) {
                        row[k++] = (byte) (p >>> 24);
                    }
                }
                line[0] = 2;
                for (int i = 0; i < row.length; i++) {
                    line[i + 1] = (byte) (row[i] - prev[i]);
                }
                z.write(line);
                byte[] t = prev;
                prev = row;
                row = t;
            }
            repeat(z, line.length, height - rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return file(width, height, alpha ? 6 : 2, null, null, raw.toByteArray());
    }

    /** 8-bit palette: indices per pixel, the palette as packed ARGB. */
    static byte[] indexed(byte[] indices, int width, int height, int[] palette) {
        return indexed(indices, width, height, height, palette);
    }

    /** 8-bit palette from {@code rows} rows of indices, the last repeated down to {@code height} (see truecolor). */
    static byte[] indexed(byte[] indices, int width, int rows, int height, int[] palette) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(1024, width * rows / 8));
        Deflater deflater = new Deflater(LEVEL);
        try (DeflaterOutputStream z = new DeflaterOutputStream(raw, deflater, 65536)) {
            byte[] line = new byte[1 + width];
            for (int y = 0; y < rows; y++) {
                line[0] = 2;
                int o = y * width;
                for (int x = 0; x < width; x++) {
                    line[x + 1] = (byte) (indices[o + x] - (y == 0 ? 0 : indices[o - width + x]));
                }
                z.write(line);
            }
            repeat(z, line.length, height - rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        byte[] plte = new byte[palette.length * 3];
        byte[] trns = new byte[palette.length];
        boolean anyAlpha = false;
        for (int i = 0; i < palette.length; i++) {
            plte[3 * i] = (byte) (palette[i] >> 16);
            plte[3 * i + 1] = (byte) (palette[i] >> 8);
            plte[3 * i + 2] = (byte) palette[i];
            trns[i] = (byte) (palette[i] >>> 24);
            anyAlpha |= (palette[i] >>> 24) != 255;
        }
        return file(width, height, 3, plte, anyAlpha ? trns : null, raw.toByteArray());
    }

    /** Rows equal to the one above: the "Up" filter's byte and zeros. */
    private static void repeat(DeflaterOutputStream z, int lineLength, int count) throws IOException {
        byte[] same = new byte[lineLength];
        same[0] = 2;
        for (int i = 0; i < count; i++) {
            z.write(same);
        }
    }

    private static byte[] file(int width, int height, int colorType, byte[] plte, byte[] trns, byte[] idat) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(idat.length + 1024);
        try (DataOutputStream d = new DataOutputStream(out)) {
            d.write(SIGNATURE);
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(ihdr);
            h.writeInt(width);
            h.writeInt(height);
            h.writeByte(8);
            h.writeByte(colorType);
            h.writeByte(0);
            h.writeByte(0);
            h.writeByte(0);
            chunk(d, "IHDR", ihdr.toByteArray());
            if (plte != null) {
                chunk(d, "PLTE", plte);
            }
            if (trns != null) {
                chunk(d, "tRNS", trns);
            }
            chunk(d, "IDAT", idat);
            chunk(d, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void chunk(DataOutputStream d, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
