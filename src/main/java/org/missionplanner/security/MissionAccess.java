package org.missionplanner.security;

import java.util.Optional;
import java.util.Set;
import org.missionplanner.admin.MembershipRole;
import org.missionplanner.admin.UserDirectory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The mission-scoped permission checks, used in service-layer {@code @PreAuthorize} expressions
 * such as {@code @missionAccess.canEdit(#missionId, authentication)}. Administrators and HQ
 * reviewers read every mission; other users read the missions they are members of; only a
 * mission's planners edit it.
 */
@Component("missionAccess")
public class MissionAccess {

    private final UserDirectory users;

    MissionAccess(UserDirectory users) {
        this.users = users;
    }

    public boolean canView(Long missionId, Authentication authentication) {
        if (!signedIn(authentication) || missionId == null) {
            return false;
        }
        return seesAllMissions(authentication)
                || role(missionId, authentication).isPresent();
    }

    public boolean canEdit(Long missionId, Authentication authentication) {
        if (!signedIn(authentication) || missionId == null) {
            return false;
        }
        return role(missionId, authentication)
                .filter(MembershipRole.PLANNER::equals)
                .isPresent();
    }

    /**
     * Deciding a CMCoord request is for the mission's humanitarian coordination role: a planner of
     * the mission whose membership carries it (granted by administrators).
     */
    public boolean holdsHumanitarianCoordination(Long missionId, Authentication authentication) {
        return canEdit(missionId, authentication)
                && users.holdsHumanitarianCoordination(authentication.getName(), missionId);
    }

    /** The user names holding the mission's humanitarian coordination role. */
    public java.util.List<String> humanitarianCoordinators(long missionId) {
        return users.humanitarianCoordinators(missionId);
    }

    /** Registering, importing and deleting missions is for administrators. */
    public boolean canManageRegistry(Authentication authentication) {
        return signedIn(authentication)
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_ADMINISTRATOR"));
    }

    /** The missions this user may see: {@link VisibleMissions#all()} or a set of ids. */
    public VisibleMissions visibleMissions(Authentication authentication) {
        if (!signedIn(authentication)) {
            return new VisibleMissions(false, Set.of());
        }
        if (seesAllMissions(authentication)) {
            return new VisibleMissions(true, Set.of());
        }
        return new VisibleMissions(false, Set.copyOf(users.missionIdsOf(authentication.getName())));
    }

    private Optional<MembershipRole> role(long missionId, Authentication authentication) {
        return users.roleOn(authentication.getName(), missionId);
    }

    private static boolean seesAllMissions(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_ADMINISTRATOR")
                        || a.getAuthority().equals("ROLE_HQ_REVIEWER"));
    }

    private static boolean signedIn(Authentication authentication) {
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** Either every mission, or exactly the listed ones. */
    public record VisibleMissions(boolean all, Set<Long> ids) {

        public boolean includes(long missionId) {
            return all || ids.contains(missionId);
        }
    }
}
