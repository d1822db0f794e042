package org.missionplanner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionplanner.security.SignInThrottle.Decision.ALLOWED;
import static org.missionplanner.security.SignInThrottle.Decision.REFUSED;
import static org.missionplanner.security.SignInThrottle.Decision.REFUSED_AGAIN;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTests {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock, new MemorySignInBuckets());

    @Test
    void allowsABurstThenOneAttemptPerRefillInterval() {
        for (int i = 0; i < SignInThrottle.CAPACITY; i++) {
            assertThat(throttle.attempt("10.0.0.1", "alice")).isEqualTo(ALLOWED);
        }
        assertThat(throttle.attempt("10.0.0.1", "alice")).isEqualTo(REFUSED);
        assertThat(throttle.attempt("10.0.0.1", "alice")).isEqualTo(REFUSED_AGAIN);

        clock.advance(SignInThrottle.REFILL_EVERY.minusSeconds(1));
        assertThat(throttle.attempt("10.0.0.1", "alice")).isEqualTo(REFUSED_AGAIN);
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.attempt("10.0.0.1", "alice")).isEqualTo(ALLOWED);
        assertThat(throttle.attempt("10.0.0.1", "alice"))
                .as("a new run of refusals")
                .isEqualTo(REFUSED);
    }

    @Test
    void keepsEachAddressAndAccountPairApart() {
        for (int i = 0; i < SignInThrottle.CAPACITY; i++) {
            throttle.attempt("10.0.0.1", "alice");
        }
        assertThat(throttle.attempt("10.0.0.1", "alice")).isEqualTo(REFUSED);
        assertThat(throttle.attempt("10.0.0.2", "alice")).isEqualTo(ALLOWED);
        assertThat(throttle.attempt("10.0.0.1", "bob")).isEqualTo(ALLOWED);
        assertThat(throttle.attempt("10.0.0.1", " ALICE "))
                .as("the same account")
                .isEqualTo(REFUSED_AGAIN);
    }

    @Test
    void aSuccessfulSignInRefillsThePairsBucket() {
        for (int i = 0; i < SignInThrottle.CAPACITY; i++) {
            throttle.attempt("10.0.0.1", "alice");
        }
        throttle.succeeded("10.0.0.1", "alice");
        assertThat(throttle.attempt("10.0.0.1", "alice")).isEqualTo(ALLOWED);
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
