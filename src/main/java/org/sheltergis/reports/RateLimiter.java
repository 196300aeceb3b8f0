package org.sheltergis.reports;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client, in memory: {@code burst} tokens, one more every {@code refillNanos}. Kept in memory on
 * purpose — reports are rare, a restart forgetting the buckets is harmless, and no client data reaches the database.
 * When too many clients are tracked, buckets that have filled up again (idle clients) are dropped.
 */
class RateLimiter {

    private final int burst;
    private final long refillNanos;
    private final int maxClients;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** The outcome: allowed, or refused with the seconds until the next token. */
    record Decision(boolean allowed, long retryAfterSeconds) {}

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }

    RateLimiter(int burst, long refillNanos, int maxClients, LongSupplier clock) {
        this.burst = burst;
        this.refillNanos = refillNanos;
        this.maxClients = maxClients;
        this.clock = clock;
    }

    Decision take(String client) {
        long now = clock.getAsLong();
        if (buckets.size() >= maxClients) {
            forgetIdle(now);
        }
        Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        synchronized (b) {
            refill(b, now);
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return new Decision(true, 0);
            }
            long waitNanos = (long) Math.ceil((1 - b.tokens) * refillNanos);
            return new Decision(false, Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L));
        }
    }

    int tracked() {
        return buckets.size();
    }

    private void refill(Bucket b, long now) {
        double add = (double) (now - b.updated) / refillNanos;
        b.tokens = Math.min(burst, b.tokens + add);
        b.updated = now;
    }

    private void forgetIdle(long now) {
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                refill(e.getValue(), now);
                return e.getValue().tokens >= burst;
            }
        });
    }
}
