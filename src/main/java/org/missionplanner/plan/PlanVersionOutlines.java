package org.missionplanner.plan;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The submitted versions of plans, read back as outlines. The plan does not keep its versions: the
 * review module answers this. Callers check who asks ({@link PlanOutlines} does).
 */
public interface PlanVersionOutlines {

    /** The plan's version in force, as it was approved; empty when none is. */
    Optional<PlanOutline> approved(long planId);

    /** The plan's version of that number; empty when there is none. */
    Optional<PlanOutline> numbered(long planId, int number);

    /** For each of these plans that has one, its version in force and its version under review, in one statement. */
    Map<Long, VersionInForce> inForce(Collection<Long> planIds);
}
