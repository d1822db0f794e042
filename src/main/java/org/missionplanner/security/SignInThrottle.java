package org.missionplanner.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Throttles sign-in attempts per client address and account together, with a token bucket: {@value
 * #CAPACITY} attempts at once, then one more every {@link #REFILL_EVERY}. A throttled attempt is
 * refused before the password is checked, so it costs no password hash and does not count towards
 * the account's lock: from one address, the 10 failures that lock an account take 25 minutes
 * instead of a second, and the owner's own address keeps its own attempts. A successful sign-in
 * refills the pair's bucket. The buckets live in the database ({@link DatabaseSignInBuckets}), so
 * that several instances throttle together.
 */
@Component
class SignInThrottle {

    static final int CAPACITY = 5;
    static final Duration REFILL_EVERY = Duration.ofMinutes(5);

    /** What happens to one attempt; the first refusal of a run is the one worth an audit entry. */
    enum Decision {
        ALLOWED,
        REFUSED,
        REFUSED_AGAIN
    }

    private final Clock clock;
    private final SignInBuckets buckets;

    SignInThrottle(Clock clock, SignInBuckets buckets) {
        this.clock = clock;
        this.buckets = buckets;
    }

    /** Takes one attempt from the pair's bucket, if there is one left. */
    Decision attempt(String address, String username) {
        Instant now = Instant.now(clock);
        return buckets.update(key(address, username), now, bucket -> {
            bucket.refill(now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                bucket.refusing = false;
                return Decision.ALLOWED;
            }
            if (bucket.refusing) {
                return Decision.REFUSED_AGAIN;
            }
            bucket.refusing = true;
            return Decision.REFUSED;
        });
    }

    /** The pair signed in: its earlier mistakes are forgiven. */
    void succeeded(String address, String username) {
        buckets.forget(key(address, username));
    }

    private static String key(String address, String username) {
        // as the sign-in form reads it: trimmed, any case; longer than any real user name is cut
        String name = username.trim().toLowerCase(Locale.ROOT);
        return address + ' ' + (name.length() > 64 ? name.substring(0, 64) : name);
    }

    /** One pair's bucket, as a {@link SignInBuckets} store keeps it. */
    static final class Bucket {

        double tokens;
        Instant updatedAt;
        boolean refusing;

        Bucket(double tokens, Instant updatedAt, boolean refusing) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
            this.refusing = refusing;
        }

        static Bucket full(Instant now) {
            return new Bucket(CAPACITY, now, false);
        }

        private void refill(Instant now) {
            if (now.isAfter(updatedAt)) {
                double earned = (double) Duration.between(updatedAt, now).toMillis() / REFILL_EVERY.toMillis();
                tokens = Math.min(CAPACITY, tokens + earned);
                updatedAt = now;
            }
        }
    }
}
