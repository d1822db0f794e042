package org.missionplanner.security;

import java.time.Instant;
import java.util.function.Function;

/** Where the sign-in throttle keeps its buckets, one per client address and account. */
interface SignInBuckets {

    /**
     * Applies a change to the pair's bucket (a full one when there is none yet) and keeps the
     * result; parallel changes to one pair happen one after the other.
     */
    SignInThrottle.Decision update(
            String pair, Instant now, Function<SignInThrottle.Bucket, SignInThrottle.Decision> change);

    void forget(String pair);
}
