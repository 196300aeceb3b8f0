package org.sheltergis.sample;

import java.util.Random;

/**
 * Independent random streams derived from one seed.
 *
 * <p>Each part of the sample draws from its own stream, so changing how many numbers one part uses does not
 * shift every later part. {@link Random} is used because its algorithm is fixed by its specification: the same
 * seed gives the same numbers on every JVM.
 */
final class Seeds {

    private final long seed;

    Seeds(long seed) {
        this.seed = seed;
    }

    Random stream(String part) {
        long h = seed;
        for (int i = 0; i < part.length(); i++) {
            h = mix(h + part.charAt(i));
        }
        return new Random(mix(h));
    }

    /** SplitMix64 finaliser: spreads nearby inputs over all 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static double uniform(Random rnd, double lo, double hi) {
        return lo + (hi - lo) * rnd.nextDouble();
    }

    static int between(Random rnd, int lo, int hiInclusive) {
        return lo + rnd.nextInt(hiInclusive - lo + 1);
    }

    static <T> T pick(Random rnd, T[] items) {
        return items[rnd.nextInt(items.length)];
    }

    static boolean chance(Random rnd, double p) {
        return rnd.nextDouble() < p;
    }
}
