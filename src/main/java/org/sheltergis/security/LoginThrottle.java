package org.sheltergis.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.stereotype.Component;

/**
 * Failed logins per key (an account, a client address): the first {@code freeFailures} cost nothing; from then on
 * attempts are refused for {@code firstDelay}, doubling with every further failure up to {@code maxDelay}, so no lock
 * outlives its window (ADR 0010). A key with no failure for {@code maxDelay} after its lock ended starts afresh; a
 * success clears it.
 * In memory on purpose: a restart forgetting the counts only gives an attacker one more window.
 *
 * <p>Not the reports' token bucket: that one gives a steady rate after the burst, whereas here every failure must make
 * the next wait longer, and a success must wipe the slate.
 */
@Component
class LoginThrottle {

    private final int freeFailures;
    private final long firstNanos;
    private final long maxNanos;
    private final int maxTracked;
    private final LongSupplier clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** Allowed, or refused for this many seconds. */
    record Decision(boolean allowed, long retryAfterSeconds) {}

    private static final class Entry {
        int failures;
        long lastFailure;
        long lockedUntil;
    }

    /** On the service's clock (a test moves it on to see a window pass), in nanoseconds since the epoch. */
    @org.springframework.beans.factory.annotation.Autowired
    LoginThrottle(SecuritySettings settings, Clock clock) {
        this(settings.login(), () -> {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        });
    }

    LoginThrottle(SecuritySettings.Login login, LongSupplier clock) {
        this.freeFailures = login.freeFailures();
        this.firstNanos = login.firstDelay().toNanos();
        this.maxNanos = login.maxDelay().toNanos();
        this.maxTracked = login.maxTracked();
        this.clock = clock;
    }

    /** Whether every key may try now; if not, the longest wait among them. */
    Decision check(String... keys) {
        long now = clock.getAsLong();
        long wait = 0;
        for (String key : keys) {
            Entry e = entries.get(key);
            if (e != null) {
                synchronized (e) {
                    wait = Math.max(wait, e.lockedUntil - now);
                }
            }
        }
        return wait <= 0
                ? new Decision(true, 0)
                : new Decision(false, Math.max(1, (wait + 999_999_999L) / 1_000_000_000L));
    }

    void failed(String... keys) {
        long now = clock.getAsLong();
        if (entries.size() >= maxTracked) {
            entries.values().removeIf(e -> quiet(e, now));
        }
        for (String key : keys) {
            Entry e = entries.computeIfAbsent(key, k -> new Entry());
            synchronized (e) {
                if (quiet(e, now)) {
                    e.failures = 0;
                }
                e.failures++;
                e.lastFailure = now;
                if (e.failures >= freeFailures) {
                    int doublings = Math.min(e.failures - freeFailures, 40);
                    e.lockedUntil = now + (long) Math.min((double) firstNanos * (1L << doublings), maxNanos);
                }
            }
        }
    }

    void succeeded(String key) {
        entries.remove(key);
    }

    /** No failure for {@code maxDelay} since the last failure or, if later, the end of its lock. */
    private boolean quiet(Entry e, long now) {
        return now - Math.max(e.lastFailure, e.lockedUntil) >= maxNanos;
    }

    static String account(String username) {
        return "account:" + Users.normalise(username);
    }

    static String address(String address) {
        return "address:" + address;
    }
}
