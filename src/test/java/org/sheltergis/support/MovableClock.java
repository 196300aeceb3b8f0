package org.sheltergis.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock in the integration tests: the system's, plus however far the tests have moved it on. A test
 * that needs a time window to pass (the login throttle's) {@link #advance advances} it instead of sleeping. It only
 * moves forward, as time does, so the other tests sharing the context see nothing but time passing.
 */
public final class MovableClock extends Clock {

    private final AtomicLong aheadNanos = new AtomicLong();

    /** Makes this clock the service's clock (the context of every {@link IntegrationTest}). */
    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    /** Moves the clock on by {@code by} (positive). */
    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time only moves forward: " + by);
        }
        aheadNanos.addAndGet(by.toNanos());
    }

    @Override
    public Instant instant() {
        return Instant.now().plusNanos(aheadNanos.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), Duration.ofNanos(aheadNanos.get()));
    }
}
