package org.sheltergis.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A growing spatial index over geometries in local metres: square buckets, each geometry filed in every
 * bucket its envelope touches. Only answers yes/no and lists, so the hash order never shows in the output.
 */
final class BucketIndex {

    private static final double BUCKET_M = 250.0;

    private record Entry(int index, Geometry geom) {}

    private final Map<Long, List<Entry>> buckets = new HashMap<>();
    private final List<Geometry> all = new ArrayList<>();

    void add(Geometry g) {
        Entry entry = new Entry(all.size(), g);
        all.add(g);
        for (long key : keys(g.getEnvelopeInternal(), 0)) {
            buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
        }
    }

    List<Geometry> all() {
        return all;
    }

    boolean anyWithin(Geometry g, double distance) {
        Envelope e = g.getEnvelopeInternal();
        for (long key : keys(e, distance)) {
            for (Entry other : buckets.getOrDefault(key, List.of())) {
                if (near(other.geom(), g, e, distance)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The geometries within the distance of g, each once, in the order they were added. */
    List<Geometry> within(Geometry g, double distance) {
        Envelope e = g.getEnvelopeInternal();
        List<Entry> found = new ArrayList<>();
        for (long key : keys(e, distance)) {
            for (Entry other : buckets.getOrDefault(key, List.of())) {
                if (!found.contains(other) && near(other.geom(), g, e, distance)) {
                    found.add(other);
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return found.stream().map(Entry::geom).toList();
    }

    private static boolean near(Geometry other, Geometry g, Envelope e, double distance) {
        return other.getEnvelopeInternal().distance(e) <= distance && other.isWithinDistance(g, distance);
    }

    /** How many geometries have their envelope centre within the radius of (x, y). */
    int centresWithin(double x, double y, double radius) {
        int n = 0;
        Envelope around = new Envelope(x - radius, x + radius, y - radius, y + radius);
        for (long key : keys(around, 0)) {
            for (Entry other : buckets.getOrDefault(key, List.of())) {
                Envelope e = other.geom().getEnvelopeInternal();
                double dx = e.centre().x - x;
                double dy = e.centre().y - y;
                if (dx * dx + dy * dy < radius * radius && key(e.centre().x, e.centre().y) == key) {
                    n++;
                }
            }
        }
        return n;
    }

    private static long key(double x, double y) {
        return (long) Math.floor(x / BUCKET_M) * 1_000_003L + (long) Math.floor(y / BUCKET_M);
    }

    private static List<Long> keys(Envelope e, double grow) {
        List<Long> keys = new ArrayList<>();
        long i0 = (long) Math.floor((e.getMinX() - grow) / BUCKET_M);
        long i1 = (long) Math.floor((e.getMaxX() + grow) / BUCKET_M);
        long j0 = (long) Math.floor((e.getMinY() - grow) / BUCKET_M);
        long j1 = (long) Math.floor((e.getMaxY() + grow) / BUCKET_M);
        for (long i = i0; i <= i1; i++) {
            for (long j = j0; j <= j1; j++) {
                keys.add(i * 1_000_003L + j);
            }
        }
        return keys;
    }
}
