package org.sheltergis.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(0);
    private final RateLimiter limiter = new RateLimiter(3, TimeUnit.MINUTES.toNanos(6), 2, now::get);

    @Test
    void allowsABurstThenOneEveryRefill() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.take("a").allowed()).isTrue();
        }
        RateLimiter.Decision refused = limiter.take("a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(360);
        now.addAndGet(TimeUnit.MINUTES.toNanos(3));
        assertThat(limiter.take("a").retryAfterSeconds()).isEqualTo(180);
        now.addAndGet(TimeUnit.MINUTES.toNanos(3));
        assertThat(limiter.take("a").allowed()).isTrue();
        assertThat(limiter.take("a").allowed()).isFalse();
        assertThat(limiter.take("b").allowed()).isTrue();
    }

    @Test
    void forgetsIdleClientsWhenFull() {
        limiter.take("a");
        limiter.take("b");
        now.addAndGet(TimeUnit.HOURS.toNanos(1));
        limiter.take("c");
        assertThat(limiter.tracked()).isEqualTo(1);
    }
}
