package org.sheltergis.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waiting on a condition instead of sleeping: the condition is asked again and again until it holds or the deadline
 * passes, and then the test fails saying what it waited for and what it saw last. For what a browser shows, use
 * Selenium's WebDriverWait instead; this is for everything else (a port, an HTTP answer, a background index).
 * Exceptions of the condition end the wait at once (a process that died should not be waited for).
 */
public final class Await {

    /** How often the condition is asked: short next to every deadline here, long enough not to load the machine. */
    private static final Duration POLL = Duration.ofMillis(50);

    private Await() {}

    /** Returns as soon as {@code condition} holds; fails after {@code timeout} with "timed out … waiting for WHAT". */
    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        until(what, timeout, condition::getAsBoolean, Boolean::booleanValue);
    }

    /**
     * Asks {@code probe} until its answer satisfies {@code done} and returns that answer; after {@code timeout} fails
     * with what it waited for and the last answer.
     */
    public static <T> T until(String what, Duration timeout, Supplier<T> probe, Predicate<? super T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T answer = probe.get();
            if (done.test(answer)) {
                return answer;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(
                        "timed out after " + timeout + " waiting for " + what + " (last seen: " + answer + ")");
            }
            pause();
        }
    }

    /** The pause between two looks at the condition (the only sleep the tests need). */
    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
