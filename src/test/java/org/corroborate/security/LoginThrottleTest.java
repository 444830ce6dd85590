package org.corroborate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void aFewFailuresAreFreeThenTheAccountIsLockedForLongerAndLonger() {
        for (int i = 1; i < LoginThrottle.ACCOUNT_FREE_FAILURES; i++) {
            throttle.failed("editor", "10.0.0.1");
            assertThat(throttle.lockedFor("editor", "10.0.0.1")).isZero();
        }
        throttle.failed("editor", "10.0.0.1");
        assertThat(throttle.lockedFor("editor", "10.0.0.1")).isEqualTo(Duration.ofSeconds(30));

        clock.advance(Duration.ofSeconds(31));
        assertThat(throttle.lockedFor("editor", "10.0.0.1")).isZero();
        throttle.failed("editor", "10.0.0.1");
        assertThat(throttle.lockedFor("editor", "10.0.0.1")).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("Editor ", "10.0.0.2")).as("the account, from any address, in any case")
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void theLockNeverExceedsFifteenMinutes() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("editor", "10.0.0." + i);
        }
        assertThat(throttle.lockedFor("editor", "10.0.0.99")).isEqualTo(LoginThrottle.MAX_LOCK);
        assertThat(LoginThrottle.lock(1000)).isEqualTo(LoginThrottle.MAX_LOCK);
    }

    @Test
    void anUnknownNameIsThrottledLikeAKnownOne() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_FREE_FAILURES; i++) {
            throttle.failed("nobody-by-this-name", "10.0.0.1");
        }
        assertThat(throttle.lockedFor("nobody-by-this-name", "10.0.0.3")).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void anAddressTryingManyNamesIsLockedForEveryName() {
        for (int i = 0; i < LoginThrottle.ADDRESS_FREE_FAILURES; i++) {
            throttle.failed("user" + i, "192.0.2.7");
        }
        assertThat(throttle.lockedFor("editor", "192.0.2.7")).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.lockedFor("editor", "192.0.2.8")).isZero();
    }

    @Test
    void successClearsTheAccountAndFailuresLapseAfterAnHour() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_FREE_FAILURES - 1; i++) {
            throttle.failed("editor", "10.0.0.1");
        }
        throttle.succeeded("editor");
        throttle.failed("editor", "10.0.0.1");
        assertThat(throttle.lockedFor("editor", "10.0.0.9")).isZero();

        for (int i = 0; i < LoginThrottle.ACCOUNT_FREE_FAILURES - 2; i++) {
            throttle.failed("editor", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(61));
        throttle.failed("editor", "10.0.0.1");
        assertThat(throttle.lockedFor("editor", "10.0.0.9")).as("counting starts again").isZero();
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-01-05T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
