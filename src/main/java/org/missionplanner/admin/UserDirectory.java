package org.missionplanner.admin;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to accounts and memberships for the security layer and a user's own pages. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private final UserAccountRepository users;
    private final MissionMembershipRepository memberships;
    private final MembershipViews views;

    UserDirectory(UserAccountRepository users, MissionMembershipRepository memberships, MembershipViews views) {
        this.users = users;
        this.memberships = memberships;
        this.views = views;
    }

    public Optional<UserView> findByUsername(String username) {
        return users.findByUsername(username).map(UserView::of);
    }

    /** The account with this user name as the security layer signs it in. */
    public Optional<SignInAccount> signInAccount(String username) {
        return users.findByUsername(username).map(SignInAccount::of);
    }

    /** The id of the account with this user name (any case), if there is one. */
    public Optional<Long> idOf(String username) {
        return users.findIdByUsername(username);
    }

    public Optional<MembershipRole> roleOn(String username, long missionId) {
        return memberships.roleOf(username, missionId);
    }

    public List<Long> missionIdsOf(String username) {
        return memberships.missionIdsOf(username);
    }

    public List<MembershipView> membershipsOf(String username) {
        return users.findByUsername(username)
                .map(user ->
                        views.of(memberships.findByUserIdOrderByMissionId(user.getId()), Map.of(user.getId(), user)))
                .orElse(List.of());
    }

    public long countUsers() {
        return users.count();
    }

    /** The enabled accounts with this global role, such as every HQ reviewer. */
    public List<Long> enabledUserIdsWithRole(GlobalRole role) {
        return users.findEnabledIdsWithRole(role);
    }

    /** Every member of the mission, whatever their role. */
    public List<Long> memberIds(long missionId) {
        return memberships.userIdsOf(missionId);
    }

    /**
     * The enabled accounts among these that have an e-mail address, with their language ("en"
     * unless they chose French): one statement.
     */
    public List<MailRecipient> mailRecipients(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return users.findAllById(userIds).stream()
                .filter(u ->
                        u.isEnabled() && u.getEmail() != null && !u.getEmail().isBlank())
                .map(u -> new MailRecipient(
                        u.getId(),
                        u.getUsername(),
                        u.getDisplayName(),
                        u.getEmail(),
                        "fr".equals(u.getPreferredLanguage()) ? "fr" : "en"))
                .toList();
    }

    /** The users with this role on the mission, such as its planners. */
    public List<Long> memberIdsWithRole(long missionId, MembershipRole role) {
        return memberships.userIdsWithRole(missionId, role);
    }

    /** True when the user holds the mission's humanitarian coordination role (decides CMCoord requests). */
    public boolean holdsHumanitarianCoordination(String username, long missionId) {
        return memberships.holdsHumanitarianCoordination(username, missionId);
    }

    /** The user names holding the mission's humanitarian coordination role. */
    public List<String> humanitarianCoordinators(long missionId) {
        return memberships.humanitarianCoordinators(missionId);
    }
}
