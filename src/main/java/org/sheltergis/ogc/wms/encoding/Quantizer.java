package org.sheltergis.ogc.wms.encoding;

import java.util.Arrays;

/**
 * Reduces an ARGB image to at most 256 colours for 8-bit PNG: pixels are counted in 4-bit-per-channel buckets, the
 * most frequent buckets (their mean colour) become the palette, and each bucket maps to its nearest palette entry.
 * Maps have few distinct colours apart from anti-aliased edges, which this keeps well enough.
 */
final class Quantizer {

    record Result(byte[] indices, int[] palette) {}

    private Quantizer() {}

    static Result quantize(int[] argb) {
        int[] count = new int[65536];
        long[] sumA = new long[65536];
        long[] sumR = new long[65536];
        long[] sumG = new long[65536];
        long[] sumB = new long[65536];
        for (int p : argb) {
            int a = p >>> 24;
            int k = a == 0 ? 0 : bucket(p);
            count[k]++;
            sumA[k] += a;
            sumR[k] += (p >> 16) & 255;
            sumG[k] += (p >> 8) & 255;
            sumB[k] += p & 255;
        }
        int used = 0;
        for (int c : count) {
            used += c > 0 ? 1 : 0;
        }
        long[] order = new long[used];
        int u = 0;
        for (int k = 0; k < 65536; k++) {
            if (count[k] > 0) {
                order[u++] = ((long) count[k] << 16) | k;
            }
        }
        Arrays.sort(order);
        int size = Math.min(256, used);
        int[] palette = new int[size];
        int[] bucketOf = new int[size];
        for (int i = 0; i < size; i++) {
            int k = (int) (order[used - 1 - i] & 0xFFFF);
            int n = count[k];
            palette[i] = (int) (sumA[k] / n) << 24
                    | (int) (sumR[k] / n) << 16
                    | (int) (sumG[k] / n) << 8
                    | (int) (sumB[k] / n);
            bucketOf[i] = k;
        }
        short[] map = new short[65536];
        Arrays.fill(map, (short) -1);
        for (int i = 0; i < size; i++) {
            map[bucketOf[i]] = (short) i;
        }
        byte[] indices = new byte[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            int k = (p >>> 24) == 0 ? 0 : bucket(p);
            short m = map[k];
            if (m < 0) {
                m = nearest(
                        palette,
                        count[k] == 0
                                ? p
                                : (int) (sumA[k] / count[k]) << 24
                                        | (int) (sumR[k] / count[k]) << 16
                                        | (int) (sumG[k] / count[k]) << 8
                                        | (int) (sumB[k] / count[k]));
                map[k] = m;
            }
            indices[i] = (byte) m;
        }
        return new Result(indices, palette);
    }

    private static int bucket(int p) {
        return ((p >>> 28) << 12) | (((p >> 20) & 15) << 8) | (((p >> 12) & 15) << 4) | ((p >> 4) & 15);
    }

    private static short nearest(int[] palette, int p) {
        int best = 0;
        long bestD = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int q = palette[i];
            long da = (p >>> 24) - (q >>> 24);
            long dr = ((p >> 16) & 255) - ((q >> 16) & 255);
            long dg = ((p >> 8) & 255) - ((q >> 8) & 255);
            long db = (p & 255) - (q & 255);
            long d = 2 * da * da + dr * dr + dg * dg + db * db;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return (short) best;
    }
}
