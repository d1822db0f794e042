package org.missionplanner.mail;

import java.util.ArrayList;
import java.util.List;
import org.missionplanner.admin.GlobalRole;
import org.missionplanner.admin.MembershipRole;
import org.missionplanner.admin.UserDirectory;
import org.missionplanner.review.PlanDecisionEvents.PlanApproved;
import org.missionplanner.review.PlanDecisionEvents.PlanCommented;
import org.missionplanner.review.PlanDecisionEvents.PlanReturned;
import org.missionplanner.review.PlanDecisionEvents.PlanSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails about plans in review, once the change is committed: a submission to HQ reviewers and
 * administrators, a decision to the mission's planners, a comment to whoever started the thread
 * (for a new thread, the mission's planners).
 */
@Component
class ReviewMail {

    private final MailOutbox outbox;
    private final UserDirectory users;

    ReviewMail(MailOutbox outbox, UserDirectory users) {
        this.outbox = outbox;
        this.users = users;
    }

    @ApplicationModuleListener
    void on(PlanSubmitted event) {
        List<Long> recipients = new ArrayList<>(users.enabledUserIdsWithRole(GlobalRole.HQ_REVIEWER));
        recipients.addAll(users.enabledUserIdsWithRole(GlobalRole.ADMINISTRATOR));
        outbox.notify(
                MailKind.PLAN_SUBMITTED,
                recipients,
                event.actor(),
                topic(event.planId(), event.planTitle(), event.actorName(), null));
    }

    @ApplicationModuleListener
    void on(PlanApproved event) {
        outbox.notify(
                MailKind.PLAN_APPROVED,
                planners(event.missionId()),
                event.actor(),
                topic(event.planId(), event.planTitle(), event.actorName(), null));
    }

    @ApplicationModuleListener
    void on(PlanReturned event) {
        outbox.notify(
                MailKind.PLAN_RETURNED,
                planners(event.missionId()),
                event.actor(),
                topic(event.planId(), event.planTitle(), event.actorName(), event.reasons()));
    }

    @ApplicationModuleListener
    void on(PlanCommented event) {
        List<Long> recipients = event.threadAuthor() == null
                ? planners(event.missionId())
                : users.idOf(event.threadAuthor()).stream().toList();
        outbox.notify(
                MailKind.COMMENT,
                recipients,
                event.actor(),
                topic(event.planId(), event.planTitle(), event.actorName(), null));
    }

    private List<Long> planners(long missionId) {
        return users.memberIdsWithRole(missionId, MembershipRole.PLANNER);
    }

    private static MailTopic topic(long planId, String title, String actorName, String detail) {
        return new MailTopic(title, actorName, detail, "/plans/" + planId + "/review");
    }
}
