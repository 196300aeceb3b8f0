package org.sheltergis.ogc.wms;

import java.time.Duration;

/** The time a request may still take; checked while drawing so a heavy map ends with an exception, not a hung thread. */
public final class Deadline {

    private final long endNanos;
    private final Duration total;

    Deadline(Duration total) {
        this.total = total;
        this.endNanos = System.nanoTime() + total.toNanos();
    }

    long remainingMillis() {
        return Math.max(0, (endNanos - System.nanoTime()) / 1_000_000);
    }

    /** Whole seconds left for a database query, at least one. */
    int remainingSeconds() {
        return (int) Math.max(1, Math.ceil(remainingMillis() / 1000.0));
    }

    public void check() {
        if (System.nanoTime() > endNanos) {
            throw new WmsException(
                    WmsException.LIMIT_EXCEEDED,
                    null,
                    "The map took longer than this service's render deadline of " + total.toSeconds()
                            + " s; ask for a smaller area or fewer layers.");
        }
    }
}
