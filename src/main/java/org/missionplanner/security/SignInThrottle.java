package org.missionplanner.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Throttles sign-in attempts per client address and account together, with a token bucket: {@value
 * #CAPACITY} attempts at once, then one more every {@link #REFILL_EVERY}. A throttled attempt is
 * refused before the password is checked, so it costs no password hash and does not count towards
 * the account's lock: from one address, the 10 failures that lock an account take 25 minutes
 * instead of a second, and the owner's own address keeps its own attempts. A successful sign-in
 * refills the pair's bucket. Kept in memory, per instance, for at most {@value #MAX_PAIRS} pairs (the
 * least recently used are forgotten), so that made-up names cannot fill the memory.
 */
@Component
class SignInThrottle {

    static final int CAPACITY = 5;
    static final Duration REFILL_EVERY = Duration.ofMinutes(5);
    static final int MAX_PAIRS = 10_000;

    /** What happens to one attempt; the first refusal of a run is the one worth an audit entry. */
    enum Decision {
        ALLOWED,
        REFUSED,
        REFUSED_AGAIN
    }

    private final Clock clock;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_PAIRS;
        }
    };

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Takes one attempt from the pair's bucket, if there is one left. */
    synchronized Decision attempt(String address, String username) {
        Instant now = Instant.now(clock);
        Bucket bucket = buckets.computeIfAbsent(key(address, username), k -> new Bucket(CAPACITY, now));
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
    }

    /** The pair signed in: its earlier mistakes are forgiven. */
    synchronized void succeeded(String address, String username) {
        buckets.remove(key(address, username));
    }

    synchronized int size() {
        return buckets.size();
    }

    private static String key(String address, String username) {
        // as the sign-in form reads it: trimmed, any case; longer than any real user name is cut
        String name = username.trim().toLowerCase(Locale.ROOT);
        return address + ' ' + (name.length() > 64 ? name.substring(0, 64) : name);
    }

    private static final class Bucket {

        private double tokens;
        private Instant updatedAt;
        private boolean refusing;

        private Bucket(double tokens, Instant updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
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
