package org.missionplanner.admin;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.missionplanner.shared.MissionDirectory;
import org.springframework.stereotype.Component;

/** Joins memberships with user and mission names in two look-ups, whatever the list's length. */
@Component
class MembershipViews {

    private final MissionDirectory missions;

    MembershipViews(MissionDirectory missions) {
        this.missions = missions;
    }

    List<MembershipView> of(List<MissionMembership> memberships, Map<Long, UserAccount> usersById) {
        var missionsById = missions.byIds(
                memberships.stream().map(MissionMembership::getMissionId).toList());
        return memberships.stream()
                .map(m -> {
                    UserAccount user = usersById.get(m.getUserId());
                    var mission = missionsById.get(m.getMissionId());
                    return new MembershipView(
                            m.getId(),
                            m.getUserId(),
                            user.getUsername(),
                            user.getDisplayName(),
                            m.getMissionId(),
                            mission.acronym(),
                            mission.fullName(),
                            m.getRole(),
                            m.isHumanitarianCoordination());
                })
                .sorted(Comparator.comparing(MembershipView::missionAcronym).thenComparing(MembershipView::username))
                .toList();
    }
}
