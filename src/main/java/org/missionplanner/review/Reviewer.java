package org.missionplanner.review;

import org.missionplanner.security.MissionPlannerUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who acts: the user name that is recorded, and the name shown to people. */
record Reviewer(String username, String displayName) {

    static Reviewer current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    static Reviewer of(Authentication authentication) {
        if (authentication == null) {
            return new Reviewer("system", "system");
        }
        if (authentication.getPrincipal() instanceof MissionPlannerUser user) {
            return new Reviewer(user.getUsername(), user.displayName());
        }
        return new Reviewer(authentication.getName(), authentication.getName());
    }

    static boolean isHqReviewer(Authentication authentication) {
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_HQ_REVIEWER"));
    }
}
