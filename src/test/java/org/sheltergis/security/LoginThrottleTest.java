package org.sheltergis.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The throttle's rule on a clock of its own: free failures, a doubling refusal up to a cap, decay, a success clears. */
class LoginThrottleTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    private final LoginThrottle throttle = new LoginThrottle(
            new SecuritySettings.Login(5, Duration.ofSeconds(1), Duration.ofMinutes(15), 1000), now::get);

    @Test
    void fiveFreeFailuresThenADoublingRefusalUpToTheCap() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("k");
            assertThat(throttle.check("k").allowed()).isTrue();
        }
        long expected = 1;
        for (int failure = 5; failure <= 20; failure++) {
            throttle.failed("k");
            LoginThrottle.Decision d = throttle.check("k");
            assertThat(d.allowed()).isFalse();
            assertThat(d.retryAfterSeconds()).as("after failure " + failure).isEqualTo(Math.min(expected, 900));
            expected *= 2;
            advance(d.retryAfterSeconds());
            assertThat(throttle.check("k").allowed()).isTrue();
        }
    }

    @Test
    void aQuietWindowForgetsTheFailuresAndASuccessClearsThem() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("a", "b");
        }
        assertThat(throttle.check("a").allowed()).isFalse();
        assertThat(throttle.check("other", "b").allowed())
                .as("any key locked refuses")
                .isFalse();
        advance(16 * 60);
        throttle.failed("a");
        assertThat(throttle.check("a").allowed())
                .as("counted afresh: one failure")
                .isTrue();

        for (int i = 0; i < 4; i++) {
            throttle.failed("b");
        }
        throttle.succeeded("b");
        throttle.failed("b");
        assertThat(throttle.check("b").allowed()).isTrue();
    }

    private void advance(long seconds) {
        now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }
}
