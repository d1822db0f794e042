package org.missionplanner.plan;

import java.util.Optional;
import org.missionplanner.security.MissionAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Plan-scoped permission checks for {@code @PreAuthorize}: whoever may view or edit the plan's
 * mission may view or edit the plan. A plan that does not exist is let through, so that the
 * service answers "not found" rather than "forbidden".
 */
@Component("planAccess")
public class PlanAccess {

    private final PlanRepository plans;
    private final MissionAccess missions;

    PlanAccess(PlanRepository plans, MissionAccess missions) {
        this.plans = plans;
        this.missions = missions;
    }

    public boolean canView(Long planId, Authentication authentication) {
        Optional<Long> missionId = missionOf(planId);
        return missionId.isEmpty() ? signedIn(authentication) : missions.canView(missionId.get(), authentication);
    }

    public boolean canEdit(Long planId, Authentication authentication) {
        Optional<Long> missionId = missionOf(planId);
        return missionId.isEmpty() ? signedIn(authentication) : missions.canEdit(missionId.get(), authentication);
    }

    private Optional<Long> missionOf(Long planId) {
        return planId == null ? Optional.empty() : plans.findMissionId(planId);
    }

    private static boolean signedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated();
    }
}
