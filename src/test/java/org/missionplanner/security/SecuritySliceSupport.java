package org.missionplanner.security;

import org.missionplanner.admin.GlobalRole;
import org.missionplanner.shared.TimeConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Brings the application's real security configuration into {@code @WebMvcTest} slices of other
 * packages, and builds signed-in principals for them.
 */
@Import({
    SecurityConfiguration.class,
    ProblemResponses.class,
    MissionPlannerUserDetailsService.class,
    MissionAccess.class,
    SignInThrottle.class,
    TimeConfiguration.class
})
public class SecuritySliceSupport {

    public static MissionPlannerUser principal(String username, GlobalRole role) {
        return new MissionPlannerUser(1, username, "Test " + username, role, true, false, false, null);
    }
}
