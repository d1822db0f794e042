package org.missionplanner.mail;

import java.util.List;
import org.missionplanner.admin.MembershipRole;
import org.missionplanner.admin.UserDirectory;
import org.missionplanner.cmcoord.CmcoordRequestReceived;
import org.missionplanner.shared.MissionDirectory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A new CMCoord request waits for a decision: its mission's planners (who decide) are told. */
@Component
class CmcoordMail {

    private final MailOutbox outbox;
    private final UserDirectory users;
    private final MissionDirectory missions;

    CmcoordMail(MailOutbox outbox, UserDirectory users, MissionDirectory missions) {
        this.outbox = outbox;
        this.users = users;
        this.missions = missions;
    }

    @ApplicationModuleListener
    void on(CmcoordRequestReceived event) {
        String acronym = missions.byIds(List.of(event.missionId())).values().stream()
                .map(MissionDirectory.MissionRef::acronym)
                .findFirst()
                .orElse("");
        outbox.notify(
                MailKind.CMCOORD_REQUEST,
                users.memberIdsWithRole(event.missionId(), MembershipRole.PLANNER),
                event.actor(),
                new MailTopic(
                        acronym,
                        event.asset(),
                        event.location(),
                        "/missions/" + event.missionId() + "/cmcoord/" + event.requestId()));
    }
}
