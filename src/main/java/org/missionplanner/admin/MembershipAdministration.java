package org.missionplanner.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.missionplanner.shared.MissionDirectory;
import org.missionplanner.shared.MissionDirectory.MissionRef;
import org.missionplanner.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators give users a role on a mission, change it, or take it away. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMINISTRATOR')")
public class MembershipAdministration {

    private final MissionMembershipRepository memberships;
    private final UserAccountRepository users;
    private final MissionDirectory missions;
    private final AuditLog auditLog;
    private final MembershipViews views;
    private final Clock clock;

    MembershipAdministration(
            MissionMembershipRepository memberships,
            UserAccountRepository users,
            MissionDirectory missions,
            AuditLog auditLog,
            MembershipViews views,
            Clock clock) {
        this.memberships = memberships;
        this.users = users;
        this.missions = missions;
        this.auditLog = auditLog;
        this.views = views;
        this.clock = clock;
    }

    /** Gives the user this role on the mission, replacing the role they had there. */
    public void grant(long userId, long missionId, MembershipRole role) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
        if (!missions.exists(missionId)) {
            throw new NotFoundException("Mission", missionId);
        }
        var existing = memberships.findByUserIdAndMissionId(userId, missionId);
        if (existing.isEmpty()) {
            memberships.save(new MissionMembership(userId, missionId, role, Instant.now(clock)));
            auditLog.recordChange(AuditEventType.MEMBERSHIP_ADDED, user, missionId, null, role.name());
        } else if (existing.get().getRole() != role) {
            MembershipRole old = existing.get().getRole();
            existing.get().changeRole(role);
            auditLog.recordChange(AuditEventType.MEMBERSHIP_CHANGED, user, missionId, old.name(), role.name());
        }
    }

    /**
     * Grants or withdraws the mission's humanitarian coordination role (deciding CMCoord requests)
     * on an existing membership; recorded in the audit log when it changes.
     */
    public void setHumanitarianCoordination(long userId, long missionId, boolean granted) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
        var membership = memberships
                .findByUserIdAndMissionId(userId, missionId)
                .orElseThrow(() -> new NotFoundException("Membership", userId + "/" + missionId));
        if (membership.isHumanitarianCoordination() != granted) {
            membership.setHumanitarianCoordination(granted);
            auditLog.recordChange(
                    AuditEventType.HUMANITARIAN_COORDINATION_CHANGED,
                    user,
                    missionId,
                    String.valueOf(!granted),
                    String.valueOf(granted));
        }
    }

    public void revoke(long userId, long missionId) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
        var membership = memberships
                .findByUserIdAndMissionId(userId, missionId)
                .orElseThrow(() -> new NotFoundException("Membership", userId + "/" + missionId));
        memberships.delete(membership);
        auditLog.recordChange(
                AuditEventType.MEMBERSHIP_REMOVED,
                user,
                missionId,
                membership.getRole().name(),
                null);
    }

    @Transactional(readOnly = true)
    public List<MembershipView> membershipsOf(long userId) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
        return views.of(memberships.findByUserIdOrderByMissionId(userId), Map.of(user.getId(), user));
    }

    @Transactional(readOnly = true)
    public List<MembershipView> membersOf(long missionId) {
        if (!missions.exists(missionId)) {
            throw new NotFoundException("Mission", missionId);
        }
        var list = memberships.findByMissionIdOrderByUserId(missionId);
        var byId = users
                .findAllById(list.stream().map(MissionMembership::getUserId).toList())
                .stream()
                .collect(java.util.stream.Collectors.toMap(UserAccount::getId, u -> u));
        return views.of(list, byId);
    }

    @Transactional(readOnly = true)
    public List<MissionRef> allMissions() {
        return missions.allMissions();
    }
}
