package org.missionplanner.security;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** The throttle's buckets in memory, for the throttle's own tests and the web slices, which have no database. */
class MemorySignInBuckets implements SignInBuckets {

    private final Map<String, SignInThrottle.Bucket> buckets = new HashMap<>();

    @Override
    public synchronized SignInThrottle.Decision update(
            String pair, Instant now, Function<SignInThrottle.Bucket, SignInThrottle.Decision> change) {
        return change.apply(buckets.computeIfAbsent(pair, key -> SignInThrottle.Bucket.full(now)));
    }

    @Override
    public synchronized void forget(String pair) {
        buckets.remove(pair);
    }
}
